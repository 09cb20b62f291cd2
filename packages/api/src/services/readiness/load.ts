import type { DbClient, Prisma } from "@portal/db";
import {
  aggregateRatings,
  assessReadiness,
  assessmentSubject,
  requiredCourses,
  requirementKey,
  staffAttributes,
  type CefrLevel,
  type Readiness,
  type RequiredCourseState,
  type StaffAssessmentFact,
} from "@portal/domain";
import { toDomainRequirement } from "../hiring/requirements";
import { activeRuleWhere, ruleSelect, toDomainRule } from "../onboarding/enrol";
import { storedEnrolmentStatus } from "../onboarding/plan";

/**
 * What readiness reads of people. Each relation is its own top-level query filtered by the same scope and run
 * in parallel: a fixed number of queries whatever the number of people, and only two round trips deep.
 */
const staffSelect = {
  id: true,
  departmentId: true,
  positionId: true,
  startDate: true,
  status: true,
  user: { select: { id: true, name: true, email: true } },
  department: { select: { name: true, segmentId: true } },
  position: { select: { title: true } },
} satisfies Prisma.StaffMemberSelect;

const signOffSelect = { id: true, staffMemberId: true, positionId: true, requirementKeys: true, signedOffAt: true, override: true, overrideReason: true, comment: true, percent: true, signedOffBy: { select: { name: true } } } satisfies Prisma.SignOffSelect;

const hireSelect = {
  hiredStaffMemberId: true,
  candidate: {
    select: {
      customerFacingYears: true,
      languages: { select: { language: true, cefr: true } },
      certifications: { select: { name: true, expiresAt: true } },
    },
  },
  scorecards: { where: { submittedAt: { not: null } }, select: { ratings: { select: { rating: true, requirement: { select: { kind: true, criterion: true } } } } } },
} satisfies Prisma.ApplicationSelect;

type StaffRow = Prisma.StaffMemberGetPayload<{ select: typeof staffSelect }>;
const profileInclude = { requirements: { orderBy: { sortOrder: "asc" }, include: { segment: { select: { name: true } } } } } satisfies Prisma.HiringProfileInclude;
type ProfileRow = Prisma.HiringProfileGetPayload<{ include: typeof profileInclude }>;
export type RequirementRow = ProfileRow["requirements"][number];

type HireRow = Prisma.ApplicationGetPayload<{ select: typeof hireSelect }>;
export type ActiveSignOff = Prisma.SignOffGetPayload<{ select: typeof signOffSelect }>;

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

export type Evidence = "expertise" | "assessed" | "declared" | "interview" | "none";

/**
 * Readiness of every staff member matching `where` (not LEFT), in a fixed number of queries whatever the
 * number of people: the people with their facts, the current profiles of their positions, the rules in
 * force, their enrolments, and item counts per course version.
 */
