"use client";
import { useMemo } from "react";
import { Alert } from "@portal/ui";
import { useErrorText } from "@/components/forms/use-form-errors";
import { ResourceTable, type ResourceColumns } from "./resource-table";

type RowError = { column?: string | null; message: string };
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
  headerErrors: readonly string[];
  fileProblemsLabel: string;
  totals: string;
  rows: readonly TRow[];
  /** Stable (module scope or memoized). */
  columns: ResourceColumns<TRow>;
}) {
  const ordered = useMemo(() => errorsFirst(rows), [rows]);
  return (
    <div className="space-y-4">
      {headerErrors.length > 0 ? (
        <Alert tone="danger" role="alert">
          <p className="font-semibold">{fileProblemsLabel}</p>
          <ul className="mt-1 list-disc pl-5">
            {headerErrors.map((e) => (
              <li key={e}>{e}</li>
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
  const errorText = useErrorText();
  return errors.length > 0 ? (
    <ul className="space-y-1 text-danger">
      {errors.map((e, i) => (
        <li key={i}>
          {e.column ? <span className="font-medium">{e.column}: </span> : null}
          {errorText(e.message)}
        </li>
      ))}
    </ul>
  ) : null;
}
