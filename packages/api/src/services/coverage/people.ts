import type { DbClient, Prisma } from "@portal/db";
import { coverageStatusOf, coverageStatusWithoutFacts, requirementKey, type CoveragePersonInput } from "@portal/domain";
import { loadCourseContext, requiredCourseStates } from "../readiness/courses";
import { assessPerson, currentProfiles, loadPeopleWithFacts, loadReadiness } from "../readiness/load";

export type CoveragePerson = CoveragePersonInput & { staffMemberId: string };

const activeStaff = (where: Prisma.StaffMemberWhereInput): Prisma.StaffMemberWhereInput => ({ AND: [where, { status: { not: "LEFT" } }] });

/**
 * What coverage needs of each person matching `where`: their coverage status and expected ready date, in a
 * constant number of queries. Assessing everyone's facts (`loadReadiness`) takes seconds for 10,000 people,
 * so this reads sign-offs, profiles and courses only and lets `coverageStatusWithoutFacts` decide; only the
 * people it cannot decide (no sign-off, every course passed, must-haves in the profile) get the full
 * readiness (`assessPerson`, with the profiles and courses already loaded), after one more query for their
 * facts. Gives the same answer as `coveragePeopleFull` (integration test).
 */
export async function coveragePeople(db: DbClient, where: Prisma.StaffMemberWhereInput, asOf: Date): Promise<CoveragePerson[]> {
  const scoped = activeStaff(where);
  // The department's segment from a separate (small) query: a nested select costs a join per person.
  const [people, profiles, segmentOf, signOffs, courseContext] = await Promise.all([
    db.staffMember.findMany({ where: scoped, select: { id: true, departmentId: true, positionId: true } }),
    currentProfiles(db, { staff: { some: scoped } }),
    db.department.findMany({ select: { id: true, segmentId: true } }).then((ds) => new Map(ds.map((d) => [d.id, d.segmentId]))),
    db.signOff.findMany({ where: { revokedAt: null, staffMember: scoped }, select: { staffMemberId: true, positionId: true, requirementKeys: true } }),
    loadCourseContext(db, scoped),
  ]);
  const signOffOf = new Map(signOffs.map((s) => [s.staffMemberId, s]));
  const requirementsOf = new Map(
    [...profiles].map(([positionId, profile]) => [positionId, profile.requirements.map((r) => ({ id: r.id, key: requirementKey(r), mustHave: r.mustHave }))]),
  );

  const undecided: string[] = [];
  const result = people.map((p): CoveragePerson => {
    const { courses, expectedReadyAt } = requiredCourseStates(courseContext, { staffMemberId: p.id, departmentId: p.departmentId, positionId: p.positionId, segmentId: segmentOf.get(p.departmentId) ?? "" }, asOf);
    // As in loadReadiness: a sign-off for another position than the current one does not count.
    const signOff = signOffOf.get(p.id);
    const status = coverageStatusWithoutFacts({
      requirements: (p.positionId && requirementsOf.get(p.positionId)) || [],
      courses,
      signOff: signOff && signOff.positionId === p.positionId ? signOff : null,
    });
    if (status === null) undecided.push(p.id);
    return { staffMemberId: p.id, departmentId: p.departmentId, status: status ?? "ONBOARDING", expectedReadyAt };
  });
  if (undecided.length === 0) return result;

  const { people: rows, facts } = await loadPeopleWithFacts(db, { id: { in: undecided } });
  const assessed = new Map(
    rows.map((f) => [f.id, coverageStatusOf(assessPerson(f, facts, (f.positionId && profiles.get(f.positionId)) || null, courseContext, asOf).readiness.status)]),
  );
  return result.map((p) => ({ ...p, status: assessed.get(p.staffMemberId) ?? p.status }));
}

/** The same figures from everyone's full readiness: the reference the light path is tested against, and what the weekly snapshot uses. */
export async function coveragePeopleFull(db: DbClient, where: Prisma.StaffMemberWhereInput, asOf: Date): Promise<CoveragePerson[]> {
  return (await loadReadiness(db, where, asOf)).map((r) => ({
    staffMemberId: r.staff.id, departmentId: r.staff.departmentId, status: coverageStatusOf(r.readiness.status), expectedReadyAt: r.expectedReadyAt,
  }));
}
