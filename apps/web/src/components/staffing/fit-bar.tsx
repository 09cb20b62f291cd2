"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { FitResult } from "@portal/domain";
import { FitExplanation } from "./fit-explanation";

/** A fit score as a bar (green when eligible) followed by its "Why?" explanation; `subject` names the row for screen readers. */
export function FitBarWithExplanation({
  fit,
  subject,
  segmentNames,
}: {
  fit: FitResult;
  subject: string;
  segmentNames: Record<string, string>;
}) {
  const t = useTranslations("staffing");
  const format = useFormatter();
  const width = Math.min(100, Math.max(0, fit.score));
  return (
    <>
      {/* role="img" makes the label the whole accessible name; the visible number and bar are presentational. */}
      <div role="img" aria-label={t("score", { score: fit.score })} className="flex items-center gap-3">
        <div className="h-3 flex-1 overflow-hidden rounded-full bg-gray-200">
          <div
            className={fit.eligible ? "h-full rounded-full bg-success" : "h-full rounded-full bg-warning"}
            style={{ width: `${width}%` }}
          />
        </div>
        <span className="w-12 text-right text-sm font-medium tabular-nums text-gray-900">
          {format.number(fit.score)}
        </span>
      </div>
      <details>
        <summary className="cursor-pointer text-sm text-brand-700">
          {t("whyFit")}
          <span className="sr-only"> {subject}</span>
        </summary>
        <div className="mt-2">
          <FitExplanation fit={fit} segmentNames={segmentNames} />
        </div>
      </details>
    </>
  );
}
