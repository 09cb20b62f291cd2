import type { DbClient, ProfileRequirement } from "@portal/db";

/**
 * The flat rows coverage reads for a whole company, with narrow raw SQL: at 10,000 people Prisma's row
 * mapping of nested selects (and the per-enrolment progress count, which coverage does not need) was the
 * largest cost after the database itself. Every query is scoped by department ids, so the number of queries
 * stays the same whatever the number of people.
 */
export type CoverageStaffRow = { id: string; departmentId: string; positionId: string | null };
export type CoverageSignOffRow = { staffMemberId: string; requirementKeys: string[] };
export type CoverageEnrolmentRow = {
  staffMemberId: string;
  courseId: string;
  enrolledAt: Date;
  dueAt: Date | null;
  recertifyMonths: number | null;
  passedAt: Date | null;
};

/** Active (not LEFT) staff of the departments. */
export const staffOfDepartments = (db: DbClient, departmentIds: string[]) => db.$queryRaw<CoverageStaffRow[]>`
  SELECT s.id, s."departmentId", s."positionId"
  FROM "StaffMember" s
  WHERE s."departmentId" = ANY(${departmentIds}) AND s.status <> 'LEFT'`;

/**
 * Their sign-offs in force for their current position: as in `loadReadiness`, a sign-off for another
 * position does not count (IS NOT DISTINCT FROM: no position on either side matches too).
 */
export const signOffsOfDepartments = (db: DbClient, departmentIds: string[]) => db.$queryRaw<
  CoverageSignOffRow[]
>`
  SELECT so."staffMemberId", so."requirementKeys"
  FROM "SignOff" so JOIN "StaffMember" s ON s.id = so."staffMemberId"
  WHERE s."departmentId" = ANY(${departmentIds}) AND s.status <> 'LEFT'
    AND so."revokedAt" IS NULL AND so."positionId" IS NOT DISTINCT FROM s."positionId"`;

/** Their enrolments, without progress: coverage only tells passed (and not expired) from not yet. */
export const enrolmentsOfDepartments = (db: DbClient, departmentIds: string[]) => db.$queryRaw<
  CoverageEnrolmentRow[]
>`
  SELECT e."staffMemberId", e."courseId", e."enrolledAt", e."dueAt", e."recertifyMonths", e."passedAt"
  FROM "Enrolment" e JOIN "StaffMember" s ON s.id = e."staffMemberId"
  WHERE s."departmentId" = ANY(${departmentIds}) AND s.status <> 'LEFT'`;

/**
 * The requirements of every position's current (highest) profile version, by position, in sort order.
 * `currentProfiles` does the same through Prisma (distinct, nested include, a filter on the staff) and was
 * the slowest of these queries; coverage needs only the requirement rows, a few thousand at most.
 */
export async function currentRequirements(db: DbClient): Promise<Map<string, ProfileRequirement[]>> {
  const rows = await db.$queryRaw<(ProfileRequirement & { positionId: string })[]>`
    SELECT r.*, p."positionId"
    FROM (SELECT DISTINCT ON ("positionId") id, "positionId" FROM "HiringProfile" ORDER BY "positionId", version DESC) p
    JOIN "ProfileRequirement" r ON r."profileId" = p.id
    ORDER BY p."positionId", r."sortOrder"`;
  const byPosition = new Map<string, ProfileRequirement[]>();
  for (const { positionId, ...row } of rows) {
    const list = byPosition.get(positionId);
    if (list) list.push(row);
    else byPosition.set(positionId, [row]);
  }
  return byPosition;
}
