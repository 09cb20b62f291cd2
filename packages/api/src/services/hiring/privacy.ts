/**
 * Candidate data privacy: anonymization on request (erasure) and after a retention period for candidates
 * whose every application ended (rejected or withdrawn). The Candidate row, applications, stage history,
 * scorecard ratings, years of experience and declared expertise stay, so statistics keep counting them.
 * Interviewers' free text about the candidate (rating notes, scorecard summaries) is erased: it can hold
 * anything about the person. Audit rows record what was erased as counts, never the erased values.
 */
import { writeAudit, type Db, type DbClient, type Prisma } from "@portal/db";
import { redact } from "@portal/domain";
import type { z } from "zod";
import type { dueForRetentionQuery } from "@portal/validators";
import { badRequest, notFound } from "../../errors";
import { contains, pageArgs, toPage } from "../../pagination";
import { candidateScope } from "../../scopes";
import { keepStoredFitThroughErasure } from "./fit-store";
import type { Actor } from "../../actor";

export const RETENTION_KEY = "candidateRetentionMonths";
export const DEFAULT_RETENTION_MONTHS = 12;
export const ANONYMIZED_NAME = "Anonymized candidate";
const closedStages = ["REJECTED", "WITHDRAWN"] as const;

/** The retention period in force and the default, for the settings page. */
export const retentionSettings = async (db: DbClient) => ({
  months: await getRetentionMonths(db),
  defaultMonths: DEFAULT_RETENTION_MONTHS,
});

/** An admin runs the retention now: anonymizes every candidate due, audited as them. */
export async function runRetention(db: Db, actor: Actor) {
  const { count } = await anonymizeExpiredCandidates(db, new Date(), actor);
  return { count };
}

export async function getRetentionMonths(db: DbClient): Promise<number> {
  const row = await db.setting.findUnique({ where: { key: RETENTION_KEY } });
  const value = row?.value;
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 120
    ? value
    : DEFAULT_RETENTION_MONTHS;
}

export async function setRetentionMonths(db: Db, actor: Actor, months: number) {
  return db.$transaction(async (tx) => {
    const before = await getRetentionMonths(tx);
    const stored = await tx.setting.findUnique({ where: { key: RETENTION_KEY } });
    if (stored && before === months) return { months }; // a retried save changes nothing
    await tx.setting.upsert({
      where: { key: RETENTION_KEY },
      create: { key: RETENTION_KEY, value: months },
      update: { value: months },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "privacy.setRetention",
      entityType: "Setting",
      entityId: RETENTION_KEY,
      before: { months: before },
      after: { months },
    });
    return { months };
  });
}

