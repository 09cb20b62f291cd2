/**
 * Interview scorecards: each interviewer keeps one draft per application and submits it once; a submitted
 * scorecard is final. Ratings must belong to the profile version the application is screened against.
 */
import type { z } from "zod";
import { writeAudit, type Db, type DbClient } from "@portal/db";
import type { scorecardSaveInput } from "@portal/validators";
import { badRequest, conflict, forbidden } from "../../errors";
import { canRate, findScopedApplication, lockApplication } from "./applications-access";
import { refreshStoredFit } from "./fit-store";
import type { Actor } from "../../actor";

const submittedFinal = () => conflict("scorecardFinal");

/** The application the caller may rate now, with its screened requirements; refusals say why. */
async function rateableApplication(tx: DbClient, actor: Actor, applicationId: string) {
  const found = await findScopedApplication(tx, actor, applicationId);
  await lockApplication(tx, found.id);
  const app = await tx.application.findUniqueOrThrow({
    where: { id: found.id },
    select: {
      id: true,
      stage: true,
      profile: {
        select: {
          requirements: {
            orderBy: { sortOrder: "asc" },
            select: {
              id: true,
              kind: true,
              segmentId: true,
              criterion: true,
              certification: true,
              language: true,
              years: true,
              sortOrder: true,
              segment: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  if (!canRate(actor, app.stage))
    throw forbidden(actor.role === "HEAD" ? "scorecardHeadStage" : "scorecardStage");
  return app;
}

type RequirementRow = {
  sortOrder: number;
  criterion: string | null;
  certification: string | null;
  language: string | null;
  years: number | null;
  segment: { name: string } | null;
};
/**
 * How the unrated list names a requirement, in any language: its number on the form, and the criterion or
 * certification as written in the profile (data, not a sentence of ours).
 */
const requirementLabel = (r: RequirementRow) =>
  [`#${r.sortOrder + 1}`, r.criterion ?? r.certification].filter(Boolean).join(" ");

export async function saveScorecard(db: Db, actor: Actor, data: z.output<typeof scorecardSaveInput>) {
  return db.$transaction(async (tx) => {
    const app = await rateableApplication(tx, actor, data.applicationId);
    const allowed = new Set(app.profile.requirements.map((r) => r.id));
    const foreign = data.ratings.filter((r) => !allowed.has(r.requirementId));
    if (foreign.length > 0) throw badRequest("scorecardForeignRequirements");
    const existing = await tx.scorecard.findUnique({
      where: { applicationId_interviewerId: { applicationId: app.id, interviewerId: actor.id } },
      select: {
        id: true,
        summary: true,
        submittedAt: true,
        ratings: { select: { requirementId: true, rating: true, note: true } },
      },
    });
    if (existing?.submittedAt) throw submittedFinal();
    const key = (rs: { requirementId: string; rating: number; note: string }[]) =>
      JSON.stringify(
        [...rs]
          .sort((a, b) => a.requirementId.localeCompare(b.requirementId))
          .map((r) => [r.requirementId, r.rating, r.note]),
      );
    if (existing && existing.summary === data.summary && key(existing.ratings) === key(data.ratings))
      return { id: existing.id, changed: false }; // a retried save
    const scorecard = await tx.scorecard.upsert({
      where: { applicationId_interviewerId: { applicationId: app.id, interviewerId: actor.id } },
      create: { applicationId: app.id, interviewerId: actor.id, summary: data.summary },
      update: { summary: data.summary },
      select: { id: true },
    });
    await tx.scorecardRating.deleteMany({ where: { scorecardId: scorecard.id } });
    await tx.scorecardRating.createMany({
      data: data.ratings.map((r) => ({ scorecardId: scorecard.id, ...r })),
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "scorecard.save",
      entityType: "Scorecard",
      entityId: scorecard.id,
      before: existing ? { summary: existing.summary, ratings: existing.ratings } : undefined,
      after: { applicationId: app.id, summary: data.summary, ratings: data.ratings },
    });
    return { id: scorecard.id, changed: true };
  });
}

/** Submit the caller's draft once every requirement of the screened version is rated. A retry is a no-op. */
export async function submitScorecard(db: Db, actor: Actor, applicationId: string) {
  return db.$transaction(async (tx) => {
    const app = await rateableApplication(tx, actor, applicationId).catch(async (e: unknown) => {
      // Already submitted and the stage moved on: the retry still answers "submitted".
      const mine = await tx.scorecard.findUnique({
        where: { applicationId_interviewerId: { applicationId, interviewerId: actor.id } },
        select: { id: true, submittedAt: true },
      });
      if (mine?.submittedAt) return null;
      throw e;
    });
    const draft = await tx.scorecard.findUnique({
      where: { applicationId_interviewerId: { applicationId, interviewerId: actor.id } },
      select: { id: true, submittedAt: true, ratings: { select: { requirementId: true } } },
    });
    if (draft?.submittedAt) return { id: draft.id, submittedAt: draft.submittedAt, changed: false };
    if (!app) throw submittedFinal();
    if (!draft) throw badRequest("scorecardNoDraft");
    const rated = new Set(draft.ratings.map((r) => r.requirementId));
    const unrated = app.profile.requirements.filter((r) => !rated.has(r.id));
    if (unrated.length > 0)
      throw badRequest("scorecardUnrated", { requirements: unrated.map(requirementLabel).join("; ") });
    const submittedAt = new Date();
    await tx.scorecard.update({ where: { id: draft.id }, data: { submittedAt } });
    // Its ratings count from now on (a draft's never do, so saving one needs no refresh).
    await refreshStoredFit(tx, { applicationIds: [applicationId] });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "scorecard.submit",
      entityType: "Scorecard",
      entityId: draft.id,
      after: { applicationId, submittedAt },
    });
    return { id: draft.id, submittedAt, changed: true };
  });
}
