import type { CoverageOverview } from "../coverage/overview";

const bestWithGap = (s: { bestCustomerPriority: number; gap: number }) =>
  Number(s.bestCustomerPriority > 0 && s.gap > 0);

/**
 * Open seats (headcount minus staff) per customer segment, next to the segment's coverage gap exactly as the
 * coverage page counts it (signed off and not lapsed, against its departments' target headcount): both come from
 * the same stored company figures, so the home page and /coverage never disagree.
 */
export function openingsBySegment(coverage: CoverageOverview, openSeats: Record<string, number>) {
  return (
    coverage.segments
      .map((s) => ({
        segmentId: s.segmentId,
        name: s.name,
        bestCustomerPriority: s.bestCustomerPriority,
        bestCustomers: s.bestCustomers,
        openSeats: openSeats[s.segmentId] ?? 0,
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
