import type { Readiness, ReadinessItem, ReadinessStatus } from "./readiness";

/** Who needs attention first: a lapsed sign-off, then people furthest from ready; signed-off people last. */
const statusRank: Record<ReadinessStatus, number> = {
  LAPSED: 0,
  NOT_STARTED: 1,
  IN_PROGRESS: 2,
  READY_FOR_REVIEW: 3,
  SIGNED_OFF: 4,
};

export const itemKey = (i: ReadinessItem) =>
  i.kind === "course" ? `course:${i.courseId}` : `requirement:${i.requirementId}`;

/** Rows of a team ordered by what blocks their readiness: status, then most blockers, then lowest percentage, then name. */
export function compareTeamRows<
  T extends {
    name: string;
    readiness: Pick<Readiness, "status" | "percent"> & { blockers: { length: number } };
  },
>(a: T, b: T): number {
  return (
    statusRank[a.readiness.status] - statusRank[b.readiness.status] ||
    b.readiness.blockers.length - a.readiness.blockers.length ||
    a.readiness.percent - b.readiness.percent ||
    a.name.localeCompare(b.name)
  );
}

export type DurationStats = { count: number; median: number | null; p90: number | null };

/** Median and 90th percentile (nearest rank) of durations, e.g. days from start to sign-off. */
export function durationStats(values: readonly number[]): DurationStats {
  if (values.length === 0) return { count: 0, median: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const p90 = sorted[Math.max(0, Math.ceil(0.9 * sorted.length) - 1)]!;
  return { count: sorted.length, median, p90 };
}
