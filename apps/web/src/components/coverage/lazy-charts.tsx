"use client";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { Spinner } from "@portal/ui";

function ChartLoading() {
  const t = useTranslations("coverage");
  return <Spinner label={t("chartLoading")} className="py-8" />;
}

// Recharts (and d3 under it) would weigh on every page's first load: fetch it with the first chart shown.
export const SegmentCoverageChart = dynamic(() => import("./charts").then((m) => m.SegmentCoverageChart), {
  ssr: false,
  loading: ChartLoading,
});
export const DaysHistogramChart = dynamic(() => import("./charts").then((m) => m.DaysHistogramChart), {
  ssr: false,
  loading: ChartLoading,
});
export const TrendChart = dynamic(() => import("./charts").then((m) => m.TrendChart), {
  ssr: false,
  loading: ChartLoading,
});
