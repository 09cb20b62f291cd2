"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { ProposalJob } from "./types";

/** The solve runs in a worker thread on the server; this shows how far it got. */
export function ProposalProgress({ job }: { job: Pick<ProposalJob, "phase" | "progress"> }) {
  const t = useTranslations("staffing");
  const format = useFormatter();
  const percent = Math.round(job.progress * 100);
  return (
    <div className="space-y-1" aria-live="polite">
      <p className="text-sm">
        {t("running", {
          phase: t(`phases.${job.phase}`),
          percent: format.number(percent / 100, { style: "percent" }),
        })}
      </p>
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 w-full overflow-hidden rounded bg-gray-200"
      >
        <div className="h-full bg-brand-600 transition-all" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
