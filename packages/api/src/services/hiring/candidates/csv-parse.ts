/** Reading the candidate CSV (papaparse, header row in any case): records and the problems of the file itself. */
import Papa from "papaparse";
import { candidateCsvColumns, candidateCsvMaxRows } from "@portal/validators";
import { badRequest } from "../../../errors";
import { unescapeFormula, type CsvRecord } from "../../staff/csv-parse";

export type ParsedCandidateCsv = { headerErrors: string[]; records: CsvRecord[] };

const requiredColumns = ["name", "email"] as const;
const known = new Set<string>(candidateCsvColumns);

export function parseCandidateCsv(text: string): ParsedCandidateCsv {
  const result = Papa.parse<Record<string, string | string[] | undefined>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  if (result.data.length > candidateCsvMaxRows)
    throw badRequest("importTooManyRows", { rows: result.data.length, max: candidateCsvMaxRows });

  const fields = result.meta.fields ?? [];
  const renamed = (result.meta as { renamedHeaders?: Record<string, string> | null }).renamedHeaders ?? {};
  const headerErrors: string[] = [];
  if (fields.length === 0) headerErrors.push("The file is empty.");
  for (const original of new Set(Object.values(renamed)))
    headerErrors.push(`The column "${original}" appears more than once.`);
  for (const c of requiredColumns)
    if (fields.length > 0 && !fields.includes(c)) headerErrors.push(`The column "${c}" is missing.`);
  for (const f of fields)
    if (!known.has(f) && !(f in renamed))
      headerErrors.push(`Unknown column "${f}". Use ${candidateCsvColumns.join(", ")}.`);

  const records: CsvRecord[] = result.data.map((raw, i) => {
    const cells: Record<string, string> = {};
    for (const f of fields) {
      const v = raw[f];
      if (typeof v === "string") cells[f] = unescapeFormula(v);
    }
    const errors = raw.__parsed_extra
      ? [{ column: "", message: "This row has more cells than the header." }]
      : [];
    return { row: i + 2, cells, errors }; // row 1 is the header
  });
  for (const e of result.errors) {
    const record = e.row === undefined ? undefined : records[e.row];
    if (record && e.type !== "FieldMismatch") record.errors.push({ column: "", message: e.message });
    else if (!record) headerErrors.push(e.message);
  }
  if (fields.length > 0 && records.length === 0) headerErrors.push("The file has no rows to import.");
  return { headerErrors, records };
}
