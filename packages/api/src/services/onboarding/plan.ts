import type { DbClient, Prisma } from "@portal/db";
import { enrolmentStatus, type PlanEntry } from "@portal/domain";

/**
 * Items per course version, for many versions at once: one grouped count over those versions' modules only (a
 * relation `_count` would count every item of every course, see refuseWholeTableAggregates in @portal/db).
 */
export async function itemCountsByVersion(db: DbClient, versionIds: readonly string[]) {
  const ids = [...new Set(versionIds)];
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db.$queryRaw<{ versionId: string; items: number }[]>`
    SELECT m."versionId", count(i."id")::int AS "items"
      FROM "CourseModule" m JOIN "CourseItem" i ON i."moduleId" = m."id"
     WHERE m."versionId" = ANY(${ids}::text[])
     GROUP BY m."versionId"`;
  return new Map(rows.map((r) => [r.versionId, r.items]));
}

/**
 * Items done per enrolment, for the enrolments `where` selects only (a filtered grouped count on the progress
 * table's enrolment index; a relation `_count` would count the progress of everyone).
 */
export async function itemsDoneByEnrolment(db: DbClient, where: Prisma.EnrolmentWhereInput) {
  const rows = await db.itemProgress.groupBy({
    by: ["enrolmentId"],
    where: { enrolment: where },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.enrolmentId, r._count._all]));
}

type StoredEnrolment = {
  enrolledAt: Date;
  dueAt: Date | null;
  recertifyMonths: number | null;
  passedAt: Date | null;
};

/**
 * Where an enrolment stands now. The stored due date is authoritative (it came from the rule or the manual
 * enrolment); once passed, the certificate's expiry is the next deadline.
 */
export function storedEnrolmentStatus(
  e: StoredEnrolment,
  itemsDone: number,
  itemsTotal: number,
  now: Date,
): PlanEntry {
  const entry = enrolmentStatus(
    {
      enrolledAt: e.enrolledAt,
      dueDays: null,
      recertifyMonths: e.recertifyMonths,
      passedAt: e.passedAt,
      itemsDone,
      itemsTotal,
    },
    now,
  );
  if (entry.status === "COMPLETED" || entry.status === "EXPIRED") return entry;
  return { ...entry, dueAt: e.dueAt, overdue: e.dueAt !== null && now >= e.dueAt };
}
