/**
 * One application as its page shows it (explained fit, history, scorecards) and re-screening against the
 * position's latest profile version. Every read goes through applicationScope.
 */
import { writeAudit, type Db } from "@portal/db";
import { applicationFitInclude, scoreApplication } from "./fit";
import { explainRequirements } from "./applications-view";
import { canRate, closedStages, findScopedApplication, isHr, lockApplication } from "./applications-access";
import { ensureCurrentProfile } from "./current-profile";
import { refreshStoredFit } from "./fit-store";
import { conflict, notFound } from "../../errors";
import { applicationScope } from "../../scopes";
import type { Actor } from "../../actor";

const scorecardSelect = {
  id: true,
  summary: true,
  submittedAt: true,
  updatedAt: true,
  interviewer: { select: { id: true, name: true } },
  ratings: { select: { requirementId: true, rating: true, note: true } },
} as const;

export async function getApplication(db: Db, actor: Actor, applicationId: string, asOf = new Date()) {
  const app = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationScope(actor)] },
    include: {
      ...applicationFitInclude,
      candidate: { select: { ...applicationFitInclude.candidate.select, phone: true } },
      position: {
        select: {
          id: true,
          title: true,
          department: { select: { id: true, name: true, segment: { select: { id: true, name: true } } } },
        },
      },
      stageChanges: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          fromStage: true,
          toStage: true,
          reason: true,
          createdAt: true,
          actor: { select: { id: true, name: true } },
        },
      },
    },
  });
  if (!app) throw notFound("applicationNotFound");
  const segmentIds = [
    ...new Set(app.profile.requirements.map((r) => r.segmentId).filter((s): s is string => !!s)),
  ];
  const [segments, latest, scorecards] = await Promise.all([
    db.customerSegment.findMany({ where: { id: { in: segmentIds } }, select: { id: true, name: true } }),
    db.hiringProfile.findFirst({
      where: { positionId: app.positionId },
      orderBy: { version: "desc" },
      select: { version: true },
    }),
    // Submitted scorecards are shared; a draft only with its author.
    db.scorecard.findMany({
      where: { applicationId: app.id, OR: [{ submittedAt: { not: null } }, { interviewerId: actor.id }] },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: scorecardSelect,
    }),
  ]);
  const fit = scoreApplication(app, asOf);
  const requirements = explainRequirements(app, fit, new Map(segments.map((s) => [s.id, s.name])));
  const mine = scorecards.find((s) => s.interviewer.id === actor.id) ?? null;
  const latestVersion = latest?.version ?? app.profile.version;
  const open = !closedStages.includes(app.stage);
  return {
    id: app.id,
    stage: app.stage,
    rejectionReason: app.rejectionReason,
    stageChangedAt: app.stageChangedAt,
    createdAt: app.createdAt,
    hiredAt: app.hiredAt,
    hiredStaffMemberId: app.hiredStaffMemberId,
    candidate: {
      id: app.candidate.id,
      name: app.candidate.name,
      email: app.candidate.email,
      phone: app.candidate.phone,
      anonymized: app.candidate.anonymizedAt !== null,
    },
    position: { id: app.position.id, title: app.position.title },
    department: app.position.department,
    profile: {
      id: app.profile.id,
      version: app.profile.version,
      latestVersion,
      newerExists: latestVersion > app.profile.version,
    },
    fit: {
      score: fit.score,
      eligible: fit.eligible,
      missingMustHaves: requirements.filter((r) => r.mustHave && r.status !== "met").map((r) => r.id),
    },
    requirements,
    stageHistory: app.stageChanges,
    scorecards: scorecards.filter((s) => s.submittedAt !== null),
    myScorecard: mine,
    permissions: {
      rate: canRate(actor, app.stage) && !mine?.submittedAt,
      rescreen: isHr(actor) && open,
      hire: isHr(actor) && app.stage === "OFFER",
    },
  };
}
export type ApplicationDetail = Awaited<ReturnType<typeof getApplication>>;

/**
 * Screen the application against the position's latest profile version. Ratings of requirements that are not
 * in the new version stay stored but no longer count (the fit only looks up the new version's requirements).
 * A retry when already on the latest version changes nothing.
 */
export async function rescreenApplication(db: Db, actor: Actor, applicationId: string) {
  return db.$transaction(async (tx) => {
    const found = await findScopedApplication(tx, actor, applicationId);
    await lockApplication(tx, found.id);
    const app = await tx.application.findUniqueOrThrow({
      where: { id: found.id },
      select: { id: true, stage: true, positionId: true, profile: { select: { id: true, version: true } } },
    });
    if (closedStages.includes(app.stage)) throw conflict("applicationClosedNoRescreen");
    const latest = await ensureCurrentProfile(tx, app.positionId, actor.id);
    if (latest.id === app.profile.id) return { changed: false, version: app.profile.version };
    await tx.application.update({ where: { id: app.id }, data: { profileId: latest.id } });
    await refreshStoredFit(tx, { applicationIds: [app.id] });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "application.rescreen",
      entityType: "Application",
      entityId: app.id,
      before: { profileId: app.profile.id, version: app.profile.version },
      after: { profileId: latest.id, version: latest.version },
    });
    return { changed: true, version: latest.version };
  });
}
