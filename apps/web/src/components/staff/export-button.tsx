"use client";
import { useTranslations } from "next-intl";
import { useQueryClient } from "@tanstack/react-query";
import { staffCsvColumns } from "@portal/validators";
import { Alert, Button } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useDownload } from "@/components/download/use-download";
import { useCsvFile, useCsvValues } from "@/components/download/csv";
import { useStaffCsvWords } from "./csv-words";

/**
 * Downloads every staff record as CSV in the import's columns, with headers and statuses in the reader's language
 * (the import reads them back in that language); start dates stay YYYY-MM-DD, which the import reads.
 */
export function ExportButton() {
  const t = useTranslations("staff");
  const words = useStaffCsvWords();
  const csvFile = useCsvFile();
  const cell = useCsvValues();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { busy, error, download } = useDownload(async () => {
    const { segments, rows, filename } = await queryClient.fetchQuery({
      ...trpc.staff.exportCsv.queryOptions(),
      staleTime: 0,
    });
    return csvFile(
      [
        [...staffCsvColumns.map(words.header), ...segments.map(words.expertiseHeader)],
        ...rows.map((r) => [
          r.email,
          r.name,
          r.department,
          r.position,
          r.startDate,
          words.statusLabel(r.status),
          ...r.levels.map((l) => cell.number(l)),
        ]),
      ],
      filename,
    );
  });
  return (
    <>
      <Button variant="secondary" onClick={() => void download()} disabled={busy}>
        {busy ? t("exporting") : t("export")}
      </Button>
      {error ? (
        <Alert tone="danger" role="alert">
          {t("exportError", { message: error })}
        </Alert>
      ) : null}
    </>
  );
}