/** `now` minus the retention period in calendar months (UTC). */
export function retentionCutoff(now: Date, months: number) {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/**
 * Due for anonymization: not yet anonymized, at least one application, and every application ended (rejected or
 * withdrawn) before the cutoff. An open or hired application keeps the candidate out.
 */
export const dueWhere = (cutoff: Date): Prisma.CandidateWhereInput => ({
  anonymizedAt: null,
  applications: { some: {}, every: { stage: { in: [...closedStages] }, stageChangedAt: { lt: cutoff } } },
});

type ErasureReason = "request" | "retention";

/** Earlier audit rows about the candidate, their applications and scorecards keep what happened, not who it was. */
async function redactAuditHistory(tx: DbClient, candidateId: string) {
  const applications = await tx.application.findMany({
    where: { candidateId },
    select: { id: true, scorecards: { select: { id: true } } },
  });
  const about = {
    OR: [
      { entityType: "Candidate", entityId: candidateId },
      { entityType: "Application", entityId: { in: applications.map((a) => a.id) } },
      {
        entityType: "Scorecard",
        entityId: { in: applications.flatMap((a) => a.scorecards.map((s) => s.id)) },
      },
    ],
  } satisfies Prisma.AuditEventWhereInput;
  // The name each event kept is the candidate's: it goes with the rest of their personal data.
  await tx.auditEvent.updateMany({
    where: { ...about, entityName: { not: ANONYMIZED_NAME } },
    data: { entityName: ANONYMIZED_NAME },
  });
  const events = await tx.auditEvent.findMany({
    where: about,
    select: { id: true, before: true, after: true },
  });
  let redacted = 0;
  for (const event of events) {
    const before = redact(event.before);
    const after = redact(event.after);
    if (!before.changed && !after.changed) continue;
    await tx.auditEvent.update({
      where: { id: event.id },
      data: {
        before: (before.value ?? undefined) as Prisma.InputJsonValue | undefined,
        after: (after.value ?? undefined) as Prisma.InputJsonValue | undefined,
      },
    });
    redacted++;
  }
  return redacted;
}

/**
 * Empties what interviewers wrote about the candidate, drafts included; the ratings themselves stay (they are
 * the statistics and the fit). Returns how many notes and summaries had text.
 */
async function eraseScorecardText(tx: DbClient, candidateId: string) {
  const ofCandidate = { application: { candidateId } };
  const notes = await tx.scorecardRating.updateMany({
    where: { scorecard: ofCandidate, note: { not: "" } },
    data: { note: "" },
  });
  const summaries = await tx.scorecard.updateMany({
    where: { ...ofCandidate, summary: { not: "" } },
    data: { summary: "" },
  });
  return { notes: notes.count, summaries: summaries.count };
}

/**
 * Erase one candidate's personal data, inside the caller's transaction. Idempotent: an anonymized candidate is
 * left as is (and no second audit row is written).
 */
export async function anonymizeCandidate(
  tx: DbClient,
  candidateId: string,
  actor: Pick<Actor, "id"> | null,
  reason: ErasureReason,
) {
  const candidate = await tx.candidate.findUnique({
    where: { id: candidateId },
    select: {
      id: true,
      anonymizedAt: true,
      cv: { select: { candidateId: true } },
    },
  });
  if (!candidate) throw notFound("candidateNotFound");
  if (candidate.anonymizedAt)
    return { candidateId, anonymized: false as const, anonymizedAt: candidate.anonymizedAt };
  const ofCandidate = { where: { candidateId } };
  const [languages, certifications, applications] = await Promise.all([
    tx.candidateLanguage.count(ofCandidate),
    tx.candidateCertification.count(ofCandidate),
    tx.application.count(ofCandidate),
  ]);
  const anonymizedAt = new Date();
  // Erasure removes languages and certifications, but the candidate keeps the fit they had (statistics, ranking).
  // Emptying rating notes fires the ratings trigger too, so it also happens inside, before the fit is kept.
  const scorecardText = await keepStoredFitThroughErasure(
    tx,
    candidateId,
    async () => {
      await tx.candidateLanguage.deleteMany({ where: { candidateId } });
      await tx.candidateCertification.deleteMany({ where: { candidateId } });
      await tx.candidateCv.deleteMany({ where: { candidateId } });
      await tx.candidate.update({
        where: { id: candidateId },
        data: { name: ANONYMIZED_NAME, email: null, phone: "", notes: "", source: "", anonymizedAt },
      });
      return eraseScorecardText(tx, candidateId);
    },
    anonymizedAt,
  );
  const redactedAuditRows = await redactAuditHistory(tx, candidateId);
  await writeAudit(tx, {
    actorId: actor?.id ?? null,
    action: "candidate.anonymize",
    entityType: "Candidate",
    entityId: candidateId,
    after: {
      reason,
      erased: ["name", "email", "phone", "notes", "source"],
      removed: {
        languages,
        certifications,
        cv: candidate.cv ? 1 : 0,
      },
      emptiedScorecardText: scorecardText,
      keptApplications: applications,
      redactedAuditRows,
    },
  });
  return { candidateId, anonymized: true as const, anonymizedAt };
}

const BATCH = 200;

/**
 * The retention run: anonymize every candidate due at `now`. Each candidate in its own short transaction that
 * re-checks the rule (an application may have been added meanwhile). Safe to run twice.
 */
export async function anonymizeExpiredCandidates(db: Db, now: Date, actor: Pick<Actor, "id"> | null = null) {
  const months = await getRetentionMonths(db);
  const cutoff = retentionCutoff(now, months);
  let count = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await db.candidate.findMany({
      where: { AND: [dueWhere(cutoff), after ? { id: { gt: after } } : {}] },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true },
    });
    for (const { id } of batch) {
      const done = await db.$transaction(async (tx) => {
        const still = await tx.candidate.findFirst({
          where: { AND: [{ id }, dueWhere(cutoff)] },
          select: { id: true },
        });
        if (!still) return false;
        return (await anonymizeCandidate(tx, id, actor, "retention")).anonymized;
      });
      if (done) count++;
    }
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1]!.id;
  }
  if (count > 0)
    await writeAudit(db, {
      actorId: actor?.id ?? null,
      action: "privacy.retentionRun",
      entityType: "Setting",
      entityId: RETENTION_KEY,
      after: { count, months, cutoff: cutoff.toISOString() },
    });
  return { count, months, cutoff };
}

