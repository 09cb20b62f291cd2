"use client";
import { useCallback, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { EmptyState, PageHeader } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { CoverageFlags } from "./coverage-flags";
import { CoverageTrendSection } from "./coverage-trend";
import { SegmentCoverageChart } from "./lazy-charts";
import { SegmentSummaryTable } from "./segment-table";
import { TimeToSignOffSection } from "./time-to-sign-off";
import { OPEN_WHEN_AT_MOST, type CoverageOverview } from "./types";

function Totals({ totals }: { totals: CoverageOverview["totals"] }) {
  const t = useTranslations("coverage");
  const cards = [
    [t("totals.signedOff"), totals.signedOff],
    [t("totals.target"), totals.target],
    [t("totals.gap"), totals.gap],
    [t("totals.onTheWay"), totals.readyForReview + totals.onboarding],
  ] as const;
  return (
    <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {cards.map(([label, value]) => (
        // A <div> (not Card's <section>) is the only wrapper a <dl> may hold around its <dt>/<dd> pairs.
        <div key={label} className="rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
          <dt className="text-sm text-muted">{label}</dt>
          <dd className="text-2xl font-semibold">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The segments whose departments show: opened by the row's button, by a flag's link, or by `#segment-<id>`. */
function useOpenSegments(segments: CoverageOverview["segments"]) {
  const [open, setOpen] = useState<ReadonlySet<string>>(
    () => new Set(segments.length <= OPEN_WHEN_AT_MOST ? segments.map((s) => s.segmentId) : []),
  );
  const reveal = useCallback((segmentId: string) => setOpen((o) => new Set(o).add(segmentId)), []);
  const toggle = useCallback(
    (segmentId: string) =>
      setOpen((o) => {
        const next = new Set(o);
        if (!next.delete(segmentId)) next.add(segmentId);
        return next;
      }),
    [],
  );
  useEffect(() => {
    // An address that names a segment (a link from elsewhere, or back to it) opens it.
    const fromHash = () => {
      const id = /^#segment-(.+)$/.exec(window.location.hash)?.[1];
      if (id) reveal(decodeURIComponent(id));
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [reveal]);
  return { open, reveal, toggle };
}

function OverviewBody({ data }: { data: CoverageOverview }) {
  const t = useTranslations("coverage");
  const { open, reveal, toggle } = useOpenSegments(data.segments);
  if (data.segments.length === 0)
    return <EmptyState title={t("noSegments")} description={t("noSegmentsHint")} />;
  const bars = data.segments.map((s) => ({ name: s.name, signedOff: s.signedOff, target: s.target }));
  const labels = {
    signedOff: t("series.signedOff"),
    target: t("series.target"),
    readyForReview: t("series.readyForReview"),
    onboarding: t("series.onboarding"),
  };
  return (
    <div className="space-y-6">
      <p className="text-sm text-muted">{t("figuresAsOf", { time: data.asOf })}</p>
      <Totals totals={data.totals} />
      <CoverageFlags flags={data.flags} segments={data.segments} onReveal={reveal} />
      <section aria-labelledby="coverage-segments-title" className="space-y-3">
        <h2 id="coverage-segments-title" className="text-lg font-semibold">
          {t("segmentsTitle")}
        </h2>
        <figure className="space-y-2 rounded-lg border border-gray-200 bg-white p-4">
          <figcaption className="text-sm font-semibold">{t("chartTitle")}</figcaption>
          <p className="text-sm text-gray-700">
            {t("chartSummary", {
              gaps: data.segments.filter((s) => s.hasGap).length,
              segments: data.segments.length,
            })}
          </p>
          <SegmentCoverageChart data={bars} labels={labels} />
        </figure>
        <SegmentSummaryTable segments={data.segments} open={open} onToggle={toggle} />
      </section>
    </div>
  );
}

/**
 * Coverage of customer segments (ADMIN and HR: the company; HEAD: their own segments): the flags first, then
 * each segment's figures, time to sign-off and the weekly trend. Each part loads on its own, so a slow one
 * does not hold the others.
 */
export function CoverageDashboard({ isHead }: { isHead: boolean }) {
  const t = useTranslations("coverage");
  const trpc = useTRPC();
  const overview = useQuery(trpc.coverage.overview.queryOptions());
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        description={isHead ? `${t("description")} ${t("headScope")}` : t("description")}
      />
      <QueryState
        isPending={overview.isPending}
        error={overview.error}
        onRetry={() => void overview.refetch()}
      >
        {overview.data ? <OverviewBody data={overview.data} /> : null}
      </QueryState>
      <TimeToSignOffSection />
      <CoverageTrendSection firstSegmentId={overview.data?.segments[0]?.segmentId} />
    </div>
  );
}
