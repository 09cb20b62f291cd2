import { z } from "zod";
import { V } from "./messages";
import { documentText, email, id, listQuery, optionalText, requiredText, text } from "./common";
import { candidateStages } from "./enums";
import { cefrLevel, languageCode } from "./hiring";

type Cefr = z.output<typeof cefrLevel>;
import { isoDate } from "./organization";

const int = (min: number, max: number, message: string) =>
  z.coerce.number<number>().int(V.integer).min(min, message).max(max, message);
/** "" and null read as "not given", so parsing an already parsed value gives the same value (services re-parse). */
const blankToUndefined = (v: unknown) =>
  (typeof v === "string" && v.trim() === "") || v === null ? undefined : v;

export const candidateYears = int(0, 60, V.candidateYearsRange);
export const candidateLanguageInput = z.object({ language: languageCode, cefr: cefrLevel });
export const candidateExpertiseInput = z.object({ segmentId: id, level: int(0, 4, V.levelRange) });
export const candidateCertificationInput = z.object({
  name: requiredText(120),
  /** Empty = does not expire. */
  expiresAt: z.preprocess(blankToUndefined, isoDate.optional()).transform((d) => d ?? null),
});

/** Each language and each segment at most once: the error sits on the repeated row. */
function uniqueBy<T>(key: (item: T) => string, message: string, field: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: "custom", message, path: [i, field] });
      seen.add(k);
    });
  };
}

export const candidateData = z.object({
  name: requiredText(120),
  email,
  phone: optionalText(40),
  customerFacingYears: candidateYears.default(0),
  languages: z
    .array(candidateLanguageInput)
    .max(20, V.tooMany)
    .default([])
    .superRefine(uniqueBy((l) => l.language, V.duplicateLanguage, "language")),
  expertise: z
    .array(candidateExpertiseInput)
    .max(100, V.tooMany)
    .default([])
    .superRefine(uniqueBy((e) => e.segmentId, V.duplicateSegment, "segmentId")),
  certifications: z.array(candidateCertificationInput).max(30, V.tooMany).default([]),
  source: optionalText(120),
  notes: optionalText(5000),
});
export type CandidateData = z.input<typeof candidateData>;

/** Creating a candidate, optionally straight into a position's pipeline. */
export const candidateInput = candidateData.extend({
  positionId: z.preprocess(blankToUndefined, id.optional()),
});
export type CandidateInput = z.input<typeof candidateInput>;
export const candidateUpdate = z.object({ id, data: candidateData });
export type CandidateUpdate = z.input<typeof candidateUpdate>;

export const candidateSortKeys = ["name", "email", "customerFacingYears", "createdAt"] as const;
export const candidateList = listQuery(candidateSortKeys).extend({
  positionId: id.optional(),
  stage: z.enum(candidateStages, V.choose).optional(),
});
export type CandidateListInput = z.input<typeof candidateList>;

export const candidateApplyInput = z.object({ candidateId: id, positionId: id });

// ---- CSV import ----

/** Columns of the candidate CSV (header row, any case). */
export const candidateCsvColumns = [
  "name",
  "email",
  "phone",
  "years",
  "languages",
  "expertise",
  "certifications",
  "source",
  "notes",
] as const;
export type CandidateCsvColumn = (typeof candidateCsvColumns)[number];
export const candidateCsvMaxRows = 5000;
export const candidateCsvMaxBytes = 2_000_000;
export const candidateCsvTemplate =
  [
    candidateCsvColumns.join(","),
    'Ana Berg,ana.berg@example.com,+46 70 123 45 67,4,"es:C1; en:B2","Young adults:3; Small businesses:2","Customer Service Professional|2027-05-01; First aid",referral,Met at the career fair',
  ].join("\n") + "\n";

const entries = (cell: string) =>
  cell
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
const cell = z.preprocess((v) => (typeof v === "string" ? v : ""), text());

