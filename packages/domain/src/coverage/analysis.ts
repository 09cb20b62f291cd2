import { isBestCustomers, segmentCoverage, type DepartmentRef, type SegmentRef } from "./segments";
import type { CoverageStatus } from "./status";

export type CoverageSegmentInput = SegmentRef & { bestCustomerPriority: number };
export type CoverageDepartmentInput = DepartmentRef & { name: string; targetHeadcount: number };
/** A person counts for their department; `expectedReadyAt` is the latest due date of their unfinished required courses. */
export type CoveragePersonInput = {
  departmentId: string;
  status: CoverageStatus;
  expectedReadyAt: Date | null;
};

export type ReadinessCounts = {
  staff: number;
  signedOff: number;
  lapsed: number;
  readyForReview: number;
  onboarding: number;
};
/** When the people still onboarding (or lapsed) are expected to be ready; `undated` have no due date to go by. */
export type ReadyOutlook = { nextReadyAt: Date | null; lastReadyAt: Date | null; undated: number };

export type DepartmentCoverage = ReadinessCounts &
  ReadyOutlook & {
    departmentId: string;
    name: string;
    hasHead: boolean;
    target: number;
    /** Signed-off people missing to reach the target headcount (0 when reached). */
    gap: number;
    belowTarget: boolean;
  };

export type SegmentCoverageReport = ReadinessCounts &
  ReadyOutlook & {
    segmentId: string;
    name: string;
    bestCustomerPriority: number;
    /** The priority says "Best customers" (`isBestCustomers`): the badge shows exactly then. */
    bestCustomers: boolean;
    departments: DepartmentCoverage[];
    /** Target headcounts of the segment's departments, summed. */
    target: number;
    gap: number;
    orphan: boolean;
    overlap: boolean;
    /** An orphan segment is a gap whatever the numbers: nobody serves it. */
    hasGap: boolean;
    /**
     * When the gap is expected to close: people ready for review count from now, the others from their expected
     * ready date; null when there is no gap or too few people with a date to close it.
     */
    gapClosesAt: Date | null;
  };

export type CoverageFlag =
  | { kind: "orphanSegment"; segmentId: string }
  | { kind: "overlap"; segmentId: string; departmentIds: string[] }
  | { kind: "noHead"; segmentId: string; departmentId: string }
  | { kind: "belowTarget"; segmentId: string; departmentId: string; signedOff: number; target: number };

export type CoverageAnalysis = {
  segments: SegmentCoverageReport[];
  /** What needs attention, in the order of `segments`: orphan, overlap, then each department's flags. */
  flags: CoverageFlag[];
  totals: ReadinessCounts & { target: number; gap: number };
};

type Tally = ReadinessCounts & { dates: Date[]; undated: number; readyNow: number };
const emptyTally = (): Tally => ({
  staff: 0,
  signedOff: 0,
  lapsed: 0,
  readyForReview: 0,
  onboarding: 0,
  dates: [],
  undated: 0,
  readyNow: 0,
});

function add(t: Tally, p: CoveragePersonInput) {
  t.staff += 1;
  if (p.status === "SIGNED_OFF") t.signedOff += 1;
  else if (p.status === "READY_FOR_REVIEW") t.readyForReview += 1;
  else {
    if (p.status === "LAPSED") t.lapsed += 1;
    else t.onboarding += 1;
    if (p.expectedReadyAt) t.dates.push(p.expectedReadyAt);
    else t.undated += 1;
  }
}

const counts = (t: Tally): ReadinessCounts => ({
  staff: t.staff,
  signedOff: t.signedOff,
  lapsed: t.lapsed,
  readyForReview: t.readyForReview,
  onboarding: t.onboarding,
});
const byTime = (a: Date, b: Date) => a.getTime() - b.getTime();

function outlook(t: Tally): ReadyOutlook {
  const sorted = [...t.dates].sort(byTime);
  return { nextReadyAt: sorted[0] ?? null, lastReadyAt: sorted.at(-1) ?? null, undated: t.undated };
}

function gapClosesAt(t: Tally, gap: number, asOf: Date): Date | null {
  if (gap === 0) return null;
  const arrivals = [
    ...Array.from({ length: t.readyForReview }, () => asOf),
    ...t.dates.map((d) => (d < asOf ? asOf : d)),
  ].sort(byTime);
  return arrivals[gap - 1] ?? null;
}

