import type { DbClient, Prisma } from "@portal/db";
import { assessPerson, type Evidence, type Readiness, type StaffAssessmentFact } from "@portal/domain";
import { toDomainRequirement } from "../hiring/requirements";
import { loadCourseContext, requiredCourseStates, type CourseContext } from "./courses";

/**
 * What readiness reads of people. Each relation is its own top-level query filtered by the same scope and run
 * in parallel: a fixed number of queries whatever the number of people, and only two round trips deep.
 */
export const staffSelect = {
  id: true,
  departmentId: true,
  positionId: true,
  startDate: true,
  status: true,
  user: { select: { id: true, name: true, email: true } },
  department: { select: { name: true, segmentId: true } },
  position: { select: { title: true } },
} satisfies Prisma.StaffMemberSelect;

const signOffSelect = {
  id: true,
  staffMemberId: true,
  positionId: true,
  requirementKeys: true,
  signedOffAt: true,
  override: true,
  overrideReason: true,
  comment: true,
  percent: true,
  signedOffBy: { select: { name: true } },
} satisfies Prisma.SignOffSelect;

export const hireSelect = {
  hiredStaffMemberId: true,
  candidate: {
    select: {
      customerFacingYears: true,
      languages: { select: { language: true, cefr: true } },
      certifications: { select: { name: true, expiresAt: true } },
    },
  },
  scorecards: {
    where: { submittedAt: { not: null } },
    select: {
      ratings: { select: { rating: true, requirement: { select: { kind: true, criterion: true } } } },
    },
  },
} satisfies Prisma.ApplicationSelect;

export type StaffRow = Prisma.StaffMemberGetPayload<{ select: typeof staffSelect }>;
const profileInclude = {
  requirements: { orderBy: { sortOrder: "asc" }, include: { segment: { select: { name: true } } } },
} satisfies Prisma.HiringProfileInclude;
export type ProfileRow = Prisma.HiringProfileGetPayload<{ include: typeof profileInclude }>;
export type RequirementRow = ProfileRow["requirements"][number];

export type HireRow = Prisma.ApplicationGetPayload<{ select: typeof hireSelect }>;
export type ActiveSignOff = Prisma.SignOffGetPayload<{ select: typeof signOffSelect }>;

/** The current (highest) profile version of every position matching `positionWhere`, with its requirements: one query. */
export async function currentProfiles(
  db: DbClient,
  positionWhere: Prisma.PositionWhereInput,
): Promise<Map<string, ProfileRow>> {
  const profiles = await db.hiringProfile.findMany({
    where: { position: positionWhere },
    distinct: ["positionId"],
    orderBy: [{ positionId: "asc" }, { version: "desc" }],
    include: profileInclude,
  });
  return new Map(profiles.map((p) => [p.positionId, p]));
}

/** What readiness knows of people beyond their row, grouped by staff member id. */
export type PersonFacts = {
  expertise: Map<string, { segmentId: string; level: number }[]>;
  assessments: Map<string, StaffAssessmentFact[]>;
  signOffs: Map<string, ActiveSignOff[]>;
  hires: Map<string, HireRow>;
};

export const byPerson = <T extends { staffMemberId: string }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.staffMemberId);
    if (list) list.push(r);
    else map.set(r.staffMemberId, [r]);
  }
  return map;
};

/** The people matching `scoped` and their facts: five parallel queries whatever their number. */
export async function loadPeopleWithFacts(
  db: DbClient,
  scoped: Prisma.StaffMemberWhereInput,
): Promise<{ people: StaffRow[]; facts: PersonFacts }> {
  const ofScoped = { staffMember: scoped };
  const [people, expertise, assessments, signOffs, hires] = await Promise.all([
    db.staffMember.findMany({ where: scoped, select: staffSelect, orderBy: { user: { name: "asc" } } }),
    db.expertise.findMany({ where: ofScoped, select: { staffMemberId: true, segmentId: true, level: true } }),
    db.staffAssessment.findMany({
      where: ofScoped,
      select: { staffMemberId: true, kind: true, subject: true, value: true, cefr: true, expiresAt: true },
    }),
    db.signOff.findMany({
      where: { ...ofScoped, revokedAt: null },
      select: signOffSelect,
      // The newest first: the one in force for the current position is the first that matches it.
      orderBy: [{ signedOffAt: "desc" }, { id: "asc" }],
    }),
    db.application.findMany({ where: { hiredStaff: scoped }, select: hireSelect }),
  ]);
  return {
    people,
    facts: {
      expertise: byPerson(expertise),
      // The table's CHECK constraint keeps EXPERTISE out and CEFR values valid.
      assessments: byPerson(assessments) as Map<string, StaffAssessmentFact[]>,
      signOffs: byPerson(signOffs),
      hires: new Map(hires.map((h) => [h.hiredStaffMemberId!, h])),
    },
  };
}

export type PersonReadiness = {
  staff: StaffRow;
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

const notLeft = (where: Prisma.StaffMemberWhereInput) => ({
  AND: [where, { status: { not: "LEFT" as const } }],
});

/**
 * Readiness of every staff member matching `where` (not LEFT), in a fixed number of queries whatever the
 * number of people: the people with their facts, the current profiles of their positions, the rules in
 * force, their enrolments, and item counts per course version — all in parallel.
 */
export async function loadReadiness(
  db: DbClient,
  where: Prisma.StaffMemberWhereInput,
  asOf: Date,
): Promise<PersonReadiness[]> {
  const scoped = notLeft(where);
  const [{ people, facts }, profiles, courseContext] = await Promise.all([
    loadPeopleWithFacts(db, scoped),
    currentProfiles(db, { staff: { some: scoped } }),
    loadCourseContext(db, scoped),
  ]);
  return people.map((person) =>
    readinessOf(
      person,
      facts,
      person.positionId ? (profiles.get(person.positionId) ?? null) : null,
      courseContext,
      asOf,
    ),
  );
}

/**
 * One person's readiness from their row, their facts, the current profile of their position and the course
 * context (the rules are `assessPerson` in the domain; this adds the course states and the rows to show).
 */
export function readinessOf(
  person: StaffRow,
  facts: PersonFacts,
  profile: ProfileRow | null,
  courseContext: CourseContext,
  asOf: Date,
): PersonReadiness {
  const { courses, expectedReadyAt, overdueCourses } = requiredCourseStates(
    courseContext,
    {
      staffMemberId: person.id,
      departmentId: person.departmentId,
      positionId: person.positionId,
      segmentId: person.department.segmentId,
    },
    asOf,
  );
  const { readiness, signOff, evidence } = assessPerson({
    person,
    facts,
    requirements: (profile?.requirements ?? []).map((row) => ({
      row,
      requirement: toDomainRequirement(row),
    })),
    courses,
    asOf,
  });
  return {
    staff: person,
    profile: profile && { id: profile.id, version: profile.version, requirements: profile.requirements },
    signOff,
    readiness,
    evidence,
    expectedReadyAt,
    overdueCourses,
  };
}
