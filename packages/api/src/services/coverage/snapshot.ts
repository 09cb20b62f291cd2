import type { Db } from "@portal/db";
import { analyzeCoverage, coverageStatusOf, weekStartUtc, type ReadinessStatus } from "@portal/domain";
import { loadReadiness } from "../readiness/load";

const statusColumn = {
  NOT_STARTED: "notStarted",
  IN_PROGRESS: "inProgress",
  READY_FOR_REVIEW: "readyForReview",
  SIGNED_OFF: "signedOff",
  LAPSED: "lapsed",
} as const satisfies Record<ReadinessStatus, string>;

/**
 * Writes this week's coverage snapshot (per active segment) and readiness snapshot (per active department),
 * the week being Monday UTC of `now`. Running it again in the same week replaces that week's rows (delete and
 * insert in one transaction; `skipDuplicates` lets a concurrent run's rows stand instead of failing), so the
 * job is safe to run at every start and more than once a week. Full readiness of everyone: a few seconds at
 * 10,000 people, fine for a background job, and it gives the per-status counts the history keeps.
 */
export async function snapshotCoverage(db: Db, now: Date) {
  const weekOf = weekStartUtc(now);
  const [segments, departments, people] = await Promise.all([
    db.customerSegment.findMany({
      where: { archived: false },
      select: { id: true, name: true, archived: true, bestCustomerPriority: true },
    }),
    db.department.findMany({
      where: { archived: false, segment: { archived: false } },
      select: { id: true, name: true, segmentId: true, headId: true, archived: true, targetHeadcount: true },
    }),
    loadReadiness(db, { department: { archived: false } }, now),
  ]);

  const readinessRows = new Map(
    departments.map((d) => [
      d.id,
      {
        weekOf,
        departmentId: d.id,
        notStarted: 0,
        inProgress: 0,
        readyForReview: 0,
        signedOff: 0,
        lapsed: 0,
      },
    ]),
  );
  for (const p of people) {
    const row = readinessRows.get(p.staff.departmentId);
    if (row) row[statusColumn[p.readiness.status]] += 1;
  }
  const coverage = analyzeCoverage({
    segments,
    departments,
    asOf: now,
    people: people.map((p) => ({
      departmentId: p.staff.departmentId,
      status: coverageStatusOf(p.readiness.status),
      expectedReadyAt: p.expectedReadyAt,
    })),
  });
  const coverageRows = coverage.segments.map((s) => ({
    weekOf,
    segmentId: s.segmentId,
    departments: s.departments.length,
    targetHeadcount: s.target,
    signedOff: s.signedOff,
    readyForReview: s.readyForReview,
    onboarding: s.onboarding,
    staff: s.staff,
  }));

  await db.$transaction([
    db.coverageSnapshot.deleteMany({ where: { weekOf } }),
    db.readinessSnapshot.deleteMany({ where: { weekOf } }),
    db.coverageSnapshot.createMany({ data: coverageRows, skipDuplicates: true }),
    db.readinessSnapshot.createMany({ data: [...readinessRows.values()], skipDuplicates: true }),
  ]);
  return { weekOf, segments: coverageRows.length, departments: readinessRows.size };
}
