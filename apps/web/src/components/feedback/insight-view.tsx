"use client";
import Link from "next/link";
import { useEffect, useId } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { feedbackKinds, type FeedbackKindValue } from "@portal/validators";
import {
  Badge,
  Card,
  EmptyState,
  Label,
  PageHeader,
  Select,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@portal/ui";
import type { RouterOutputs } from "@portal/api";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { InsightChart } from "./lazy-insight-chart";

type Insight = RouterOutputs["feedback"]["insight"];

const WEEKS = 12;

function InsightBody({ data }: { data: Insight }) {
  const t = useTranslations("feedback");
  const format = useFormatter();
  const week = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const labels = Object.fromEntries(feedbackKinds.map((k) => [k, t(`kinds.${k}`)])) as Record<
    FeedbackKindValue,
    string
  >;
  const rows = data.weeks.map((w) => ({ week: week(w.weekOf), ...w.byKind }));
  const total = data.weeks.reduce((s, w) => s + w.total, 0);
  const tagLink = (tag: string) =>
    `/feedback?segmentId=${encodeURIComponent(data.segment.id)}&tag=${encodeURIComponent(tag)}`;
  return (
    <div className="space-y-6">
      <Card aria-labelledby="insight-rising-title" className="space-y-2">
        <h2 id="insight-rising-title" className="text-lg font-semibold">
          {t("insight.risingTitle")}
        </h2>
        <p className="text-sm text-muted">
          {t("insight.rule", {
            minCount: data.rule.minCount,
            window: data.rule.window,
            factor: data.rule.factor,
          })}
        </p>
        {data.rising.length === 0 ? (
          <p className="text-sm">{t("insight.noRising")}</p>
        ) : (
          <ul className="space-y-1">
            {data.rising.map((r) => (
              <li key={r.tag} className="flex flex-wrap items-center gap-2 text-sm">
                <Link href={tagLink(r.tag)} className="font-medium text-brand-700 underline">
                  {r.tag}
                </Link>
                <span>
                  {t("insight.risingCounts", {
                    recent: r.recent,
                    previous: r.previous,
                    window: data.rule.window,
                  })}
                </span>
                {r.isNew ? (
                  <Badge tone="warning">{t("insight.newTag")}</Badge>
                ) : (
                  <Badge tone="info">{t("insight.rising")}</Badge>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <section aria-labelledby="insight-weeks-title" className="space-y-3">
        <h2 id="insight-weeks-title" className="text-lg font-semibold">
          {t("insight.weeksTitle", { weeks: data.weeks.length })}
        </h2>
        <p className="text-sm text-gray-700">
          {t("insight.summary", { segment: data.segment.name, total, weeks: data.weeks.length })}
        </p>
        {total === 0 ? (
          <EmptyState title={t("insight.empty")} description={t("insight.emptyHint")} />
        ) : (
          <InsightChart data={rows} labels={labels} />
        )}
        <Table>
          <caption className="sr-only">
            {t("insight.summary", { segment: data.segment.name, total, weeks: data.weeks.length })}
          </caption>
          <THead>
            <tr>
              <Th scope="col">{t("insight.week")}</Th>
              {feedbackKinds.map((k) => (
                <Th key={k} scope="col" className="text-right">
                  {labels[k]}
                </Th>
              ))}
              <Th scope="col" className="text-right">
                {t("insight.total")}
              </Th>
              <Th scope="col">{t("insight.topTags")}</Th>
            </tr>
          </THead>
          <TBody>
            {data.weeks.map((w) => (
              <Tr key={w.weekOf.toISOString()}>
                <Th scope="row" className="font-normal">
                  {week(w.weekOf)}
                  {w.live ? <span className="block text-xs text-muted">{t("insight.live")}</span> : null}
                </Th>
                {feedbackKinds.map((k) => (
                  <Td key={k} className="text-right">
                    {format.number(w.byKind[k])}
                  </Td>
                ))}
                <Td className="text-right font-medium">{format.number(w.total)}</Td>
                <Td>
                  {w.topTags.length === 0
                    ? t("noTags")
                    : format.list(
                        w.topTags.map((tag) => t("insight.tagCount", { tag: tag.tag, count: tag.count })),
                        { type: "unit" },
                      )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </section>

      <Card aria-labelledby="insight-top-title" className="space-y-2">
        <h2 id="insight-top-title" className="text-lg font-semibold">
          {t("insight.topTitle", { weeks: data.weeks.length })}
        </h2>
        {data.topTags.length === 0 ? (
          <p className="text-sm text-muted">{t("noTags")}</p>
        ) : (
          <ol className="list-decimal space-y-1 pl-5 text-sm">
            {data.topTags.map((tag) => (
              <li key={tag.tag}>
                <Link href={tagLink(tag.tag)} className="text-brand-700 underline">
                  {tag.tag}
                </Link>{" "}
                <span className="text-muted">{t("insight.items", { count: tag.count })}</span>
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}

/**
 * /feedback/insight?segment=<id>: one segment's feedback over the last 12 weeks, by kind and by tag, with the
 * rising tags flagged. Stored weeks (the weekly feedback-insight job) plus the current week counted live.
 */
export function FeedbackInsightView() {
  const t = useTranslations("feedback");
  const trpc = useTRPC();
  const selectId = useId();
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const segments = useQuery(trpc.feedback.insightSegments.queryOptions());
  const options = segments.data ?? [];
  const wanted = params.get("segment");
  const segmentId = options.find((s) => s.id === wanted)?.id ?? options[0]?.id;
  // Without a segment in the URL the first is shown; writing it down keeps links and reloads on it.
  useEffect(() => {
    if (segmentId && segmentId !== wanted)
      router.replace(`${pathname}?segment=${encodeURIComponent(segmentId)}`);
  }, [segmentId, wanted, router, pathname]);
  const insight = useQuery({
    ...trpc.feedback.insight.queryOptions({ segmentId: segmentId ?? "", weeks: WEEKS }),
    enabled: !!segmentId,
  });
  return (
    <>
      <PageHeader title={t("insight.title")} description={t("insight.description", { weeks: WEEKS })} />
      <QueryState
        isPending={segments.isPending}
        error={segments.error}
        onRetry={() => void segments.refetch()}
      >
        {options.length === 0 ? (
          <EmptyState title={t("insight.noSegments")} description={t("insight.noSegmentsHint")} />
        ) : (
          <div className="space-y-4">
            <div className="flex flex-wrap items-center gap-2">
              <Label htmlFor={selectId}>{t("filters.segment")}</Label>
              <Select
                id={selectId}
                value={segmentId ?? ""}
                onChange={(e) => router.replace(`${pathname}?segment=${encodeURIComponent(e.target.value)}`)}
                className="w-auto"
              >
                {options.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </Select>
            </div>
            <QueryState
              isPending={insight.isPending}
              error={insight.error}
              onRetry={() => void insight.refetch()}
            >
              {insight.data ? <InsightBody data={insight.data} /> : null}
            </QueryState>
          </div>
        )}
      </QueryState>
    </>
  );
}