/** "es:C1; en:B2" -> languages; each code once. */
export const languagesCell = cell.transform((s, ctx) => {
  const out: { language: string; cefr: Cefr }[] = [];
  for (const entry of entries(s)) {
    const m = /^([A-Za-z]{2})\s*:\s*([A-Ca-c][12])$/.exec(entry);
    if (!m) {
      ctx.addIssue({ code: "custom", message: V.csvLanguages });
      return z.NEVER;
    }
    const language = m[1]!.toLowerCase();
    if (out.some((l) => l.language === language)) {
      ctx.addIssue({ code: "custom", message: V.duplicateLanguage });
      return z.NEVER;
    }
    out.push({ language, cefr: m[2]!.toUpperCase() as Cefr });
  }
  return out;
});

/** "Young adults:3; Small businesses:2" -> segment names (resolved by the server) with levels 0-4. */
export const expertiseCell = cell.transform((s, ctx) => {
  const out: { segmentName: string; level: number }[] = [];
  for (const entry of entries(s)) {
    const m = /^(.+?)\s*:\s*([0-4])$/.exec(entry);
    if (!m || m[1]!.length > 120) {
      ctx.addIssue({ code: "custom", message: V.csvExpertise });
      return z.NEVER;
    }
    const segmentName = m[1]!.trim();
    if (out.some((e) => e.segmentName.toLowerCase() === segmentName.toLowerCase())) {
      ctx.addIssue({ code: "custom", message: V.duplicateSegment });
      return z.NEVER;
    }
    out.push({ segmentName, level: Number(m[2]) });
  }
  return out;
});

/** "Name|2027-05-01; Other name" -> certifications with optional expiry. */
export const certificationsCell = cell.transform((s, ctx) => {
  const out: { name: string; expiresAt: string | null }[] = [];
  for (const entry of entries(s)) {
    const [rawName = "", rawDate, ...rest] = entry.split("|").map((p) => p.trim());
    const date = rawDate ? isoDate.safeParse(rawDate) : null;
    if (!rawName || rawName.length > 120 || rest.length > 0 || (date && !date.success)) {
      ctx.addIssue({ code: "custom", message: V.csvCertifications });
      return z.NEVER;
    }
    out.push({ name: rawName, expiresAt: date?.success ? date.data : null });
  }
  return out;
});

/** One CSV row; keys are the column names so an issue's path names its column. */
export const candidateCsvRow = z.object({
  name: requiredText(120),
  email,
  phone: optionalText(40),
  years: z.preprocess(blankToUndefined, candidateYears.optional()),
  languages: languagesCell,
  expertise: expertiseCell,
  certifications: certificationsCell,
  source: optionalText(120),
  notes: optionalText(5000),
});
export type CandidateCsvRow = z.output<typeof candidateCsvRow>;

const csvText = documentText(candidateCsvMaxBytes);
const optionalPosition = z.preprocess(blankToUndefined, id.optional());

export const candidateImportPreviewInput = z.object({ csv: csvText, positionId: optionalPosition });
export type CandidateImportPreviewInput = z.input<typeof candidateImportPreviewInput>;

export const importDecisions = ["merge", "skip"] as const;
export type ImportDecision = (typeof importDecisions)[number];
export const candidateImportCommitInput = candidateImportPreviewInput.extend({
  /** One per duplicate row of the preview; the email guards against a file that changed since. Missing = skip. */
  decisions: z
    .array(
      z.object({
        row: z.number().int().min(2),
        email: text().trim().toLowerCase().max(254, V.tooLong),
        action: z.enum(importDecisions),
      }),
    )
    .max(candidateCsvMaxRows)
    .default([]),
});
export type CandidateImportCommitInput = z.input<typeof candidateImportCommitInput>;

/** CV upload: a PDF or DOCX of at most 5 MB (the server checks the content, not the name). */
export const candidateCvMaxBytes = 5 * 1024 * 1024;
