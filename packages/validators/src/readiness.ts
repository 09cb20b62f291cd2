import { z } from "zod";
import { readinessStatuses } from "./enums";
import { id, optionalText, requiredText, searchText, text, timestamp } from "./common";
import { cefrLevel, languageCode } from "./hiring";
import { V } from "./messages";

export type ReadinessStatusValue = (typeof readinessStatuses)[number];

/** The head dashboard: one department's team x requirements matrix, filtered and paged. */
export const readinessTeamQuery = z.object({
  departmentId: id,
  positionId: id.optional(),
  status: z.enum(readinessStatuses).optional(),
  search: searchText(),
  page: z.number().int().min(1).max(100_000).default(1),
  // The same page sizes as every other list's pagination control.
  pageSize: z.union([z.literal(10), z.literal(25), z.literal(50), z.literal(100)]).default(25),
});
export type ReadinessTeamQuery = z.input<typeof readinessTeamQuery>;

export const readinessExportQuery = readinessTeamQuery.omit({ page: true, pageSize: true });

export const staffMemberRef = z.object({ staffMemberId: id });

/**
 * Sign a person off for their position. Without `overrideReason` it is refused unless every must-have is met
 * and every required course passed; with it, it is recorded as an override and highlighted.
 */
/** An override is an audited exception: its reason must say why, not "x" (at least this many characters). */
export const overrideReasonMinLength = 20;
export const overrideReason = text()
  .trim()
  .min(1, V.required)
  .min(overrideReasonMinLength, V.overrideReasonLength)
  .max(2000, V.tooLong);

export const signOffInput = z.object({
  staffMemberId: id,
  comment: optionalText(2000),
  overrideReason: overrideReason.optional(),
});
export type SignOffInput = z.input<typeof signOffInput>;

export const revokeSignOffInput = z.object({ signOffId: id, reason: requiredText(2000) });

const note = optionalText(2000);
/** What a head or HR assessed about a person, for a requirement expertise levels do not cover. */
export const staffAssessmentInput = z.discriminatedUnion("kind", [
  z.object({
    staffMemberId: id,
    kind: z.literal("EXPERIENCE"),
    years: z.coerce.number<number>().int(V.integer).min(0, V.yearsRange).max(60, V.yearsRange),
    note,
  }),
  z.object({ staffMemberId: id, kind: z.literal("LANGUAGE"), language: languageCode, cefr: cefrLevel, note }),
  z.object({
    staffMemberId: id,
    kind: z.literal("CERTIFICATION"),
    certification: requiredText(200),
    held: z.boolean(),
    expiresAt: timestamp().nullable().default(null),
    note,
  }),
  z.object({
    staffMemberId: id,
    kind: z.literal("CRITERION"),
    criterion: requiredText(500),
    rating: z.coerce.number<number>().int(V.integer).min(1, V.ratingRange).max(5, V.ratingRange),
    note,
  }),
]);
export type StaffAssessmentInput = z.input<typeof staffAssessmentInput>;
