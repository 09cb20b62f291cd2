"use client";
import { useMemo } from "react";
import { useLocale, useTranslations } from "next-intl";
import { languageName, useLevelLabel } from "@/i18n/enum-labels";
import type { ImportDecision } from "@portal/validators";
import { Badge } from "@portal/ui";
import { ImportPreviewTable as PreviewTable, RowErrors } from "@/components/list/import-preview";
import { resourceColumns } from "@/components/list/resource-table";
import type { ImportPreviewResult } from "./types";

type Row = ImportPreviewResult["rows"][number];
const col = resourceColumns<Row>();

/** Every row of the preview: parsed values, per-field errors (highlighted, listed first) and duplicate decisions. */
export function ImportPreviewTable({
  result,
  decisions,
  onDecide,
}: {
  result: ImportPreviewResult;
  decisions: Record<number, ImportDecision>;
  onDecide: (row: number, decision: ImportDecision) => void;
}) {
  const t = useTranslations("candidates");
  const levelLabel = useLevelLabel();
  const locale = useLocale();
  const columns = useMemo(() => {
    const segmentName = (id: string) => result.segmentNames[id] ?? id;
    return col.columns([
      col.display({ id: "row", header: t("row"), cell: ({ row }) => row.original.row }),
      col.display({ id: "name", header: t("name"), cell: ({ row }) => row.original.name }),
      col.display({ id: "email", header: t("email"), cell: ({ row }) => row.original.email }),
      col.display({
        id: "details",
        header: t("details"),
        meta: { className: "text-xs" },
        cell: ({ row: { original: r } }) =>
          r.values ? (
            <ul className="space-y-0.5">
              <li>{t("yearsShort", { years: r.values.customerFacingYears })}</li>
              {r.values.languages.length ? (
                <li>
                  {r.values.languages.map((l) => `${languageName(locale, l.language)} ${l.cefr}`).join(", ")}
                </li>
              ) : null}
              {r.values.expertise.length ? (
                <li>
                  {r.values.expertise
                    .map((e) => `${segmentName(e.segmentId)}: ${levelLabel(e.level)}`)
                    .join(", ")}
                </li>
              ) : null}
              {r.values.certifications.length ? (
                <li>
                  {r.values.certifications
                    .map((c) => (c.expiresAt ? `${c.name} (${c.expiresAt})` : c.name))
                    .join(", ")}
                </li>
              ) : null}
            </ul>
          ) : null,
      }),
      col.display({
        id: "outcome",
        header: t("outcome"),
        cell: ({ row: { original: r } }) =>
          r.errors.length > 0 ? (
            <RowErrors errors={r.errors} />
          ) : r.action === "create" ? (
            <Badge tone="success">{t("willCreate")}</Badge>
          ) : (
            <fieldset className="space-y-1">
              <legend className="text-sm">
                {r.duplicateOf?.row
                  ? t("duplicateOfRow", { row: r.duplicateOf.row })
                  : t("duplicateOfExisting", { name: r.duplicateOf?.name ?? "" })}
                {r.inPipeline ? <span className="text-muted"> · {t("alreadyInPosition")}</span> : null}
              </legend>
              {(["merge", "skip"] as const).map((d) => (
                <label key={d} className="mr-4 inline-flex items-center gap-1 text-sm">
                  <input
                    type="radio"
                    name={`decision-${r.row}`}
                    value={d}
                    checked={(decisions[r.row] ?? "merge") === d}
                    onChange={() => onDecide(r.row, d)}
                  />
                  {t(`decisions.${d}`)}
                </label>
              ))}
            </fieldset>
          ),
      }),
    ]);
  }, [t, levelLabel, locale, result.segmentNames, decisions, onDecide]);
  return (
    <PreviewTable
      headerErrors={result.headerErrors}
      fileProblemsLabel={t("fileProblems")}
      totals={t("previewTotals", result.totals)}
      rows={result.rows}
      columns={columns}
    />
  );
}
