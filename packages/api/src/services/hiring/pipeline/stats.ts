/** Screening statistics of one position, computed from the stage history (StageChange rows). */
import type { Db } from "@portal/db";
import type { CandidateStageValue } from "@portal/validators";
import { applicationScope } from "../../../scopes";
import { visiblePosition } from "./position";
import type { Actor } from "../../../actor";

export const funnelStages = [
  "APPLIED",
  "SCREENING",
  "INTERVIEW",
  "OFFER",
  "HIRED",
] as const satisfies readonly CandidateStageValue[];
const timedStages = ["APPLIED", "SCREENING", "INTERVIEW", "OFFER"] as const;
const ordinal = (s: CandidateStageValue) => (funnelStages as readonly string[]).indexOf(s);

export type StatsApplication = {
  stage: CandidateStageValue;
  createdAt: Date;
  rejectionReason: string | null;
  anonymized: boolean;
  /** In chronological order. */
  changes: { fromStage: CandidateStageValue | null; toStage: CandidateStageValue; createdAt: Date }[];
};

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * - funnel: how many applications ever reached each stage. Reaching a later stage counts as having passed the
 *   earlier ones (a candidate moved straight from APPLIED to INTERVIEW has passed screening), and a candidate
 *   rejected from INTERVIEW reached INTERVIEW. REJECTED and WITHDRAWN count who ever got there.
 * - time in stage: the median of completed stays (entered, then left); the current stay is still open.
 * - time to hire: from the application's creation to its move to HIRED.
 */
export function computePipelineStats(apps: StatsApplication[]) {
  const reached = new Map<CandidateStageValue, number>();
  const stays = new Map<CandidateStageValue, number[]>(timedStages.map((s) => [s, []]));
  const toHire: number[] = [];
  const reasons = new Map<string, number>();
  for (const app of apps) {
    const seen = new Set<CandidateStageValue>([
      app.stage,
      ...app.changes.flatMap((c) => (c.fromStage ? [c.fromStage, c.toStage] : [c.toStage])),
    ]);
    const furthest = Math.max(0, ...[...seen].map(ordinal));
    for (const s of funnelStages) if (ordinal(s) <= furthest) reached.set(s, (reached.get(s) ?? 0) + 1);
    for (const s of ["REJECTED", "WITHDRAWN"] as const)
      if (seen.has(s)) reached.set(s, (reached.get(s) ?? 0) + 1);

    // The stay before the first recorded change started when the application was created.
    const first = app.changes[0];
    let current: { stage: CandidateStageValue | null; at: Date } = {
      stage: first ? first.fromStage : app.stage,
      at: app.createdAt,
    };
    for (const c of app.changes) {
      const list = current.stage ? stays.get(current.stage) : undefined;
      if (list && c.fromStage !== null) list.push(c.createdAt.getTime() - current.at.getTime());
      current = { stage: c.toStage, at: c.createdAt };
      if (c.toStage === "HIRED") toHire.push(c.createdAt.getTime() - app.createdAt.getTime());
    }
    if (app.stage === "REJECTED") {
      const reason = app.rejectionReason?.trim() || "—";
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  }
  return {
    total: apps.length,
    funnel: [...funnelStages, "REJECTED" as const, "WITHDRAWN" as const].map((stage) => ({
      stage,
      reached: reached.get(stage) ?? 0,
    })),
    medianStageMs: timedStages.map((stage) => ({
      stage,
      medianMs: median(stays.get(stage)!),
      count: stays.get(stage)!.length,
    })),
    medianTimeToHireMs: median(toHire),
    hires: toHire.length,
    rejectionReasons: [...reasons]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1)),
    anonymized: apps.filter((a) => a.anonymized).length,
  };
}

export async function pipelineStats(db: Db, actor: Actor, positionId: string) {
  const position = await visiblePosition(db, actor, positionId);
  const rows = await db.application.findMany({
    where: { AND: [applicationScope(actor), { positionId }] },
    select: {
      stage: true,
      createdAt: true,
      rejectionReason: true,
      candidate: { select: { anonymizedAt: true } },
      stageChanges: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { fromStage: true, toStage: true, createdAt: true },
      },
    },
  });
  const stats = computePipelineStats(
    rows.map((r) => ({
      stage: r.stage,
      createdAt: r.createdAt,
      rejectionReason: r.rejectionReason,
      anonymized: r.candidate.anonymizedAt !== null,
      changes: r.stageChanges,
    })),
  );
  return { position: { id: position.id, title: position.title }, ...stats };
}
