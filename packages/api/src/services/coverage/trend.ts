import type { Db } from "@portal/db";
import { lastWeeks, weekStartUtc } from "@portal/domain";
import type { CoverageOverview } from "./overview";
import { segmentScope } from "../../scopes";
import type { Actor } from "../../actor";

/**
 * Weekly coverage snapshots of the segments the actor may see, the last `weeks` weeks (a week without a
 * snapshot has no point). With `current` (the overview the page shows), this week's point is the overview's
 * own figures instead of the snapshot taken earlier in the week, so "latest" on the trend and the overview's
 * signed-off count are one figure from one function and never disagree.
 */
export async function coverageTrend(
  db: Db,
  actor: Actor,
  input: { weeks: number },
  now = new Date(),
  current?: CoverageOverview,
) {
  const weeks = lastWeeks(now, input.weeks);
  const segmentWhere = { archived: false, ...segmentScope(actor) };
  const [segments, snapshots] = await Promise.all([
    db.customerSegment.findMany({
      where: segmentWhere,
      select: { id: true, name: true, bestCustomerPriority: true },
      orderBy: { name: "asc" },
    }),
    db.coverageSnapshot.findMany({
      where: { weekOf: { gte: weeks[0] }, segment: segmentWhere },
      select: {
        weekOf: true,
        segmentId: true,
        departments: true,
        targetHeadcount: true,
        signedOff: true,
        readyForReview: true,
        onboarding: true,
        staff: true,
      },
      orderBy: { weekOf: "asc" },
    }),
  ]);
  const bySegment = new Map<string, typeof snapshots>();
  for (const s of snapshots) {
    const list = bySegment.get(s.segmentId);
    if (list) list.push(s);
    else bySegment.set(s.segmentId, [s]);
  }
  const thisWeek = weekStartUtc(current?.asOf ?? now);
  const live = new Map((current?.segments ?? []).map((s) => [s.segmentId, s]));
  return {
    weeks,
    segments: segments.map((s) => {
      const points = (bySegment.get(s.id) ?? []).map(({ segmentId: _segment, ...point }) => point);
      const overview = live.get(s.id);
      if (!overview)
        return { segmentId: s.id, name: s.name, bestCustomerPriority: s.bestCustomerPriority, points };
      const today = {
        weekOf: thisWeek,
        departments: overview.departments.length,
        targetHeadcount: overview.target,
        signedOff: overview.signedOff,
        readyForReview: overview.readyForReview,
        onboarding: overview.onboarding,
        staff: overview.staff,
      };
      return {
        segmentId: s.id,
        name: s.name,
        bestCustomerPriority: s.bestCustomerPriority,
        points: [...points.filter((p) => p.weekOf.getTime() !== thisWeek.getTime()), today],
      };
    }),
  };
}
export type CoverageTrend = Awaited<ReturnType<typeof coverageTrend>>;
