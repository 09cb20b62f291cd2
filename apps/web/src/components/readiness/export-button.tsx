"use client";
import { useTranslations } from "next-intl";
import { useQueryClient } from "@tanstack/react-query";
import type { RouterInputs } from "@portal/api";
import { Alert, Button } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { csvFile, useDownload } from "@/components/download/use-download";

/** The whole filtered matrix (every page) as the server writes it. */
export function ExportButton({
  input,
  disabled,
}: {
  input: RouterInputs["readiness"]["exportCsv"];
  disabled: boolean;
}) {
  const t = useTranslations("readiness");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { busy, error, download } = useDownload(async () => {
    const { fileName, csv } = await queryClient.fetchQuery({
      ...trpc.readiness.exportCsv.queryOptions(input),
      staleTime: 0,
    });
    return csvFile(csv, fileName);
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
