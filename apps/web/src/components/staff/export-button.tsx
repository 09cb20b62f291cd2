"use client";
import { useTranslations } from "next-intl";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { csvFile, useDownload } from "@/components/download/use-download";

/** Downloads every staff record as CSV, in the format the import reads back. */
export function ExportButton() {
  const t = useTranslations("staff");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { busy, error, download } = useDownload(async () => {
    const { csv, filename } = await queryClient.fetchQuery({
      ...trpc.staff.exportCsv.queryOptions(),
      staleTime: 0,
    });
    return csvFile(csv, filename);
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
