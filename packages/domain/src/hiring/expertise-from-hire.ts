import { aggregateRatings, ratingToExpertiseLevel } from "./scorecards";

export type ExpertiseFromHire = {
  segmentId: string;
  level: number;
  /** ASSESSED: rated at interview; SELF: only declared by the candidate. */
  source: "ASSESSED" | "SELF";
  evidence: string;
  assessedById: string | null;
};

/** Assessed levels per segment from the submitted scorecards (highest if several requirements name one), then declared ones. */
export function expertiseFromApplication(
  /** Who hires: they confirm a level several interviewers rated together. */
  hiredById: string,
  requirements: { id: string; segmentId: string | null }[],
  scorecards: {
    id: string;
    interviewer: { id: string; name: string };
    ratings: { requirementId: string; rating: number }[];
  }[],
  declared: { segmentId: string; level: number }[],
): ExpertiseFromHire[] {
  const aggregates = aggregateRatings(scorecards.flatMap((s) => s.ratings));
  const bySegment = new Map<string, ExpertiseFromHire>();
  for (const r of requirements) {
    const agg = r.segmentId ? aggregates.get(r.id) : undefined;
    if (!r.segmentId || !agg) continue;
    const level = ratingToExpertiseLevel(agg.median);
    if ((bySegment.get(r.segmentId)?.level ?? -1) >= level) continue;
    const raters = scorecards.filter((s) => s.ratings.some((x) => x.requirementId === r.id));
    bySegment.set(r.segmentId, {
      segmentId: r.segmentId,
      level,
      source: "ASSESSED",
      evidence: `Hiring interview scorecards by ${raters.map((s) => s.interviewer.name).join(", ")}: median rating ${agg.median} of ${agg.count}`,
      // One interviewer assessed it; with several, the person who hired confirms their joint judgement.
      assessedById: raters.length === 1 ? raters[0]!.interviewer.id : hiredById,
    });
  }
  for (const d of declared) {
    if (bySegment.has(d.segmentId) || d.level <= 0) continue;
    bySegment.set(d.segmentId, {
      segmentId: d.segmentId,
      level: d.level,
      source: "SELF",
      evidence: "Declared by the candidate when applying (not assessed at interview)",
      assessedById: null,
    });
  }
  return [...bySegment.values()];
}
