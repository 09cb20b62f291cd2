"use client";
import { useTranslations } from "next-intl";
import { cn } from "@portal/ui";
import { readinessStatuses, type ReadinessStatus } from "./types";

const chip =
  "rounded-full border px-3 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/** Counts per readiness status as toggle buttons: pressing one filters the matrix to it, pressing it again clears. */
export function StatusChips({
  counts,
  value,
  onChange,
}: {
  counts: Record<ReadinessStatus, number>;
  value: ReadinessStatus | undefined;
  onChange: (s: ReadinessStatus | null) => void;
}) {
  const t = useTranslations("readiness");
  const total = readinessStatuses.reduce((s, k) => s + counts[k], 0);
  const style = (active: boolean) =>
    cn(
      chip,
      active
        ? "border-brand-700 bg-brand-700 text-white"
        : "border-gray-300 bg-white text-gray-800 hover:bg-gray-50",
    );
  return (
    <div role="group" aria-label={t("statusFilter")} className="mb-4 flex flex-wrap gap-2">
      <button type="button" aria-pressed={!value} className={style(!value)} onClick={() => onChange(null)}>
        {t("allStatuses", { count: total })}
      </button>
      {readinessStatuses.map((s) => (
        <button
          key={s}
          type="button"
          aria-pressed={value === s}
          className={style(value === s)}
          data-status={s}
          onClick={() => onChange(value === s ? null : s)}
        >
          {t("statusCount", { status: t(`status.${s}`), count: counts[s] })}
        </button>
      ))}
    </div>
  );
}
