/** Who may do what with one application; shared by reads, scorecards, re-screening and hiring. */
import type { CandidateStage, DbClient } from "@portal/db";
import { notFound } from "../../errors";
import { applicationScope } from "../../scopes";
import type { Actor } from "../../actor";

/** Stages an application can still change in; HIRED, REJECTED and WITHDRAWN are final. */
export const closedStages: readonly CandidateStage[] = ["HIRED", "REJECTED", "WITHDRAWN"];

/** HR and ADMIN may rate from SCREENING (phone screens); a head from INTERVIEW, both until the offer. */
export function canRate(actor: Actor, stage: CandidateStage): boolean {
  if (actor.role === "ADMIN" || actor.role === "HR")
    return stage === "SCREENING" || stage === "INTERVIEW" || stage === "OFFER";
  if (actor.role === "HEAD") return stage === "INTERVIEW" || stage === "OFFER";
  return false;
}

export const isHr = (actor: Actor) => actor.role === "ADMIN" || actor.role === "HR";

/**
 * The application if the caller may see it (applicationScope: a head only their department's positions from
 * INTERVIEW on), else NOT_FOUND, so an id outside the scope reveals nothing.
 */
export async function findScopedApplication(tx: DbClient, actor: Actor, applicationId: string) {
  const app = await tx.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationScope(actor)] },
    select: {
      id: true,
      stage: true,
      positionId: true,
      profileId: true,
      candidateId: true,
      hiredStaffMemberId: true,
    },
  });
  if (!app) throw notFound("applicationNotFound");
  return app;
}

/** Serialize writes on one application (scorecard submit, re-screen, hire) so concurrent ones see each other. */
export const lockApplication = (tx: DbClient, id: string) =>
  tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${id} FOR UPDATE`;
