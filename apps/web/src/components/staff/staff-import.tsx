"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, ConfirmDialog, Spinner } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { ImportPasswords } from "./import-passwords";
import { ImportPreview } from "./import-preview";
import type { ImportResult } from "./types";
import { CsvSource } from "@/components/forms/csv-source";
import { useServerErrorText } from "@/i18n/server-errors";
import { useStaffCsvWords } from "./csv-words";

/** Paste or choose a CSV, preview every row, then import all rows at once (or nothing). */
export function StaffImport() {
  const t = useTranslations("staff");
  const common = useTranslations("common");
  const serverErrorText = useServerErrorText();
  const trpc = useTRPC();
  // A file the portal exported in this language has its headers and statuses in it: the server reads those too.
  const { aliases } = useStaffCsvWords();
  const queryClient = useQueryClient();
  const [csv, setCsv] = useState("");
  const [preview, setPreview] = useState<{ csv: string; result: ImportResult } | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string>();
  const check = useMutation(
    trpc.staff.importCsv.mutationOptions({
      onMutate: () => setError(undefined),
      onSuccess: (result, input) => setPreview({ csv: input.csv, result }),
      onError: (e) => {
        setPreview(null);
        setError(serverErrorText(e));
      },
    }),
  );
  const commit = useMutation(
    trpc.staff.importCsv.mutationOptions({
      onMutate: () => setError(undefined),
      onSuccess: async (result) => {
        setDone(result);
        await queryClient.invalidateQueries(trpc.staff.pathFilter());
      },
      onError: (e, input) => {
        setError(serverErrorText(e));
        check.mutate({ csv: input.csv, commit: false, aliases: input.aliases }); // show what changed, row by row
      },
    }),
  );
  const busy = check.isPending || commit.isPending;
  const stale = !!preview && preview.csv !== csv;
  const result = preview?.result;
  const importable =
    !!result &&
    !stale &&
    result.headerErrors.length === 0 &&
    result.totals.errors === 0 &&
    result.totals.rows > 0;

  if (done)
    return (
      <div className="space-y-4">
        <Alert tone="success">{t("imported", done.totals)}</Alert>
        {done.oneTimePasswords.length > 0 ? <ImportPasswords passwords={done.oneTimePasswords} /> : null}
        <Button asChild variant="secondary">
          <Link href="/admin/staff">{t("backToList")}</Link>
        </Button>
      </div>
    );

  return (
    <div className="space-y-6">
      <Card className="max-w-3xl space-y-4">
        <CsvSource value={csv} onChange={setCsv} fileLabel={t("csvFile")} textLabel={t("csvText")} />
        <div className="flex flex-wrap items-center gap-3">
          <Button
            variant="secondary"
            disabled={busy || !csv.trim()}
            onClick={() => check.mutate({ csv, commit: false, aliases: aliases() })}
          >
            {t("preview")}
          </Button>
          <ConfirmDialog
            trigger={<Button disabled={busy || !importable}>{t("importNow")}</Button>}
            title={t("importConfirmTitle", { count: result?.totals.rows ?? 0 })}
            description={t("importConfirmBody", {
              create: result?.totals.create ?? 0,
              update: result?.totals.update ?? 0,
            })}
            confirmLabel={t("importNow")}
            cancelLabel={common("cancel")}
            destructive={false}
            onConfirm={() => commit.mutate({ csv, commit: true, aliases: aliases() })}
          />
          {check.isPending ? <Spinner label={t("previewing")} /> : null}
          {commit.isPending ? <Spinner label={t("importing")} /> : null}
        </div>
        {error ? (
          <Alert tone="danger" role="alert">
            {error}
          </Alert>
        ) : null}
        {stale ? <Alert tone="warning">{t("changedSincePreview")}</Alert> : null}
        {result && !stale && !importable && result.totals.rows > 0 ? (
          <Alert tone="warning">{t("fixErrors")}</Alert>
        ) : null}
      </Card>
      {result && !stale ? <ImportPreview result={result} /> : null}
    </div>
  );
}
