import type { Db } from "@portal/db";
import { lastWeeks } from "@portal/domain";
import { segmentScope } from "../../scopes";
import type { Actor } from "../../actor";

/** Weekly coverage snapshots of the segments the actor may see, the last `weeks` weeks (a week without a snapshot has no point). */
export async function coverageTrend(db: Db, actor: Actor, input: { weeks: number }, now = new Date()) {
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
  return {
    weeks,
    segments: segments.map((s) => ({
      segmentId: s.id,
      name: s.name,
      bestCustomerPriority: s.bestCustomerPriority,
      points: (bySegment.get(s.id) ?? []).map(({ segmentId: _segment, ...point }) => point),
    })),
  };
}
export type CoverageTrend = Awaited<ReturnType<typeof coverageTrend>>;
