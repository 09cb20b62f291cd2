import type { CefrLevel, HeldCertification, PersonAttributes } from "../fit/types";
import { assessmentSubject } from "./keys";
import type { RequirementKind } from "./types";

/** A head's or HR's current assessment of a staff member (see the StaffAssessment table). */
export type StaffAssessmentFact = {
  kind: Exclude<RequirementKind, "EXPERTISE">;
  /** Already normalised with `assessmentSubject` ("" for experience). */
  subject: string;
  value: number | null;
  cefr: CefrLevel | null;
  expiresAt: Date | null;
};

/** What the person declared as a candidate, when they were hired through the portal. */
export type DeclaredFacts = {
  customerFacingYears: number;
  languages: ReadonlyMap<string, CefrLevel>;
  certifications: readonly HeldCertification[];
};

/** A criterion requirement of the current profile: its row id (the fit's criterionId) and its text. */
export type CriterionRef = { criterionId: string; text: string };

export type StaffFacts = {
  /** segmentId -> current expertise level. */
  expertise: ReadonlyMap<string, number>;
  declared: DeclaredFacts | null;
  assessments: readonly StaffAssessmentFact[];
  /** Median interview rating per criterion text (normalised), from the hiring scorecards. */
  interviewRatings: ReadonlyMap<string, number>;
  criteria: readonly CriterionRef[];
};

/**
 * The facts readiness measures a staff member on. An assessment by their head or HR takes precedence over
 * what they declared when they applied, and over their interview: it is the newest judgement. Criteria are
 * matched by their text, because a newer profile version stores the same criterion under a new id.
 */
export function staffAttributes(facts: StaffFacts): PersonAttributes {
  const assessed = (kind: StaffAssessmentFact["kind"], subject: string) =>
    facts.assessments.find((a) => a.kind === kind && a.subject === subject);
  const years = assessed("EXPERIENCE", "")?.value ?? facts.declared?.customerFacingYears ?? 0;

  const languages = new Map(facts.declared?.languages ?? []);
  for (const a of facts.assessments) if (a.kind === "LANGUAGE" && a.cefr) languages.set(a.subject, a.cefr);

  const certifications: HeldCertification[] = [];
  const assessedCertificates = new Set<string>();
  for (const a of facts.assessments) {
    if (a.kind !== "CERTIFICATION") continue;
    assessedCertificates.add(a.subject);
    if (a.value === 1) certifications.push({ name: a.subject, expiresAt: a.expiresAt });
  }
  for (const c of facts.declared?.certifications ?? []) {
    if (!assessedCertificates.has(assessmentSubject(c.name))) certifications.push(c);
  }

  const criteria = new Map<string, number>();
  for (const { criterionId, text } of facts.criteria) {
    const subject = assessmentSubject(text);
    const rating = assessed("CRITERION", subject)?.value ?? facts.interviewRatings.get(subject);
    if (rating !== undefined && rating !== null) criteria.set(criterionId, rating);
  }
  return { expertise: facts.expertise, customerFacingYears: years, languages, certifications, criteria };
}
