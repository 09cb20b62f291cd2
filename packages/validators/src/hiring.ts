import { z } from "zod";
import { cefrLevels, type requirementKinds, type candidateStages } from "./enums";
import { V } from "./messages";
import { id, optionalText, requiredText, text } from "./common";

export type RequirementKindValue = (typeof requirementKinds)[number];

export type CandidateStageValue = (typeof candidateStages)[number];
export const openStages = [
  "APPLIED",
  "SCREENING",
  "INTERVIEW",
  "OFFER",
] as const satisfies readonly CandidateStageValue[];
/** Stages from which a head of the position's department may see the candidate. */
export const headVisibleStages = [
  "INTERVIEW",
  "OFFER",
  "HIRED",
] as const satisfies readonly CandidateStageValue[];

const int = (min: number, max: number, message: string) =>
  z.coerce.number<number>().int(V.integer).min(min, message).max(max, message);

export const languageCode = text()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, V.languageCode);
export const cefrLevel = z.enum(cefrLevels, { error: V.cefrLevel });

const requirementBase = {
  weight: int(1, 100, V.weightRange),
  mustHave: z.boolean().default(false),
};

/** One requirement of a hiring profile, as the profile editor sends it. */
export const requirementInput = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("EXPERTISE"),
    ...requirementBase,
    segmentId: id,
    level: int(1, 4, V.requiredLevelRange),
  }),
  z.object({ kind: z.literal("EXPERIENCE"), ...requirementBase, years: int(1, 60, V.yearsRange) }),
  z.object({ kind: z.literal("LANGUAGE"), ...requirementBase, language: languageCode, cefr: cefrLevel }),
  z.object({ kind: z.literal("CERTIFICATION"), ...requirementBase, certification: requiredText(120) }),
  z.object({
    kind: z.literal("CRITERION"),
    ...requirementBase,
    criterion: requiredText(200),
    rating: int(1, 5, V.ratingRange),
  }),
]);
export type RequirementInput = z.input<typeof requirementInput>;
export type Requirement = z.output<typeof requirementInput>;

/** Saving a position's profile: the whole requirement list replaces the current one (or becomes a new version). */
export const profileSaveInput = z.object({
  positionId: id,
  note: optionalText(500),
  requirements: z.array(requirementInput).max(40, V.tooMany),
});
export type ProfileSaveInput = z.input<typeof profileSaveInput>;