export async function loadReadiness(db: DbClient, where: Prisma.StaffMemberWhereInput, asOf: Date): Promise<PersonReadiness[]> {
  const scoped = { AND: [where, { status: { not: "LEFT" as const } }] };
  const ofScoped = { staffMember: scoped };
  const [people, expertise, assessments, signOffs, hires, rules, enrolments, profiles, versionItems] = await Promise.all([
    db.staffMember.findMany({ where: scoped, select: staffSelect, orderBy: { user: { name: "asc" } } }),
    db.expertise.findMany({ where: ofScoped, select: { staffMemberId: true, segmentId: true, level: true } }),
    db.staffAssessment.findMany({ where: ofScoped, select: { staffMemberId: true, kind: true, subject: true, value: true, cefr: true, expiresAt: true } }),
    db.signOff.findMany({ where: { ...ofScoped, revokedAt: null }, select: signOffSelect }),
    db.application.findMany({ where: { hiredStaff: scoped }, select: hireSelect }),
    db.courseRule.findMany({ where: activeRuleWhere, select: { ...ruleSelect, course: { select: { title: true } } } }),
    db.enrolment.findMany({
      where: ofScoped,
      select: { staffMemberId: true, courseId: true, versionId: true, enrolledAt: true, dueAt: true, recertifyMonths: true, passedAt: true, _count: { select: { progress: true } } },
    }),
    // The current (highest) profile version of every position these people hold.
    db.hiringProfile.findMany({
      where: { position: { staff: { some: scoped } } },
      distinct: ["positionId"],
      orderBy: [{ positionId: "asc" }, { version: "desc" }],
      include: profileInclude,
    }),
    db.courseModule.findMany({ where: { version: { enrolments: { some: ofScoped } } }, select: { versionId: true, _count: { select: { items: true } } } }),
  ]);
  const itemCounts = new Map<string, number>();
  for (const m of versionItems) itemCounts.set(m.versionId, (itemCounts.get(m.versionId) ?? 0) + m._count.items);
  const byPerson = <T extends { staffMemberId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) {
      const list = map.get(r.staffMemberId);
      if (list) list.push(r);
      else map.set(r.staffMemberId, [r]);
    }
    return map;
  };
  const expertiseOf = byPerson(expertise);
  const assessmentsOf = byPerson(assessments);
  const signOffsOf = byPerson(signOffs);
  const hireOf = new Map(hires.map((h) => [h.hiredStaffMemberId!, h]));

  const profileByPosition = new Map(profiles.map((p) => [p.positionId, p]));
  const domainRules = rules.map(toDomainRule);
  const courseTitles = new Map(rules.map((r) => [r.courseId, r.course.title]));
  const enrolmentsByPerson = byPerson(enrolments);

  return people.map((person) => {
    const profile = person.positionId ? profileByPosition.get(person.positionId) ?? null : null;
    const requirements = (profile?.requirements ?? []).map((row) => ({ id: row.id, key: requirementKey(row), requirement: toDomainRequirement(row), row }));

    const own = new Map((enrolmentsByPerson.get(person.id) ?? []).map((e) => [e.courseId, e]));
    let expectedReadyAt: Date | null = null;
    let overdueCourses = 0;
    const courses: RequiredCourseState[] = requiredCourses(domainRules, { departmentId: person.departmentId, positionId: person.positionId, segmentId: person.department.segmentId }).map((rc) => {
      const title = courseTitles.get(rc.courseId) ?? "";
      const e = own.get(rc.courseId);
      if (!e) return { courseId: rc.courseId, title, status: "NOT_STARTED", progress: 0 };
      const entry = storedEnrolmentStatus(e, e._count.progress, itemCounts.get(e.versionId) ?? 0, asOf);
      if (entry.status !== "COMPLETED" && entry.dueAt && (!expectedReadyAt || entry.dueAt > expectedReadyAt)) expectedReadyAt = entry.dueAt;
      if (entry.overdue) overdueCourses += 1;
      return { courseId: rc.courseId, title, status: entry.status, progress: entry.progress };
    });

    const hire = hireOf.get(person.id);
    const interview = interviewRatings(hire?.scorecards ?? []);
    const candidate = hire?.candidate;
    const ownAssessments = assessmentsOf.get(person.id) ?? [];
    const attributes = staffAttributes({
      expertise: new Map((expertiseOf.get(person.id) ?? []).map((e) => [e.segmentId, e.level])),
      declared: candidate
        ? { customerFacingYears: candidate.customerFacingYears, languages: new Map(candidate.languages.map((l) => [l.language, l.cefr as CefrLevel])), certifications: candidate.certifications }
        : null,
      // The table's CHECK constraint keeps EXPERTISE out and CEFR values valid.
      assessments: ownAssessments as StaffAssessmentFact[],
      interviewRatings: interview,
      criteria: requirements.flatMap((r) => (r.row.kind === "CRITERION" ? [{ criterionId: r.row.id, text: r.row.criterion ?? "" }] : [])),
    });
    const signOff = (signOffsOf.get(person.id) ?? []).find((s) => s.positionId === person.positionId) ?? null;
    const readiness = assessReadiness({
      requirements,
      person: attributes,
      courses,
      signOff: signOff && { signedOffAt: signOff.signedOffAt, requirementKeys: signOff.requirementKeys, override: signOff.override },
      asOf,
    });

    const evidence = new Map<string, Evidence>();
    const assessedSubjects = new Set(ownAssessments.map((a) => `${a.kind}:${a.subject}`));
    for (const { row } of requirements) evidence.set(row.id, evidenceOf(row, assessedSubjects, candidate !== undefined && candidate !== null, interview));

    return { staff: person, profile: profile && { id: profile.id, version: profile.version, requirements: profile.requirements }, signOff, readiness, evidence, expectedReadyAt, overdueCourses };
  });
}

type ScorecardRows = HireRow["scorecards"];

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
