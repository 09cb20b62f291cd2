"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { RouterInputs } from "@portal/api";
import { Alert, Button } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { downloadText } from "@/components/progress/csv";

/** The whole filtered matrix (every page) as the server writes it. */
export function ExportButton({ input, disabled }: { input: RouterInputs["readiness"]["exportCsv"]; disabled: boolean }) {
  const t = useTranslations("readiness");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const run = async () => {
    setPending(true);
    setError(undefined);
    try {
      const { fileName, csv } = await queryClient.fetchQuery({ ...trpc.readiness.exportCsv.queryOptions(input), staleTime: 0 });
      // A byte-order mark so spreadsheet programs read the names as UTF-8.
      downloadText(`\uFEFF${csv}`, fileName, "text/csv;charset=utf-8");
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="secondary" disabled={disabled || pending} onClick={() => void run()}>{pending ? t("exporting") : t("exportCsv")}</Button>
      {error ? <Alert tone="danger" role="alert">{t("exportError", { message: error })}</Alert> : null}
    </div>
  );
}
