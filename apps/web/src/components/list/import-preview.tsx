"use client";
import { useCallback, useMemo } from "react";
import { useTranslations } from "next-intl";
import type { ImportMessageKey, ImportProblem } from "@portal/validators";
import type { AppMessages } from "@/i18n/app-config";
import { Alert } from "@portal/ui";
import { useErrorText } from "@/components/forms/use-form-errors";
import { isMessageKey } from "@/i18n/enum-labels";
import { ResourceTable, type ResourceColumns } from "./resource-table";

type RowError = ImportProblem & { column?: string | null };

// Every import problem the server reports has its message in the catalogue.
const everyProblemHasMessage: ImportMessageKey extends `imports.${keyof AppMessages["imports"]}`
  ? true
  : false = true;
void everyProblemHasMessage;

/**
 * An import's problem (a CSV header or row, a course file) in the reader's language: `imports.*` keys with their
 * values, `validation.*` keys of the shared schemas; anything else (older servers) as it is.
 */
export function useImportProblemText() {
  const t = useTranslations("imports");
  const errorText = useErrorText();
  return useCallback(
    ({ message, values }: ImportProblem) => {
      const key = message.replace(/^imports\./, "");
      if (key === message) return errorText(message) ?? message;
      // Each key's values are given by the server next to it (importMessages in @portal/validators lists them).
      return isMessageKey(t, key)
        ? (t as (k: string, v?: ImportProblem["values"]) => string)(key, values)
        : message;
    },
    [t, errorText],
  );
}
type PreviewRow = { row: number; errors: RowError[] };

const errorsFirst = <T extends PreviewRow>(rows: readonly T[]) =>
  [...rows].sort((a, b) => Number(b.errors.length > 0) - Number(a.errors.length > 0) || a.row - b.row);

/**
 * The preview of a CSV import: problems with the file itself, the totals, then every row (rows with errors
 * first and highlighted) in the import's own columns.
 */
export function ImportPreviewTable<TRow extends PreviewRow>({
  headerErrors,
  fileProblemsLabel,
  totals,
  rows,
  columns,
}: {
  headerErrors: readonly ImportProblem[];
  fileProblemsLabel: string;
  totals: string;
  rows: readonly TRow[];
  /** Stable (module scope or memoized). */
  columns: ResourceColumns<TRow>;
}) {
  const ordered = useMemo(() => errorsFirst(rows), [rows]);
  const problemText = useImportProblemText();
  return (
    <div className="space-y-4">
      {headerErrors.length > 0 ? (
        <Alert tone="danger" role="alert">
          <p className="font-semibold">{fileProblemsLabel}</p>
          <ul className="mt-1 list-disc pl-5">
            {headerErrors.map((e, i) => (
              <li key={i}>{problemText(e)}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <p className="text-sm" role="status">
        {totals}
      </p>
      {rows.length > 0 ? (
        <ResourceTable
          columns={columns}
          rows={ordered}
          rowId={(r) => String(r.row)}
          rowProps={(r) => ({ className: r.errors.length > 0 ? "bg-red-50" : undefined, "data-row": r.row })}
        />
      ) : null}
    </div>
  );
}

/** A row's errors, each with the column it is about. */
export function RowErrors({ errors }: { errors: readonly RowError[] }) {
  const problemText = useImportProblemText();
  return errors.length > 0 ? (
    <ul className="space-y-1 text-danger">
      {errors.map((e, i) => (
        <li key={i}>
          {e.column ? <span className="font-medium">{e.column}: </span> : null}
          {problemText(e)}
        </li>
      ))}
    </ul>
  ) : null;
}
