"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { ApplicationData } from "./types";

/** Who moved the candidate when, and why (rejections carry a reason). */
export function StageHistory({ rows }: { rows: ApplicationData["stageHistory"] }) {
  const t = useTranslations("applications");
  const format = useFormatter();
  return (
    <ol className="space-y-2 text-sm">
      {rows.map((r) => (
        <li key={r.id} className="rounded-md border border-gray-200 bg-white px-3 py-2">
          <span className="font-medium">
            {r.fromStage
              ? t("moved", { from: t(`stages.${r.fromStage}`), to: t(`stages.${r.toStage}`) })
              : t("entered", { to: t(`stages.${r.toStage}`) })}
          </span>{" "}
          <span className="text-muted">
            {t("byWhen", {
              who: r.actor?.name ?? t("system"),
              when: format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" }),
            })}
          </span>
          {r.reason ? <p className="mt-1">{t("reason", { reason: r.reason })}</p> : null}
        </li>
      ))}
    </ol>
  );
}
