"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { Card, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";

const DAY = 86_400_000;

/** Funnel bars, median stage times, time to hire and rejection reasons (tables, so they read without charts). */
export function StatsView({ positionId }: { positionId: string }) {
  const t = useTranslations("pipeline");
  const format = useFormatter();
  const trpc = useTRPC();
  const query = useQuery(trpc.pipeline.stats.queryOptions({ positionId }));
  const data = query.data;
  const days = (ms: number | null) =>
    ms === null
      ? t("stats.noData")
      : t("stats.days", { days: format.number(ms / DAY, { maximumFractionDigits: 1 }) });
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {data ? (
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <Card>
            <h2 className="mb-3 font-semibold">{t("stats.funnel")}</h2>
            <p className="mb-2 text-sm text-muted">{t("stats.total", { count: data.total })}</p>
            <ul className="space-y-2">
              {data.funnel.map((f) => (
                <li key={f.stage} className="text-sm">
                  <div className="flex justify-between">
                    <span>{t(`stages.${f.stage}`)}</span>
                    <span>{t("stats.reached", { count: f.reached })}</span>
                  </div>
                  <div className="h-3 rounded bg-gray-100" aria-hidden="true">
                    <div
                      className="h-3 rounded bg-brand-700"
                      style={{ width: `${data.total ? (100 * f.reached) / data.total : 0}%` }}
                    />
                  </div>
                </li>
              ))}
            </ul>
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">{t("stats.stageTimes")}</h2>
            <Table>
              <THead>
                <tr>
                  <Th scope="col">{t("stats.stage")}</Th>
                  <Th scope="col">{t("stats.median")}</Th>
                  <Th scope="col">{t("stats.stays")}</Th>
                </tr>
              </THead>
              <TBody>
                {data.medianStageMs.map((s) => (
                  <Tr key={s.stage}>
                    <Td>{t(`stages.${s.stage}`)}</Td>
                    <Td>{days(s.medianMs)}</Td>
                    <Td>{s.count}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
            <p className="mt-3 text-sm">
              <span className="font-medium">{t("stats.timeToHire")}:</span> {days(data.medianTimeToHireMs)} (
              {t("stats.hires", { count: data.hires })})
            </p>
            <p className="mt-1 text-sm">{t("stats.anonymized", { count: data.anonymized })}</p>
          </Card>
          <Card className="lg:col-span-2">
            <h2 className="mb-3 font-semibold">{t("stats.reasons")}</h2>
            {data.rejectionReasons.length === 0 ? (
              <p className="text-sm text-muted">{t("stats.noReasons")}</p>
            ) : (
              <Table>
                <THead>
                  <tr>
                    <Th scope="col">{t("stats.reason")}</Th>
                    <Th scope="col">{t("stats.count")}</Th>
                  </tr>
                </THead>
                <TBody>
                  {data.rejectionReasons.map((r) => (
                    <Tr key={r.reason}>
                      <Td>{r.reason}</Td>
                      <Td>{r.count}</Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            )}
          </Card>
        </div>
      ) : null}
    </QueryState>
  );
}
