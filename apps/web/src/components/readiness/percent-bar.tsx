"use client";
import { useTranslations } from "next-intl";
import { cn } from "@portal/ui";
import { useReadinessText } from "./use-readiness-text";
import { ReadinessBreakdown } from "./readiness-breakdown";
import type { PersonItem } from "./types";

/** Overall readiness as a labelled bar, green once every must-have is met; with `items`, what it is made of. */
export function PercentBar({
  percent,
  name,
  ready,
  items,
}: {
  percent: number;
  name: string;
  ready: boolean;
  items?: PersonItem[];
}) {
  const t = useTranslations("readiness");
  const text = useReadinessText();
  const width = Math.min(100, Math.max(0, percent));
  const bar = (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={t("percentOf", { name })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={width}
        aria-valuetext={t("percentLabel", { percent: text.percent(percent) })}
        className="h-3 flex-1 overflow-hidden rounded-full bg-gray-200"
      >
        <div
          className={cn("h-full rounded-full", ready ? "bg-success" : "bg-brand-700")}
          style={{ width: `${width}%` }}
        />
      </div>
      <span className="w-28 text-right text-sm font-medium tabular-nums text-gray-900">
        {t("percentLabel", { percent: text.percent(percent) })}
      </span>
    </div>
  );
  if (!items) return bar;
  return (
    <div className="space-y-1">
      {bar}
      <ReadinessBreakdown
        parts={items.map((item) => ({
          key: item.key,
          name: item.kind === "course" ? text.courseName(item.title) : text.name(item.summary),
          weight: item.weight,
          ratio: item.ratio,
        }))}
      />
    </div>
  );
}
