import { z } from "zod";
import { email, requiredText } from "./common";
import { V } from "./messages";
import { staffStatuses } from "./organization";

/** Fixed columns of the staff CSV; every other column named `expertise:<segment name>` holds a level 0-4. */
export const staffCsvColumns = ["email", "name", "department", "position", "start_date", "status"] as const;
export const expertiseColumnPrefix = "expertise:";

export const staffCsvRow = z.object({
  email,
  name: requiredText(120),
  department: requiredText(120),
  position: z.string().trim().max(120, V.tooLong).default(""),
  start_date: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, V.date),
  status: z
    .string()
    .trim()
    .toUpperCase()
    .default("ONBOARDING")
    .pipe(z.enum(staffStatuses, V.choose)),
});
export type StaffCsvRow = z.infer<typeof staffCsvRow>;

export const staffImportInput = z.object({
  csv: z.string().min(1, V.required).max(2_000_000, V.tooLong),
  /** false = preview only; true = write all rows in one transaction, or none. */
  commit: z.boolean(),
});
