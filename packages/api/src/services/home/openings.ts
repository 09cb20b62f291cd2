import type { Db } from "@portal/db";
import { coverageOverview } from "../coverage/overview";
import type { Actor } from "../../actor";

const bestWithGap = (s: { bestCustomerPriority: number; gap: number }) =>
  Number(s.bestCustomerPriority > 0 && s.gap > 0);

/**
 * Open seats (headcount minus staff) per customer segment, next to the segment's coverage gap exactly as the
 * coverage page counts it (signed off and not lapsed, against its departments' target headcount): the home
 * page and /coverage never disagree. A constant number of queries whatever the size.
 */
export async function openingsBySegment(db: Db, actor: Actor) {
  const [positions, coverage] = await Promise.all([
    db.position.findMany({
      where: { archived: false, department: { archived: false } },
      select: {
        headcount: true,
        department: { select: { segmentId: true } },
        _count: { select: { staff: { where: { status: { not: "LEFT" } } } } },
      },
    }),
    coverageOverview(db, actor),
  ]);
  const openSeats = new Map<string, number>();
  for (const p of positions)
    openSeats.set(
      p.department.segmentId,
      (openSeats.get(p.department.segmentId) ?? 0) + Math.max(0, p.headcount - p._count.staff),
    );
  return (
    coverage.segments
      .map((s) => ({
        segmentId: s.segmentId,
        name: s.name,
        bestCustomerPriority: s.bestCustomerPriority,
        openSeats: openSeats.get(s.segmentId) ?? 0,
        target: s.target,
        signedOff: s.signedOff,
        gap: s.gap,
      }))
      .filter((s) => s.openSeats > 0 || s.gap > 0)
      // Best-customer segments with a gap first, as on the coverage page; then the largest gaps and openings.
      .sort(
        (a, b) =>
          bestWithGap(b) - bestWithGap(a) ||
          b.bestCustomerPriority - a.bestCustomerPriority ||
          b.gap - a.gap ||
          b.openSeats - a.openSeats ||
          a.name.localeCompare(b.name),
      )
  );
}
