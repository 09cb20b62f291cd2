import type { DbClient, Prisma } from "@portal/db";
import {
  aggregateRatings,
  assessReadiness,
  assessmentSubject,
  requirementKey,
  staffAttributes,
  type CefrLevel,
  type Readiness,
  type StaffAssessmentFact,
} from "@portal/domain";
import { toDomainRequirement } from "../hiring/requirements";
import { loadCourseContext, requiredCourseStates, type CourseContext } from "./courses";

/** Everything readiness reads of a person, in one query with nested relations (constant round trips). */
export const staffSelect = {
  id: true,
  departmentId: true,
  positionId: true,
  startDate: true,
  status: true,
  user: { select: { id: true, name: true, email: true } },
  department: { select: { name: true, segmentId: true } },
  position: { select: { title: true } },
  expertise: { select: { segmentId: true, level: true } },
  assessments: { select: { kind: true, subject: true, value: true, cefr: true, expiresAt: true } },
  signOffs: { where: { revokedAt: null }, select: { id: true, positionId: true, requirementKeys: true, signedOffAt: true, override: true, overrideReason: true, comment: true, percent: true, signedOffBy: { select: { name: true } } } },
  hiredFrom: {
    select: {
      candidate: {
        select: {
          customerFacingYears: true,
          languages: { select: { language: true, cefr: true } },
          certifications: { select: { name: true, expiresAt: true } },
        },
      },
      scorecards: { where: { submittedAt: { not: null } }, select: { ratings: { select: { requirementId: true, rating: true, requirement: { select: { kind: true, criterion: true } } } } } },
    },
  },
} satisfies Prisma.StaffMemberSelect;

export type StaffRow = Prisma.StaffMemberGetPayload<{ select: typeof staffSelect }>;
const profileInclude = { requirements: { orderBy: { sortOrder: "asc" }, include: { segment: { select: { name: true } } } } } satisfies Prisma.HiringProfileInclude;
export type ProfileRow = Prisma.HiringProfileGetPayload<{ include: typeof profileInclude }>;
export type RequirementRow = ProfileRow["requirements"][number];

