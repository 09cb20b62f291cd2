"use client";
import { useTranslations } from "next-intl";
import { useQueryClient } from "@tanstack/react-query";
import type { RouterInputs } from "@portal/api";
import { Alert, Button } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useDownload } from "@/components/download/use-download";
import { useCsvFile, useCsvValues, type CsvCell } from "@/components/download/csv";
import { useReadinessText } from "./use-readiness-text";

/** The whole filtered matrix (every page) as CSV, with headers and values in the reader's language. */
export function ExportButton({
  input,
  disabled,
}: {
  input: RouterInputs["readiness"]["exportCsv"];
  disabled: boolean;
}) {
  const t = useTranslations("readiness");
  const text = useReadinessText();
  const csvFile = useCsvFile();
  const cell = useCsvValues();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { busy, error, download } = useDownload(async () => {
    const { fileName, columns, rows } = await queryClient.fetchQuery({
      ...trpc.readiness.exportCsv.queryOptions(input),
      staleTime: 0,
    });
    // A header a spreadsheet reader understands without the portal: what is asked, at what level, must-have or not.
    const header = columns.map((c) => {
      const values =
        c.kind === "course"
          ? { requirement: text.courseName(c.title), target: text.courseTarget() }
          : { requirement: text.name(c.requirement), target: text.target(c.requirement) };
      return c.mustHave ? t("csv.columnMustHave", values) : t("csv.column", values);
    });
    const data: CsvCell[][] = rows.map((r) => [
      r.name,
      r.email,
      r.position ?? "",
      t(`status.${r.status}`),
      cell.number(r.percent, 1),
      r.override === null ? "" : cell.yesNo(r.override),
      ...r.cells.map((c) => (c === null ? "" : t(`cell.${c}`))),
    ]);
    const fixed = ["name", "email", "position", "status", "percent", "override"] as const;
    return csvFile([[...fixed.map((k) => t(`csv.${k}`)), ...header], ...data], fileName);
  });
  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="secondary" disabled={disabled || busy} onClick={() => void download()}>
        {busy ? t("exporting") : t("exportCsv")}
      </Button>
      {error ? (
        <Alert tone="danger" role="alert">
          {t("exportError", { message: error })}
        </Alert>
      ) : null}
    </div>
  );
}
