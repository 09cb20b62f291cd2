/**
 * Pipeline stage rules. An application moves APPLIED -> SCREENING -> INTERVIEW -> OFFER -> HIRED, or ends
 * early in REJECTED (a reason is required) or WITHDRAWN. The rules (documented in the README, "Pipeline stages"):
 * - forward any number of steps between the open stages (APPLIED..OFFER);
 * - back exactly one step (a correction), never from or into a closed stage that way;
 * - REJECTED or WITHDRAWN from any open stage;
 * - a REJECTED/WITHDRAWN application may be reopened, only to the open stage it was closed from;
 * - HIRED is never a move target: hiring creates the staff member, so it has its own action;
 * - HIRED is final;
 * - moving to the stage the application is already in is a no-op (a retried move is harmless).
 */
export const pipelineStages = [
  "APPLIED",
  "SCREENING",
  "INTERVIEW",
  "OFFER",
  "HIRED",
  "REJECTED",
  "WITHDRAWN",
] as const;
export type PipelineStage = (typeof pipelineStages)[number];
const ordered: readonly PipelineStage[] = ["APPLIED", "SCREENING", "INTERVIEW", "OFFER", "HIRED"];

export const isOpenStage = (s: PipelineStage) =>
  s === "APPLIED" || s === "SCREENING" || s === "INTERVIEW" || s === "OFFER";
export const isClosedStage = (s: PipelineStage) => s === "REJECTED" || s === "WITHDRAWN";

export type StageMoveRefusal =
  | "useHire" // the target is HIRED
  | "hiredIsFinal" // the application is HIRED
  | "reasonRequired" // the target is REJECTED and no reason was given
  | "backOneStep" // backwards more than one step
  | "reopenToPrevious"; // reopening a closed application to another stage than the one it was closed from

export type StageMove = {
  from: PipelineStage;
  to: PipelineStage;
  /** For a closed application: the open stage it was closed from (from its stage history), if known. */
  closedFrom?: PipelineStage | null;
  reason?: string | null;
};

export type StageMoveCheck = { ok: true; noop: boolean } | { ok: false; refusal: StageMoveRefusal };

export function checkStageMove({ from, to, closedFrom, reason }: StageMove): StageMoveCheck {
  if (from === to) return { ok: true, noop: true };
  if (to === "HIRED") return { ok: false, refusal: "useHire" };
  if (from === "HIRED") return { ok: false, refusal: "hiredIsFinal" };
  if (to === "REJECTED" && !reason?.trim()) return { ok: false, refusal: "reasonRequired" };
  if (isClosedStage(from)) {
    if (isClosedStage(to)) return { ok: true, noop: false }; // e.g. a withdrawal recorded as a rejection
    return closedFrom === to ? { ok: true, noop: false } : { ok: false, refusal: "reopenToPrevious" };
  }
  if (isClosedStage(to)) return { ok: true, noop: false };
  const step = ordered.indexOf(to) - ordered.indexOf(from);
  return step >= -1 ? { ok: true, noop: false } : { ok: false, refusal: "backOneStep" };
}

/** The stages an application in `from` may be moved to (for "Move to…" menus), in pipeline order. */
export function allowedMoves(from: PipelineStage, closedFrom?: PipelineStage | null): PipelineStage[] {
  return pipelineStages.filter(
    (to) => to !== from && checkStageMove({ from, to, closedFrom, reason: "x" }).ok,
  );
}
