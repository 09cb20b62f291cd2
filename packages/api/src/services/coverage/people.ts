import type { DbClient, Prisma } from "@portal/db";
import {
  coverageStatusOf,
  coverageStatusWithoutFacts,
  requirementKey,
  type CoveragePersonInput,
} from "@portal/domain";
import { activeRuleWhere, ruleSelect, toDomainRule } from "../onboarding/enrol";
import { loadReadiness } from "../readiness/load";
import { coverageCourses } from "./courses";
import {
  currentRequirements,
  enrolmentsOfDepartments,
  signOffsOfDepartments,
  staffOfDepartments,
  type CoverageStaffRow,
} from "./rows";
import { undecidedStatuses } from "./undecided";

export type CoveragePerson = CoveragePersonInput & { staffMemberId: string };

/**
 * What coverage needs of each active person in the departments matching `departmentWhere`: their coverage
 * status and expected ready date, in a constant number of queries. Assessing everyone's facts
 * (`loadReadiness`) takes seconds for 10,000 people, so this reads sign-offs, profiles and courses only (flat
 * raw rows, see ./rows) and lets `coverageStatusWithoutFacts` decide; only the people it cannot decide (no
 * sign-off, every course passed, must-haves in the profile) have their must-haves scored, after one more
 * round of queries for the facts those need (./undecided). Gives the same answer as `coveragePeopleFull` (integration test).
 */
export async function coveragePeople(
  db: DbClient,
  departmentWhere: Prisma.DepartmentWhereInput,
  asOf: Date,
): Promise<CoveragePerson[]> {
  const departments = await db.department.findMany({
    where: departmentWhere,
    select: { id: true, segmentId: true },
  });
  const departmentIds = departments.map((d) => d.id);
  const segmentOf = new Map(departments.map((d) => [d.id, d.segmentId]));
  const [people, requirements, signOffs, enrolments, rules] = await Promise.all([
    staffOfDepartments(db, departmentIds),
    currentRequirements(db),
    signOffsOfDepartments(db, departmentIds),
    enrolmentsOfDepartments(db, departmentIds),
    db.courseRule.findMany({
      where: activeRuleWhere,
      select: { ...ruleSelect, course: { select: { title: true } } },
    }),
  ]);
  const signOffOf = new Map(signOffs.map((s) => [s.staffMemberId, s]));
  const requirementsOf = new Map(
    [...requirements].map(([positionId, rows]) => [
      positionId,
      rows.map((r) => ({ id: r.id, key: requirementKey(r), mustHave: r.mustHave })),
    ]),
  );
  const coursesOf = coverageCourses(
    rules.map(toDomainRule),
    new Map(rules.map((r) => [r.courseId, r.course.title])),
    enrolments,
    asOf,
  );

  const undecided: CoverageStaffRow[] = [];
  const result = people.map((p): CoveragePerson => {
    const { courses, expectedReadyAt } = coursesOf({
      staffMemberId: p.id,
      departmentId: p.departmentId,
      positionId: p.positionId,
      segmentId: segmentOf.get(p.departmentId) ?? "",
    });
    const status = coverageStatusWithoutFacts({
      requirements: (p.positionId && requirementsOf.get(p.positionId)) || [],
      courses,
      signOff: signOffOf.get(p.id) ?? null,
    });
    if (status === null) undecided.push(p);
    return {
      staffMemberId: p.id,
      departmentId: p.departmentId,
      status: status ?? "ONBOARDING",
      expectedReadyAt,
    };
  });
  if (undecided.length === 0) return result;
  const decided = await undecidedStatuses(db, undecided, requirements, asOf);
  return result.map((p) => ({ ...p, status: decided.get(p.staffMemberId) ?? p.status }));
}

/** The same figures from everyone's full readiness: the reference the light path is tested against, and what the weekly snapshot uses. */
export async function coveragePeopleFull(
  db: DbClient,
  where: Prisma.StaffMemberWhereInput,
  asOf: Date,
): Promise<CoveragePerson[]> {
  return (await loadReadiness(db, where, asOf)).map((r) => ({
    staffMemberId: r.staff.id,
    departmentId: r.staff.departmentId,
    status: coverageStatusOf(r.readiness.status),
    expectedReadyAt: r.expectedReadyAt,
  }));
}
