import type { DbClient } from "@portal/db";
import { enrolmentStatus, type PlanEntry } from "@portal/domain";

/** Items per course version, for many versions at once (one grouped query). */
export async function itemCountsByVersion(db: DbClient, versionIds: readonly string[]) {
  const modules = await db.courseModule.findMany({
    where: { versionId: { in: [...new Set(versionIds)] } },
    select: { versionId: true, _count: { select: { items: true } } },
  });
  const counts = new Map<string, number>();
  for (const m of modules) counts.set(m.versionId, (counts.get(m.versionId) ?? 0) + m._count.items);
  return counts;
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