type DueQuery = z.infer<typeof dueForRetentionQuery>;

/** What the next run would anonymize (HR/ADMIN only: names are personal data). */
export async function listDueForRetention(db: Db, actor: Actor, q: DueQuery, now = new Date()) {
  const months = await getRetentionMonths(db);
  const cutoff = retentionCutoff(now, months);
  const where: Prisma.CandidateWhereInput = {
    AND: [
      candidateScope(actor),
      dueWhere(cutoff),
      q.search ? { OR: [{ name: contains(q.search) }, { email: contains(q.search) }] } : {},
    ],
  };
  const [rows, total] = await db.$transaction([
    db.candidate.findMany({
      where,
      orderBy: [{ name: q.direction }, { id: "asc" }],
      ...pageArgs(q),
      select: {
        id: true,
        name: true,
        email: true,
        applications: {
          orderBy: { stageChangedAt: "desc" },
          select: { stage: true, stageChangedAt: true, position: { select: { title: true } } },
        },
      },
    }),
    db.candidate.count({ where }),
  ]);
  const items = rows.map(({ applications, ...c }) => ({
    ...c,
    lastChange: applications[0]?.stageChangedAt ?? null,
    applications: applications.map((a) => ({ stage: a.stage, position: a.position.title })),
  }));
  return { ...toPage(items, total, q), months, cutoff };
}

/** Candidates for the erasure form: by name or email, or the one preselected by id. */
export async function findCandidates(db: Db, actor: Actor, search: string, candidateId?: string) {
  const filter: Prisma.CandidateWhereInput = candidateId
    ? { id: candidateId }
    : search
      ? { OR: [{ name: contains(search) }, { email: contains(search) }] }
      : { id: { in: [] } };
  const found = await db.candidate.findMany({
    where: { AND: [candidateScope(actor), filter] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 10,
    select: { id: true, name: true, email: true, anonymizedAt: true },
  });
  const applications = await db.application.groupBy({
    by: ["candidateId"],
    where: { candidateId: { in: found.map((c) => c.id) } },
    _count: { _all: true },
  });
  const applicationsOf = new Map(applications.map((a) => [a.candidateId, a._count._all]));
  return found.map((c) => ({ ...c, _count: { applications: applicationsOf.get(c.id) ?? 0 } }));
}

const normalize = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/** Erasure on request: the typed name must match the candidate's (so the wrong person is not erased by a slip). */
export async function eraseCandidate(db: Db, actor: Actor, candidateId: string, confirmName: string) {
  return db.$transaction(async (tx) => {
    const candidate = await tx.candidate.findFirst({
      where: { AND: [{ id: candidateId }, candidateScope(actor)] },
      select: { name: true, anonymizedAt: true },
    });
    if (!candidate) throw notFound("candidateNotFound");
    if (candidate.anonymizedAt)
      return { candidateId, anonymized: false as const, anonymizedAt: candidate.anonymizedAt };
    if (normalize(confirmName) !== normalize(candidate.name)) {
      throw badRequest("erasureNameMismatch");
    }
    return anonymizeCandidate(tx, candidateId, actor, "request");
  });
}