/** Best-customer segments with a gap first (higher priority first), then other gaps, then covered segments. */
function compareSegments(a: SegmentCoverageReport, b: SegmentCoverageReport): number {
  const group = (s: SegmentCoverageReport) => (!s.hasGap ? 2 : s.bestCustomerPriority > 0 ? 0 : 1);
  return (
    group(a) - group(b) ||
    b.bestCustomerPriority - a.bestCustomerPriority ||
    Number(b.orphan) - Number(a.orphan) ||
    b.gap - a.gap ||
    a.name.localeCompare(b.name)
  );
}

/**
 * Coverage of every active customer segment: which departments serve it, signed-off people against the
 * target headcount, who is on the way and when, and the flags the domain names (orphans, overlaps,
 * departments without a head or below target). Archived segments and departments count for nothing.
 */
export function analyzeCoverage(input: {
  segments: readonly CoverageSegmentInput[];
  departments: readonly CoverageDepartmentInput[];
  people: readonly CoveragePersonInput[];
  asOf: Date;
}): CoverageAnalysis {
  const tallies = new Map<string, Tally>();
  for (const p of input.people) {
    const t = tallies.get(p.departmentId) ?? emptyTally();
    add(t, p);
    tallies.set(p.departmentId, t);
  }
  const departmentsById = new Map(input.departments.map((d) => [d.id, d]));
  const segmentsById = new Map(input.segments.map((s) => [s.id, s]));

  const reports = segmentCoverage([...input.segments], [...input.departments]).map(
    (sc): SegmentCoverageReport => {
      const segment = segmentsById.get(sc.segmentId)!;
      const total = emptyTally();
      const departments = sc.departmentIds
        .map((id): DepartmentCoverage => {
          const d = departmentsById.get(id)!;
          const t = tallies.get(id) ?? emptyTally();
          for (const key of [
            "staff",
            "signedOff",
            "lapsed",
            "readyForReview",
            "onboarding",
            "undated",
          ] as const)
            total[key] += t[key];
          total.dates.push(...t.dates);
          const gap = Math.max(0, d.targetHeadcount - t.signedOff);
          return {
            departmentId: d.id,
            name: d.name,
            hasHead: d.headId !== null,
            target: d.targetHeadcount,
            gap,
            belowTarget: gap > 0,
            ...counts(t),
            ...outlook(t),
          };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      const target = departments.reduce((s, d) => s + d.target, 0);
      const gap = Math.max(0, target - total.signedOff);
      return {
        segmentId: segment.id,
        name: segment.name,
        bestCustomerPriority: segment.bestCustomerPriority,
        bestCustomers: isBestCustomers(segment.bestCustomerPriority),
        departments,
        target,
        gap,
        orphan: sc.orphan,
        overlap: sc.overlap,
        hasGap: sc.orphan || gap > 0,
        gapClosesAt: gapClosesAt(total, gap, input.asOf),
        ...counts(total),
        ...outlook(total),
      };
    },
  );
  reports.sort(compareSegments);

  const flags: CoverageFlag[] = reports.flatMap((s) => [
    ...(s.orphan ? [{ kind: "orphanSegment" as const, segmentId: s.segmentId }] : []),
    ...(s.overlap
      ? [
          {
            kind: "overlap" as const,
            segmentId: s.segmentId,
            departmentIds: s.departments.map((d) => d.departmentId),
          },
        ]
      : []),
    ...s.departments.flatMap((d) => [
      ...(d.hasHead
        ? []
        : [{ kind: "noHead" as const, segmentId: s.segmentId, departmentId: d.departmentId }]),
      ...(d.belowTarget
        ? [
            {
              kind: "belowTarget" as const,
              segmentId: s.segmentId,
              departmentId: d.departmentId,
              signedOff: d.signedOff,
              target: d.target,
            },
          ]
        : []),
    ]),
  ]);

  const sum = (key: keyof ReadinessCounts | "target" | "gap") => reports.reduce((s, r) => s + r[key], 0);
  return {
    segments: reports,
    flags,
    totals: {
      staff: sum("staff"),
      signedOff: sum("signedOff"),
      lapsed: sum("lapsed"),
      readyForReview: sum("readyForReview"),
      onboarding: sum("onboarding"),
      target: sum("target"),
      gap: sum("gap"),
    },
  };
}
