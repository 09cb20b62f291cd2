"use client";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { Badge } from "@portal/ui";
import { ImportPreviewTable, RowErrors } from "@/components/list/import-preview";
import { resourceColumns } from "@/components/list/resource-table";
import type { ImportResult } from "./types";

const actionTone = { create: "success", update: "info", unchanged: "neutral" } as const;
const col = resourceColumns<ImportResult["rows"][number]>();

/** The per-row outcome of a preview (or of the finished import): rows with errors first. */
export function ImportPreview({ result }: { result: ImportResult }) {
  const t = useTranslations("staff");
  const columns = useMemo(
    () =>
      col.columns([
        col.display({ id: "row", header: t("row"), cell: ({ row }) => row.original.row }),
        col.display({ id: "email", header: t("email"), cell: ({ row }) => row.original.email }),
        col.display({ id: "name", header: t("name"), cell: ({ row }) => row.original.name }),
        col.display({
          id: "action",
          header: t("action"),
          cell: ({ row: { original: r } }) => (
            <Badge tone={actionTone[r.action]}>{t(`actions.${r.action}`)}</Badge>
          ),
        }),
        col.display({
          id: "changes",
          header: t("changes"),
          meta: { className: "text-xs" },
          cell: ({ row }) => row.original.changes.join(", "),
        }),
        col.display({
          id: "errors",
          header: t("errors"),
          cell: ({ row }) => <RowErrors errors={row.original.errors} />,
        }),
      ]),
    [t],
  );
  return (
    <ImportPreviewTable
      headerErrors={result.headerErrors}
      fileProblemsLabel={t("fileProblems")}
      totals={t("previewTotals", result.totals)}
      rows={result.rows}
      columns={columns}
    />
  );
}
