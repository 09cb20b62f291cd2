import type { Db } from "@portal/db";

/**
 * Open seats (headcount minus staff) per customer segment, next to the segment's coverage gap: signed-off
 * people against its departments' target headcount. A sign-off in force counts even if it lapsed since; the
 * coverage page gives the exact figure, this is the home page's pointer to it. Two queries whatever the size.
 */
const bestWithGap = (s: { bestCustomerPriority: number; gap: number }) => Number(s.bestCustomerPriority > 0 && s.gap > 0);

export async function openingsBySegment(db: Db) {
  const [positions, departments] = await Promise.all([
    db.position.findMany({
      where: { archived: false, department: { archived: false } },
      select: { headcount: true, department: { select: { segmentId: true } }, _count: { select: { staff: { where: { status: { not: "LEFT" } } } } } },
    }),
    db.department.findMany({
      where: { archived: false },
      select: {
        targetHeadcount: true, segment: { select: { id: true, name: true, bestCustomerPriority: true } },
        _count: { select: { staff: { where: { status: { not: "LEFT" }, signOffs: { some: { revokedAt: null } } } } } },
      },
    }),
  ]);
  const bySegment = new Map<string, { segmentId: string; name: string; bestCustomerPriority: number; openSeats: number; target: number; signedOff: number; gap: number }>();
  for (const d of departments) {
    const s = bySegment.get(d.segment.id) ?? { segmentId: d.segment.id, name: d.segment.name, bestCustomerPriority: d.segment.bestCustomerPriority, openSeats: 0, target: 0, signedOff: 0, gap: 0 };
    s.target += d.targetHeadcount;
    s.signedOff += d._count.staff;
    bySegment.set(d.segment.id, s);
  }
  for (const p of positions) {
    const s = bySegment.get(p.department.segmentId);
    if (s) s.openSeats += Math.max(0, p.headcount - p._count.staff);
  }
  for (const s of bySegment.values()) s.gap = Math.max(0, s.target - s.signedOff);
  return [...bySegment.values()]
    .filter((s) => s.openSeats > 0 || s.gap > 0)
    // Best-customer segments with a gap first, as on the coverage page; then the largest gaps and openings.
    .sort((a, b) => bestWithGap(b) - bestWithGap(a) || b.bestCustomerPriority - a.bestCustomerPriority || b.gap - a.gap || b.openSeats - a.openSeats || a.name.localeCompare(b.name));
}
