"use client";
import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@portal/ui";

/** A labelled progress bar (0-1); the visible percentage is part of the accessible name. */
export function ProgressBar({
  value,
  label,
  className,
}: {
  value: number;
  label: string;
  className?: string;
}) {
  const t = useTranslations("learning");
  const format = useFormatter();
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className={cn("flex items-center gap-3", className)}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2.5 flex-1 overflow-hidden rounded-full bg-gray-200"
      >
        <div
          className={cn("h-full rounded-full", percent === 100 ? "bg-success" : "bg-brand-700")}
          style={{ width: `${percent}%` }}
        />
      </div>
      <span className="w-24 text-right text-sm tabular-nums text-gray-700">
        {t("progressLabel", { percent: format.number(percent / 100, { style: "percent" }) })}
      </span>
    </div>
  );
}
