"use client";
import { useFormatter, useTranslations } from "next-intl";
import { readinessBreakdown } from "@portal/domain";

export type BreakdownPart = { key: string; name: string; weight: number; ratio: number };

/**
 * What a readiness percentage is made of, behind a disclosure (a native <details>: Enter/Space opens it): each
 * part's share of 100 by its weight, how much of it the person has, and the points it adds; the points add up
 * to the percentage shown (domain `readinessBreakdown`).
 */
export function ReadinessBreakdown({ parts, label }: { parts: BreakdownPart[]; label?: string }) {
  const t = useTranslations("readiness.breakdown");
  const format = useFormatter();
  const { parts: figures, percent } = readinessBreakdown(parts);
  const points = (value: number) =>
    format.number(value / 100, { style: "percent", maximumFractionDigits: 1 });
  const share = (ratio: number) => format.number(ratio, { style: "percent", maximumFractionDigits: 1 });
  if (parts.length === 0) return label ? <span className="text-sm tabular-nums">{label}</span> : null;
  return (
    <details className="text-sm" data-testid="readiness-breakdown">
      <summary className="cursor-pointer text-brand-700 underline underline-offset-4">
        {label ?? t("summary", { percent: points(percent) })}
      </summary>
      <table className="mt-2 w-full text-left text-xs">
        <caption className="sr-only">{t("caption", { percent: points(percent) })}</caption>
        <thead>
          <tr className="text-muted">
            <th scope="col" className="py-1 pr-3 font-medium">
              {t("part")}
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              {t("share")}
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              {t("has")}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t("points")}
            </th>
          </tr>
        </thead>
        <tbody>
          {parts.map((part, n) => (
            <tr key={part.key} className="border-t border-gray-100">
              <th scope="row" className="py-1 pr-3 font-normal">
                {part.name}
              </th>
              <td className="py-1 pr-3 text-right tabular-nums">{points(figures[n]!.share)}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{share(figures[n]!.ratio)}</td>
              <td className="py-1 text-right tabular-nums">{points(figures[n]!.points)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-gray-300 font-medium">
            <th scope="row" className="py-1 pr-3">
              {t("total")}
            </th>
            <td className="py-1 pr-3 text-right tabular-nums">{points(100)}</td>
            <td />
            <td className="py-1 text-right tabular-nums">{points(percent)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="mt-1 text-xs text-muted">{t("explain")}</p>
    </details>
  );
}
