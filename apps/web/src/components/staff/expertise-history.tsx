"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { HistoryRow } from "./types";
import { useLevelLabel } from "@/i18n/enum-labels";

/** Every recorded change, newest first: nothing is ever overwritten silently. */
export function ExpertiseHistory({ rows }: { rows: HistoryRow[] }) {
  const t = useTranslations("staff");
  const levelLabel = useLevelLabel();
  const format = useFormatter();
  if (rows.length === 0) return <p className="text-sm text-muted">{t("historyEmpty")}</p>;
  return (
    <ol className="space-y-2 text-sm">
      {rows.map((h) => (
        <li key={h.id} className="rounded-md border border-gray-200 bg-white px-3 py-2">
          <p className="font-medium">
            {h.previousLevel === null
              ? t("historyFirst", { segment: h.segment.name, to: levelLabel(h.level) })
              : t("historyEntry", {
                  segment: h.segment.name,
                  from: levelLabel(h.previousLevel),
                  to: levelLabel(h.level),
                })}
          </p>
          <p className="text-muted">
            {format.dateTime(h.createdAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
            {t(`sources.${h.source}`)}
            {h.assessedBy ? ` · ${t("by", { name: h.assessedBy.name })}` : null}
            {h.evidence ? ` · ${h.evidence}` : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
