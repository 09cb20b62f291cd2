"use client";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { Spinner } from "@portal/ui";

function ChartLoading() {
  const t = useTranslations("feedback");
  return <Spinner label={t("insight.chartLoading")} className="py-8" />;
}

// Recharts (and d3 under it) would weigh on the page's first load: fetch it with the chart.
export const InsightChart = dynamic(() => import("./insight-chart").then((m) => m.InsightChart), {
  ssr: false,
  loading: ChartLoading,
});