/** The current (highest) profile version of each position, with its requirements: one query. */
export async function currentProfiles(db: DbClient, positionIds: readonly (string | null)[]): Promise<Map<string, ProfileRow>> {
  const ids = [...new Set(positionIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const profiles = await db.hiringProfile.findMany({
    where: { positionId: { in: ids } },
    distinct: ["positionId"],
    orderBy: [{ positionId: "asc" }, { version: "desc" }],
    include: profileInclude,
  });
  return new Map(profiles.map((p) => [p.positionId, p]));
}

export type ActiveSignOff = StaffRow["signOffs"][number];

export type PersonReadiness = {
  staff: Omit<StaffRow, "expertise" | "assessments" | "signOffs" | "hiredFrom">;
  /** The position's current profile version with its requirement rows, when it has one. */
  profile: { id: string; version: number; requirements: RequirementRow[] } | null;
  /** The sign-off in force for the person's current position (one for another position does not count). */
  signOff: ActiveSignOff | null;
  readiness: Readiness;
  /** Requirement id -> where the evidence came from, for the "why?" of each cell. */
  evidence: Map<string, Evidence>;
  /** Due dates of unfinished required courses: the latest is when the person is expected to be ready. */
  expectedReadyAt: Date | null;
  overdueCourses: number;
};

export type Evidence = "expertise" | "assessed" | "declared" | "interview" | "none";

/**
 * Readiness of every staff member matching `where` (not LEFT), in a fixed number of queries whatever the
 * number of people: the people with their facts, the current profiles of their positions, the rules in
 * force, their enrolments, and item counts per course version.
 */
export async function loadReadiness(db: DbClient, where: Prisma.StaffMemberWhereInput, asOf: Date): Promise<PersonReadiness[]> {
  const scoped = { AND: [where, { status: { not: "LEFT" as const } }] };
  const [{ people, profileByPosition }, courseContext] = await Promise.all([
    db.staffMember
      .findMany({ where: scoped, select: staffSelect, orderBy: { user: { name: "asc" } } })
      .then(async (people) => ({ people, profileByPosition: await currentProfiles(db, people.map((p) => p.positionId)) })),
    loadCourseContext(db, scoped),
  ]);

  return people.map((person) => assessPerson(person, person.positionId ? profileByPosition.get(person.positionId) ?? null : null, courseContext, asOf));
}

/**
 * One person's readiness from their row (`staffSelect`), the current profile of their position and the course
 * context: what `loadReadiness` does for each person, shared so coverage can assess a few people with the
 * profiles and courses it already loaded.
 */
export function assessPerson(person: StaffRow, profile: ProfileRow | null, courseContext: CourseContext, asOf: Date): PersonReadiness {
  const requirements = (profile?.requirements ?? []).map((row) => ({ id: row.id, key: requirementKey(row), requirement: toDomainRequirement(row), row }));

  const { courses, expectedReadyAt, overdueCourses } = requiredCourseStates(
    courseContext,
    { staffMemberId: person.id, departmentId: person.departmentId, positionId: person.positionId, segmentId: person.department.segmentId },
    asOf,
  );

  const interview = interviewRatings(person.hiredFrom?.scorecards ?? []);
  const candidate = person.hiredFrom?.candidate;
  const attributes = staffAttributes({
    expertise: new Map(person.expertise.map((e) => [e.segmentId, e.level])),
    declared: candidate
      ? { customerFacingYears: candidate.customerFacingYears, languages: new Map(candidate.languages.map((l) => [l.language, l.cefr as CefrLevel])), certifications: candidate.certifications }
      : null,
    assessments: person.assessments as StaffAssessmentFact[],
    interviewRatings: interview,
    criteria: requirements.flatMap((r) => (r.row.kind === "CRITERION" ? [{ criterionId: r.row.id, text: r.row.criterion ?? "" }] : [])),
  });
  const signOff = person.signOffs.find((s) => s.positionId === person.positionId) ?? null;
  const readiness = assessReadiness({
    requirements,
    person: attributes,
    courses,
    signOff: signOff && { signedOffAt: signOff.signedOffAt, requirementKeys: signOff.requirementKeys, override: signOff.override },
    asOf,
  });

  const evidence = new Map<string, Evidence>();
  const assessedSubjects = new Set(person.assessments.map((a) => `${a.kind}:${a.subject}`));
  for (const { row } of requirements) evidence.set(row.id, evidenceOf(row, assessedSubjects, candidate !== undefined && candidate !== null, interview));

  const { expertise: _e, assessments: _a, signOffs: _s, hiredFrom: _h, ...staff } = person;
  return { staff, profile: profile && { id: profile.id, version: profile.version, requirements: profile.requirements }, signOff, readiness, evidence, expectedReadyAt, overdueCourses };
}

type ScorecardRows = NonNullable<StaffRow["hiredFrom"]>["scorecards"];

/** Median interview rating per criterion text, from the scorecards of the application the person was hired on. */
function interviewRatings(scorecards: ScorecardRows): Map<string, number> {
  const ratings = scorecards.flatMap((s) =>
    s.ratings.flatMap((r) => (r.requirement.kind === "CRITERION" && r.requirement.criterion ? [{ requirementId: assessmentSubject(r.requirement.criterion), rating: r.rating }] : [])),
  );
  return new Map([...aggregateRatings(ratings)].map(([subject, a]) => [subject, a.median]));
}

function evidenceOf(row: RequirementRow, assessed: Set<string>, hired: boolean, interview: Map<string, number>): Evidence {
  switch (row.kind) {
    case "EXPERTISE":
      return "expertise";
    case "EXPERIENCE":
      return assessed.has("EXPERIENCE:") ? "assessed" : hired ? "declared" : "none";
    case "LANGUAGE":
      return assessed.has(`LANGUAGE:${(row.language ?? "").toLowerCase()}`) ? "assessed" : hired ? "declared" : "none";
    case "CERTIFICATION":
      return assessed.has(`CERTIFICATION:${assessmentSubject(row.certification ?? "")}`) ? "assessed" : hired ? "declared" : "none";
    case "CRITERION": {
      const subject = assessmentSubject(row.criterion ?? "");
      return assessed.has(`CRITERION:${subject}`) ? "assessed" : interview.has(subject) ? "interview" : "none";
    }
  }
}
