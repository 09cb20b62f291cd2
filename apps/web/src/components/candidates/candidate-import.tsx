"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { candidateCsvTemplate, type ImportDecision } from "@portal/validators";
import { Alert, Button, Card, ConfirmDialog, FormField, Select, Spinner } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { ImportPreviewTable } from "./import-preview-table";
import type { ImportCommitResult, ImportPreviewResult } from "./types";
import { CsvSource } from "@/components/forms/csv-source";
import { useServerErrorText } from "@/i18n/server-errors";

const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(candidateCsvTemplate)}`;

/** Upload or paste a CSV, choose a target position, preview every row, decide duplicates, then import all or nothing. */
export function CandidateImport({ initialPositionId }: { initialPositionId: string }) {
  const t = useTranslations("candidates");
  const common = useTranslations("common");
  const serverErrorText = useServerErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = useQuery(trpc.candidates.filterOptions.queryOptions());
  const [csv, setCsv] = useState("");
  const [positionId, setPositionId] = useState(initialPositionId);
  const [preview, setPreview] = useState<{
    csv: string;
    positionId: string;
    result: ImportPreviewResult;
  } | null>(null);
  const [decisions, setDecisions] = useState<Record<number, ImportDecision>>({});
  const [done, setDone] = useState<ImportCommitResult | null>(null);
  const [error, setError] = useState<string>();
  const check = useMutation(
    trpc.candidates.importPreview.mutationOptions({
      onMutate: () => setError(undefined),
      onSuccess: (result, input) =>
        setPreview({
          csv: input.csv,
          positionId: typeof input.positionId === "string" ? input.positionId : "",
          result,
        }),
      onError: (e) => {
        setPreview(null);
        setError(serverErrorText(e));
      },
    }),
  );
  const commit = useMutation(
    trpc.candidates.importCommit.mutationOptions({
      onMutate: () => setError(undefined),
      onSuccess: async (result) => {
        setDone(result);
        await queryClient.invalidateQueries(trpc.candidates.pathFilter());
      },
      onError: (e, input) => {
        setError(serverErrorText(e));
        check.mutate({ csv: input.csv, positionId: input.positionId }); // show the rows again as they are now
      },
    }),
  );
  const busy = check.isPending || commit.isPending;
  const result = preview?.result;
  const stale = !!preview && (preview.csv !== csv || preview.positionId !== positionId);
  const duplicates = result?.rows.filter((r) => r.errors.length === 0 && r.action === "duplicate") ?? [];
  const decisionOf = (row: number) => decisions[row] ?? "merge";
  const merges = duplicates.filter((r) => decisionOf(r.row) === "merge").length;
  const count = (result?.totals.create ?? 0) + merges;
  const importable =
    !!result &&
    !stale &&
    result.headerErrors.length === 0 &&
    result.totals.errors === 0 &&
    result.totals.rows > 0;
  const position = options.data?.positions.find((p) => p.id === positionId);

  if (done)
    return (
      <div className="space-y-4">
        <Alert tone="success">{t("importDone", done.totals)}</Alert>
        <div className="flex flex-wrap gap-2">
          <Button asChild>
            <Link href="/hiring/candidates">{t("backToList")}</Link>
          </Button>
          {positionId ? (
            <Button asChild variant="secondary">
              <Link href={`/hiring/positions/${positionId}`}>{t("openPipeline")}</Link>
            </Button>
          ) : null}
        </div>
      </div>
    );

  return (
    <div className="space-y-6">
      <Card className="max-w-3xl space-y-4">
        <p className="text-sm">
          {t("importHelp")}{" "}
          <a
            className="font-medium text-brand-700 underline"
            href={templateHref}
            download="candidates-template.csv"
          >
            {t("downloadTemplate")}
          </a>
        </p>
        <FormField id="import-position" label={t("targetPosition")} hint={t("targetPositionHint")}>
          {(aria) => (
            <Select {...aria} value={positionId} onChange={(e) => setPositionId(e.target.value)}>
              <option value="">{t("noTargetPosition")}</option>
              {(options.data?.positions ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {t("positionOption", { title: p.title, department: p.department.name })}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <CsvSource value={csv} onChange={setCsv} fileLabel={t("csvFile")} textLabel={t("csvText")} />
        <div className="flex flex-wrap items-center gap-3">
          <Button
            variant="secondary"
            disabled={busy || !csv.trim()}
            onClick={() => {
              setDecisions({});
              check.mutate({ csv, positionId });
            }}
          >
            {t("preview")}
          </Button>
          <ConfirmDialog
            trigger={
              <Button disabled={busy || !importable || count === 0}>{t("importCount", { count })}</Button>
            }
            title={t("importConfirmTitle", { count })}
            description={
              position
                ? t("importConfirmBodyPosition", {
                    create: result?.totals.create ?? 0,
                    merge: merges,
                    position: position.title,
                  })
                : t("importConfirmBody", { create: result?.totals.create ?? 0, merge: merges })
            }
            confirmLabel={t("importCount", { count })}
            cancelLabel={common("cancel")}
            destructive={false}
            onConfirm={() =>
              commit.mutate({
                csv,
                positionId,
                decisions: duplicates.map((r) => ({ row: r.row, email: r.email, action: decisionOf(r.row) })),
              })
            }
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
      {result && !stale ? (
        <ImportPreviewTable
          result={result}
          decisions={decisions}
          onDecide={(row, d) => setDecisions((all) => ({ ...all, [row]: d }))}
        />
      ) : null}
    </div>
  );
}
