/**
 * Stage moves (HR and ADMIN). Each call is one transaction. The UPDATE only matches rows still in the stage
 * the mover saw (optimistic concurrency), so a stale board gets a conflict and changes nothing. A move to the
 * stage the application is already in changes nothing (a retried submission is harmless).
 */
import type { z } from "zod";
import { writeAudit, type Db, type DbClient } from "@portal/db";
import { checkStageMove, type StageMoveRefusal } from "@portal/domain";
import type { bulkRejectInput, stageMoveInput, CandidateStageValue } from "@portal/validators";
import { badRequest, conflict, notFound, type ErrorKey } from "../../../errors";
import { applicationScope } from "../../../scopes";
import type { Actor } from "../../../actor";

const refusalKey: Record<StageMoveRefusal, ErrorKey> = {
  useHire: "stageUseHire",
  hiredIsFinal: "stageHiredIsFinal",
  reasonRequired: "stageReasonRequired",
  backOneStep: "stageBackOneStep",
  reopenToPrevious: "stageReopenToPrevious",
};

const stale = (name: string, stage: CandidateStageValue) => conflict("stageMovedMeanwhile", { name, stage });

/** The open stage a closed application was closed from: the `fromStage` of the change that closed it. */
async function closedFrom(tx: DbClient, applicationId: string, stage: CandidateStageValue) {
  const last = await tx.stageChange.findFirst({
    where: { applicationId, toStage: stage },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { fromStage: true },
  });
  return last?.fromStage ?? null;
}

export async function moveApplication(
  db: Db,
  actor: Actor,
  input: z.output<typeof stageMoveInput>,
  now = new Date(),
) {
  const { applicationId, toStage, expectedStage, reason } = input;
  return db.$transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { AND: [{ id: applicationId }, applicationScope(actor)] },
      select: { id: true, stage: true, rejectionReason: true, candidate: { select: { name: true } } },
    });
    if (!app) throw notFound("applicationNotFound");
    if (app.stage === toStage) return { id: app.id, stage: app.stage, changed: false };
    if (app.stage !== expectedStage) throw stale(app.candidate.name, app.stage);
    const check = checkStageMove({
      from: app.stage,
      to: toStage,
      reason,
      closedFrom:
        app.stage === "REJECTED" || app.stage === "WITHDRAWN"
          ? await closedFrom(tx, app.id, app.stage)
          : null,
    });
    if (!check.ok) throw badRequest(refusalKey[check.refusal]);
    const rejectionReason = toStage === "REJECTED" ? reason : null;
    const updated = await tx.application.updateMany({
      where: { id: app.id, stage: expectedStage },
      data: { stage: toStage, stageChangedAt: now, rejectionReason },
    });
    if (updated.count !== 1) throw stale(app.candidate.name, app.stage);
    await tx.stageChange.create({
      data: {
        applicationId: app.id,
        fromStage: app.stage,
        toStage,
        reason: reason || null,
        actorId: actor.id,
        createdAt: now,
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "application.move",
      entityType: "Application",
      entityId: app.id,
      before: { stage: app.stage, rejectionReason: app.rejectionReason },
      after: { stage: toStage, rejectionReason, reason: reason || null },
    });
    return { id: app.id, stage: toStage, changed: true };
  });
}

/**
 * Rejects up to 500 applications with one reason, all or nothing: an unknown id, a hired candidate or a
 * concurrent move aborts the whole transaction. Applications already rejected are left as they are.
 */
export async function bulkReject(
  db: Db,
  actor: Actor,
  input: z.output<typeof bulkRejectInput>,
  now = new Date(),
) {
  const { applicationIds, reason } = input;
  const ids = [...new Set(applicationIds)];
  return db.$transaction(async (tx) => {
    const apps = await tx.application.findMany({
      where: { AND: [{ id: { in: ids } }, applicationScope(actor)] },
      select: { id: true, stage: true, rejectionReason: true, candidate: { select: { name: true } } },
    });
    if (apps.length !== ids.length)
      throw notFound("applicationsNotFound", { count: ids.length - apps.length });
    const toMove = apps.filter((a) => a.stage !== "REJECTED");
    for (const a of toMove) {
      const check = checkStageMove({ from: a.stage, to: "REJECTED", reason });
      if (!check.ok)
        throw badRequest("bulkRejectRefused", { name: a.candidate.name, refusal: check.refusal });
    }
    // One UPDATE per current stage, each guarded by that stage: a row moved meanwhile makes the count short.
    const byStage = new Map<CandidateStageValue, typeof toMove>();
    for (const a of toMove) byStage.set(a.stage, [...(byStage.get(a.stage) ?? []), a]);
    for (const [stage, group] of byStage) {
      const updated = await tx.application.updateMany({
        where: { id: { in: group.map((a) => a.id) }, stage },
        data: { stage: "REJECTED", stageChangedAt: now, rejectionReason: reason },
      });
      if (updated.count !== group.length) throw conflict("bulkRejectMovedMeanwhile");
    }
    await tx.stageChange.createMany({
      data: toMove.map((a) => ({
        applicationId: a.id,
        fromStage: a.stage,
        toStage: "REJECTED" as const,
        reason,
        actorId: actor.id,
        createdAt: now,
      })),
    });
    await tx.auditEvent.createMany({
      data: toMove.map((a) => ({
        actorId: actor.id,
        action: "application.move",
        entityType: "Application",
        entityId: a.id,
        before: { stage: a.stage, rejectionReason: a.rejectionReason },
        after: { stage: "REJECTED", rejectionReason: reason, reason, bulk: true },
      })),
    });
    return { rejected: toMove.length, alreadyRejected: apps.length - toMove.length };
  });
}
