"use client";
import { useId, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { EmptyState, Label, Select, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { TrendChart } from "./lazy-charts";
import { TREND_WEEKS, type CoverageTrend } from "./types";

/** One segment at a time: fifty lines on one chart would say nothing. The table under it is the chart's alternative. */
function TrendBody({ data, firstSegmentId }: { data: CoverageTrend; firstSegmentId: string | undefined }) {
  const t = useTranslations("coverage");
  const format = useFormatter();
  const selectId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const segment = data.segments.find((s) => s.segmentId === (chosen ?? firstSegmentId)) ?? data.segments[0];
  if (!segment) return <EmptyState title={t("noSegments")} description={t("noSegmentsHint")} />;
  const rows = segment.points.map((p) => ({
    week: format.dateTime(p.weekOf, { dateStyle: "medium", timeZone: "UTC" }),
    signedOff: p.signedOff,
    target: p.targetHeadcount,
    readyForReview: p.readyForReview,
    onboarding: p.onboarding,
  }));
  const latest = rows.at(-1);
  const labels = {
    signedOff: t("series.signedOff"),
    target: t("series.target"),
    readyForReview: t("series.readyForReview"),
    onboarding: t("series.onboarding"),
  };
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Label htmlFor={selectId}>{t("trendSegment")}</Label>
        <Select
          id={selectId}
          value={segment.segmentId}
          onChange={(e) => setChosen(e.target.value)}
          className="w-auto"
        >
          {data.segments.map((s) => (
            <option key={s.segmentId} value={s.segmentId}>
              {s.name}
            </option>
          ))}
        </Select>
      </div>
      <p className="text-sm text-gray-700" aria-live="polite">
        {t("trendSummary", {
          segment: segment.name,
          points: rows.length,
          signedOff: latest?.signedOff ?? 0,
          target: latest?.target ?? 0,
        })}
      </p>
      {rows.length === 0 ? (
        <EmptyState title={t("noTrend")} description={t("noTrendHint")} />
      ) : (
        <>
          <TrendChart data={rows} labels={labels} />
          <Table>
            <caption className="sr-only">
              {t("trendSummary", {
                segment: segment.name,
                points: rows.length,
                signedOff: latest?.signedOff ?? 0,
                target: latest?.target ?? 0,
              })}
            </caption>
            <THead>
              <tr>
                <Th scope="col">{t("column.week")}</Th>
                {Object.values(labels).map((l) => (
                  <Th key={l} scope="col" className="text-right">
                    {l}
                  </Th>
                ))}
              </tr>
            </THead>
            <TBody>
              {rows.map((r) => (
                <Tr key={r.week}>
                  <Th scope="row" className="font-normal">
                    {r.week}
                  </Th>
                  <Td className="text-right">{r.signedOff}</Td>
                  <Td className="text-right">{r.target}</Td>
                  <Td className="text-right">{r.readyForReview}</Td>
                  <Td className="text-right">{r.onboarding}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </>
      )}
    </div>
  );
}

/** Weekly coverage snapshots per segment (the coverage-snapshot job writes one a week). */
export function CoverageTrendSection({ firstSegmentId }: { firstSegmentId: string | undefined }) {
  const t = useTranslations("coverage");
  const trpc = useTRPC();
  const query = useQuery(trpc.coverage.trend.queryOptions({ weeks: TREND_WEEKS }));
  return (
    <section aria-labelledby="coverage-trend-title" className="space-y-3">
      <h2 id="coverage-trend-title" className="text-lg font-semibold">
        {t("trendTitle", { weeks: TREND_WEEKS })}
      </h2>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {query.data ? <TrendBody data={query.data} firstSegmentId={firstSegmentId} /> : null}
      </QueryState>
    </section>
  );
}
