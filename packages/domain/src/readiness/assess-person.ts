/**
 * One staff member's readiness from what the api loaded about them: their facts (expertise, assessments, what
 * they declared and how they were rated when hired), the requirement rows of their position's current profile
 * and their required courses. Plain structural types: the api passes its database rows as they are.
 */
import type { CefrLevel, HeldCertification, Requirement } from "../fit/types";
import { aggregateRatings } from "../hiring/scorecards";
import { assessmentSubject, requirementKey, type RequirementFacts } from "./keys";
import { staffAttributes, type StaffAssessmentFact } from "./person";
import { assessReadiness, type Readiness, type RequiredCourseState } from "./readiness";

/** Where the evidence for a requirement came from, for the "why?" of each cell. */
export type Evidence = "expertise" | "assessed" | "declared" | "interview" | "none";

/** The application a person was hired on: what they declared and their submitted interview ratings. */
export type HireFacts = {
  candidate: {
    customerFacingYears: number;
    languages: readonly { language: string; cefr: string }[];
    certifications: readonly HeldCertification[];
  } | null;
  scorecards: readonly {
    ratings: readonly { rating: number; requirement: { kind: string; criterion: string | null } }[];
  }[];
};

/** What is known of people beyond their row, grouped by staff member id. */
export type PeopleFacts<H extends HireFacts = HireFacts> = {
  expertise: ReadonlyMap<string, readonly { segmentId: string; level: number }[]>;
  assessments: ReadonlyMap<string, readonly StaffAssessmentFact[]>;
  hires: ReadonlyMap<string, H>;
};

/** A stored requirement row: its id and what it asks for. */
export type RequirementRowFacts = RequirementFacts & { id: string };

/** Median interview rating per criterion text, from the scorecards of the application the person was hired on. */
export function interviewRatings(scorecards: HireFacts["scorecards"]): Map<string, number> {
  const ratings = scorecards.flatMap((s) =>
    s.ratings.flatMap((r) =>
      r.requirement.kind === "CRITERION" && r.requirement.criterion
        ? [{ requirementId: assessmentSubject(r.requirement.criterion), rating: r.rating }]
        : [],
    ),
  );
  return new Map([...aggregateRatings(ratings)].map(([subject, a]) => [subject, a.median]));
}

/** The person's attributes for the fit scoring of `rows`, from their facts (shared with coverage's undecided people). */
export function readinessAttributes<H extends HireFacts>(
  personId: string,
  facts: PeopleFacts<H>,
  rows: readonly Pick<RequirementRowFacts, "id" | "kind" | "criterion">[],
) {
  const hire = facts.hires.get(personId);
  const interview = interviewRatings(hire?.scorecards ?? []);
  const candidate = hire?.candidate;
  const ownAssessments = facts.assessments.get(personId) ?? [];
  const attributes = staffAttributes({
    expertise: new Map((facts.expertise.get(personId) ?? []).map((e) => [e.segmentId, e.level])),
    declared: candidate
      ? {
          customerFacingYears: candidate.customerFacingYears,
          languages: new Map(candidate.languages.map((l) => [l.language, l.cefr as CefrLevel])),
          certifications: candidate.certifications,
        }
      : null,
    assessments: ownAssessments,
    interviewRatings: interview,
    criteria: rows.flatMap((r) =>
      r.kind === "CRITERION" ? [{ criterionId: r.id, text: r.criterion ?? "" }] : [],
    ),
  });
  return { attributes, interview, candidate, ownAssessments };
}

/** Which fact decides a requirement: an assessment first, then what the person declared or their interview. */
export function evidenceOf(
  row: Pick<RequirementFacts, "kind" | "language" | "certification" | "criterion">,
  assessed: ReadonlySet<string>,
  hired: boolean,
  interview: ReadonlyMap<string, number>,
): Evidence {
  switch (row.kind) {
    case "EXPERTISE":
      return "expertise";
    case "EXPERIENCE":
      return assessed.has("EXPERIENCE:") ? "assessed" : hired ? "declared" : "none";
    case "LANGUAGE":
      return assessed.has(`LANGUAGE:${(row.language ?? "").toLowerCase()}`)
        ? "assessed"
        : hired
          ? "declared"
          : "none";
    case "CERTIFICATION":
      return assessed.has(`CERTIFICATION:${assessmentSubject(row.certification ?? "")}`)
        ? "assessed"
        : hired
          ? "declared"
          : "none";
    case "CRITERION": {
      const subject = assessmentSubject(row.criterion ?? "");
      return assessed.has(`CRITERION:${subject}`)
        ? "assessed"
        : interview.has(subject)
          ? "interview"
          : "none";
    }
  }
}

type SignOffFacts = {
  positionId: string | null;
  signedOffAt: Date;
  requirementKeys: readonly string[];
  override: boolean;
};

export type PersonAssessmentInput<H extends HireFacts, S extends SignOffFacts> = {
  person: { id: string; positionId: string | null };
  facts: PeopleFacts<H> & { signOffs: ReadonlyMap<string, readonly S[]> };
  /** The current profile's rows, each with its conversion to the fit's requirement. */
  requirements: readonly { row: RequirementRowFacts; requirement: Requirement }[];
  courses: readonly RequiredCourseState[];
  asOf: Date;
};

/**
 * One person's readiness, the sign-off in force for their current position (one for another position does
 * not count) and the evidence behind each requirement (by requirement id).
 */
export function assessPerson<H extends HireFacts, S extends SignOffFacts>(
  input: PersonAssessmentInput<H, S>,
): { readiness: Readiness; signOff: S | null; evidence: Map<string, Evidence> } {
  const { person, facts } = input;
  const requirements = input.requirements.map(({ row, requirement }) => ({
    id: row.id,
    key: requirementKey(row),
    requirement,
    row,
  }));
  const { attributes, interview, candidate, ownAssessments } = readinessAttributes(
    person.id,
    facts,
    requirements.map((r) => r.row),
  );
  const signOff =
    (facts.signOffs.get(person.id) ?? []).find((s) => s.positionId === person.positionId) ?? null;
  const readiness = assessReadiness({
    requirements,
    person: attributes,
    courses: input.courses,
    signOff: signOff && {
      signedOffAt: signOff.signedOffAt,
      requirementKeys: signOff.requirementKeys,
      override: signOff.override,
    },
    asOf: input.asOf,
  });

  const evidence = new Map<string, Evidence>();
  const assessedSubjects = new Set(ownAssessments.map((a) => `${a.kind}:${a.subject}`));
  const hired = candidate !== undefined && candidate !== null;
  for (const { row } of requirements)
    evidence.set(row.id, evidenceOf(row, assessedSubjects, hired, interview));
  return { readiness, signOff, evidence };
}
