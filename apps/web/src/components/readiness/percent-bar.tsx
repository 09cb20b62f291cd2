"use client";
import { useTranslations } from "next-intl";
import { cn } from "@portal/ui";
import { useReadinessText } from "./use-readiness-text";

/** Overall readiness as a labelled bar; green once every must-have is met. */
export function PercentBar({ percent, name, ready }: { percent: number; name: string; ready: boolean }) {
  const t = useTranslations("readiness");
  const text = useReadinessText();
  const width = Math.min(100, Math.max(0, percent));
  return (
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
}
