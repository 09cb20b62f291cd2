import { z } from "zod";
import { staffCsvColumns, staffStatuses } from "./enums";
import { documentText, email, requiredText, text } from "./common";
import { V } from "./messages";
import { isoDate } from "./organization";

export type StaffCsvColumn = (typeof staffCsvColumns)[number];
export const expertiseColumnPrefix = "expertise:";
/** One import is one transaction: larger files are split by the user. */
export const staffCsvMaxRows = 5000;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const staffCsvRow = z.object({
  email,
  name: requiredText(120),
  department: requiredText(120),
  position: text().trim().max(120, V.tooLong).default(""),
  start_date: isoDate,
  status: z.preprocess(
    blankToUndefined,
    text().trim().toUpperCase().default("ONBOARDING").pipe(z.enum(staffStatuses, V.choose)),
  ),
});
export type StaffCsvRow = z.infer<typeof staffCsvRow>;

/** An `expertise:<segment>` cell: empty means "leave as is", otherwise a whole level 0-4. */
export const expertiseCsvCell = text()
  .trim()
  .regex(/^[0-4]?$/, V.levelRange)
  .optional()
  .transform((s) => (s === undefined || s === "" ? null : Number(s)));

/**
 * The words the importer's language uses in the file (as the portal's export writes it there), besides the codes:
 * column headers, the start of an expertise column, and status labels, each compared ignoring case.
 */
export const staffCsvAliases = z.object({
  columns: z.record(text().trim().toLowerCase().max(120), z.enum(staffCsvColumns)),
  expertisePrefix: text().trim().toLowerCase().max(60),
  statuses: z.record(text().trim().toLowerCase().max(120), z.enum(staffStatuses)),
});
export type StaffCsvAliases = z.output<typeof staffCsvAliases>;

export const staffImportInput = z.object({
  csv: documentText(2_000_000),
  aliases: staffCsvAliases.optional(),
  /** false = preview only; true = write all rows in one transaction, or none. */
  commit: z.boolean(),
});
export type StaffImportInput = z.input<typeof staffImportInput>;
