import { z } from "zod";
import { V } from "./messages";
import { email, id, optionalText } from "./common";
import { isoDate } from "./organization";

export const applicationRef = z.object({ applicationId: id });
export type ApplicationRef = z.input<typeof applicationRef>;

/** An interviewer's rating of one profile requirement on the 1-5 scale, with an optional note. */
export const scorecardRatingInput = z.object({
  requirementId: id,
  rating: z.coerce.number<number>().int(V.integer).min(1, V.ratingRange).max(5, V.ratingRange),
  note: optionalText(1000),
});

/** Saving the caller's draft: the ratings given so far (a draft may be incomplete) and a summary. */
export const scorecardSaveInput = z.object({
  applicationId: id,
  ratings: z
    .array(scorecardRatingInput)
    .max(40, V.tooMany)
    .refine((rs) => new Set(rs.map((r) => r.requirementId)).size === rs.length, V.duplicateRating),
  summary: optionalText(4000),
});
export type ScorecardSaveInput = z.input<typeof scorecardSaveInput>;

/** Hiring from OFFER: the start date, and the sign-in email when it differs from the candidate's. */
export const hireInput = z.object({
  applicationId: id,
  startDate: isoDate,
  email: z.preprocess((v) => (v === "" ? undefined : v), email.optional()),
});
export type HireInput = z.input<typeof hireInput>;
