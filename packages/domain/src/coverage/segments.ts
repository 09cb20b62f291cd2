/** Minimal shapes so the function stays free of the database types. */
export type SegmentRef = { id: string; name: string; archived: boolean };
export type DepartmentRef = { id: string; segmentId: string; headId: string | null; archived: boolean };

export type SegmentCoverage = {
  segmentId: string;
  departmentIds: string[];
  /** No active department serves the segment: the domain's worst case, a customer group nobody serves. */
  orphan: boolean;
  /** More than one department serves it: a possible wrong grouping. */
  overlap: boolean;
};

/** Which active departments serve each active segment; archived ones count for nothing. */
export function segmentCoverage(segments: SegmentRef[], departments: DepartmentRef[]): SegmentCoverage[] {
  const bySegment = new Map<string, string[]>();
  for (const d of departments) {
    if (d.archived) continue;
    const list = bySegment.get(d.segmentId) ?? [];
    list.push(d.id);
    bySegment.set(d.segmentId, list);
  }
  return segments
    .filter((s) => !s.archived)
    .map((s) => {
      const departmentIds = bySegment.get(s.id) ?? [];
      return {
        segmentId: s.id,
        departmentIds,
        orphan: departmentIds.length === 0,
        overlap: departmentIds.length > 1,
      };
    });
}

/** The best-customer priority that names a segment "Best customers" (0 standard, 1 important, 2 key, 3 best). */
export const bestCustomersPriority = 3;

/**
 * Whether a segment is one of the best customers (most loyal, most profitable): exactly the segments whose
 * priority says "Best customers". Every page that shows the badge asks this, so they never disagree.
 */
export const isBestCustomers = (bestCustomerPriority: number): boolean =>
  bestCustomerPriority >= bestCustomersPriority;
