/**
 * Counts of related rows for the parents a page shows, as grouped counts filtered to those parents. Prisma 6 makes
 * a relation count (`_count: { select: { staff: true } }`) a join with a subquery that counts the WHOLE related
 * table on every call, however few parents are read; the integration tests refuse that statement shape
 * (refuseWholeTableAggregates in @portal/db). Each function answers a Map from parent id to count (absent: 0).
 */
import type { DbClient, Prisma } from "@portal/db";

const current = { status: { not: "LEFT" } } satisfies Prisma.StaffMemberWhereInput;
const unique = (ids: readonly string[]) => [...new Set(ids)];
const countOf = (map: Map<string, number>, id: string) => map.get(id) ?? 0;
export { countOf };

/** Current staff (not LEFT) per department. */
export async function currentStaffByDepartment(db: DbClient, departmentIds: readonly string[]) {
  const rows = await db.staffMember.groupBy({
    by: ["departmentId"],
    where: { ...current, departmentId: { in: unique(departmentIds) } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.departmentId, r._count._all]));
}

/** Current staff (not LEFT) per position; `positionIds` null counts every position's (the whole company). */
export async function currentStaffByPosition(db: DbClient, positionIds: readonly string[] | null) {
  const rows = await db.staffMember.groupBy({
    by: ["positionId"],
    where: { ...current, positionId: positionIds ? { in: unique(positionIds) } : { not: null } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.positionId!, r._count._all]));
}

/** Positions per department (`where` narrows them, e.g. not archived). */
export async function positionsByDepartment(
  db: DbClient,
  departmentIds: readonly string[],
  where: Prisma.PositionWhereInput = {},
) {
  const rows = await db.position.groupBy({
    by: ["departmentId"],
    where: { ...where, departmentId: { in: unique(departmentIds) } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.departmentId, r._count._all]));
}

/** Departments per customer segment (`where` narrows them, e.g. not archived). */
export async function departmentsBySegment(
  db: DbClient,
  segmentIds: readonly string[],
  where: Prisma.DepartmentWhereInput = {},
) {
  const rows = await db.department.groupBy({
    by: ["segmentId"],
    where: { ...where, segmentId: { in: unique(segmentIds) } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.segmentId, r._count._all]));
}

/** Enrolments per course. */
export async function enrolmentsByCourse(db: DbClient, courseIds: readonly string[]) {
  const rows = await db.enrolment.groupBy({
    by: ["courseId"],
    where: { courseId: { in: unique(courseIds) } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.courseId, r._count._all]));
}

/** Enrolments per course version. */
export async function enrolmentsByVersion(db: DbClient, versionIds: readonly string[]) {
  const rows = await db.enrolment.groupBy({
    by: ["versionId"],
    where: { versionId: { in: unique(versionIds) } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.versionId, r._count._all]));
}

/** Enrolments made by each course rule. */
export async function enrolmentsByRule(db: DbClient, ruleIds: readonly string[]) {
  const rows = await db.enrolment.groupBy({
    by: ["ruleId"],
    where: { ruleId: { in: unique(ruleIds) } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.ruleId!, r._count._all]));
}

/** Applications per hiring profile version (`where` narrows them, e.g. to the caller's scope). */
export async function applicationsByProfile(
  db: DbClient,
  profileIds: readonly string[],
  where: Prisma.ApplicationWhereInput = {},
) {
  const rows = await db.application.groupBy({
    by: ["profileId"],
    where: { AND: [where, { profileId: { in: unique(profileIds) } }] },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.profileId, r._count._all]));
}

/** Requirements per hiring profile version. */
export async function requirementsByProfile(db: DbClient, profileIds: readonly string[]) {
  const rows = await db.profileRequirement.groupBy({
    by: ["profileId"],
    where: { profileId: { in: unique(profileIds) } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.profileId, r._count._all]));
}
