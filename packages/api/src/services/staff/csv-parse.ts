/** Reading the staff CSV (papaparse, header row): columns, records and the problems of the file itself. */
import Papa from "papaparse";
import {
  csvReaderProblem,
  expertiseColumnPrefix,
  importMessages as M,
  staffCsvColumns,
  staffCsvMaxRows,
  type ImportProblem,
  type StaffCsvAliases,
} from "@portal/validators";
import { badRequest } from "../../errors";

export type CsvRecord = { row: number; cells: Record<string, string>; errors: RowError[] };
/** A row's problem (a message key with values, rendered in the importer's language) and the column it is about. */
export type RowError = ImportProblem & { column: string };
export type ParsedStaffCsv = {
  headerErrors: ImportProblem[];
  expertiseColumns: { column: string; segmentName: string }[];
  records: CsvRecord[];
};

const requiredColumns = ["email", "name", "department", "start_date"] as const;
const fixed = new Set<string>(staffCsvColumns);

/** Export prefixes cells that a spreadsheet would run as a formula with a quote; reading undoes it. */
export const unescapeFormula = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

/**
 * A header as the import's code: the code itself, or the importer's language's word for it (`aliases`, as the
 * portal's export writes the file in that language).
 */
function headerCode(header: string, aliases: StaffCsvAliases | undefined) {
  const h = header.trim();
  if (!aliases) return h;
  const lower = h.toLowerCase();
  // Own keys only: a header such as "constructor" must not find Object.prototype's.
  const column = Object.hasOwn(aliases.columns, lower) ? aliases.columns[lower] : undefined;
  if (column) return column;
  if (aliases.expertisePrefix && lower.startsWith(aliases.expertisePrefix))
    return `${expertiseColumnPrefix}${h.slice(aliases.expertisePrefix.length).trim()}`;
  return h;
}

/** Papaparse finds the delimiter (",", or ";" as spreadsheets write it where the decimal mark is a comma). */
export function parseStaffCsv(text: string, aliases?: StaffCsvAliases): ParsedStaffCsv {
  const result = Papa.parse<Record<string, string | string[] | undefined>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => headerCode(h, aliases),
  });
  if (result.data.length > staffCsvMaxRows)
    throw badRequest("importTooManyRows", { rows: result.data.length, max: staffCsvMaxRows });

  const fields = result.meta.fields ?? [];
  const renamed = (result.meta as { renamedHeaders?: Record<string, string> | null }).renamedHeaders ?? {};
  const headerErrors: ImportProblem[] = [];
  for (const original of new Set(Object.values(renamed)))
    headerErrors.push({ message: M.columnTwice, values: { column: original } });
  for (const c of requiredColumns)
    if (!fields.includes(c)) headerErrors.push({ message: M.columnMissing, values: { column: c } });
  const expertiseColumns: ParsedStaffCsv["expertiseColumns"] = [];
  for (const f of fields) {
    if (fixed.has(f) || f in renamed) continue;
    if (f.toLowerCase().startsWith(expertiseColumnPrefix)) {
      const segmentName = f.slice(expertiseColumnPrefix.length).trim();
      if (segmentName) expertiseColumns.push({ column: f, segmentName });
      else
        headerErrors.push({
          message: M.columnNoSegment,
          values: { column: f, prefix: expertiseColumnPrefix },
        });
    } else
      headerErrors.push({
        message: M.staffColumnUnknown,
        values: { column: f, columns: staffCsvColumns.join(", "), prefix: expertiseColumnPrefix },
      });
  }

  const records: CsvRecord[] = result.data.map((raw, i) => {
    const cells: Record<string, string> = {};
    for (const f of fields) {
      const v = raw[f];
      if (typeof v === "string") cells[f] = unescapeFormula(v);
    }
    const statusWord = (cells.status ?? "").trim().toLowerCase();
    const status =
      aliases && Object.hasOwn(aliases.statuses, statusWord) ? aliases.statuses[statusWord] : undefined;
    if (status) cells.status = status;
    const errors: RowError[] = raw.__parsed_extra ? [{ column: "", message: M.rowExtraCells }] : [];
    return { row: i + 2, cells, errors }; // row 1 is the header
  });
  for (const e of result.errors) {
    const record = e.row === undefined ? undefined : records[e.row];
    // Missing trailing cells read as empty; extra cells are reported above; broken quotes are row errors.
    if (record && e.type !== "FieldMismatch") record.errors.push({ column: "", ...csvReaderProblem(e.code) });
    else if (!record) headerErrors.push(csvReaderProblem(e.code));
  }
  if (fields.length === 0) headerErrors.push({ message: M.fileEmpty });
  return { headerErrors, expertiseColumns, records };
}
