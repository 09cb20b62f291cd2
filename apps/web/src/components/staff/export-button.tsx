"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button } from "@portal/ui";
import { useTRPC } from "@/trpc/react";

/** Downloads every staff record as CSV, in the format the import reads back. */
export function ExportButton() {
  const t = useTranslations("staff");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { csv, filename } = await queryClient.fetchQuery({ ...trpc.staff.exportCsv.queryOptions(), staleTime: 0 });
      // The byte-order mark makes spreadsheet programs read the file as UTF-8; the import skips it.
      const url = URL.createObjectURL(new Blob([`\uFEFF${csv}`], { type: "text/csv;charset=utf-8" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = filename;
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="secondary" onClick={() => void download()} disabled={busy}>
        {busy ? t("exporting") : t("export")}
      </Button>
      {error ? <Alert tone="danger" role="alert">{t("exportError", { message: error })}</Alert> : null}
    </>
  );
}
