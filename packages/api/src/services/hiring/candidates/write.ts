/**
 * Creating, editing and applying candidates (HR and ADMIN). Each mutation is one transaction with its audit
 * events; a retried submission changes nothing the second time.
 */
import type { z } from "zod";
import { Prisma, writeAudit, type Db, type DbClient } from "@portal/db";
import type { candidateApplyInput, candidateData, candidateInput, candidateUpdate } from "@portal/validators";
import { AppError, badRequest, notFound } from "../../../errors";
import { candidateScope } from "../../../scopes";
import { ensureCurrentProfile } from "../current-profile";
import { refreshStoredFit } from "../fit-store";
import type { Actor } from "../../../actor";

type Data = ReturnType<typeof candidateData.parse>;

/** What audit before/after records of a candidate: the facts, not the CV bytes. */
export const candidateAuditSelect = {
  id: true,
  name: true,
  email: true,
  phone: true,
  customerFacingYears: true,
  source: true,
  notes: true,
  languages: { orderBy: { language: "asc" }, select: { language: true, cefr: true } },
  certifications: { orderBy: [{ name: "asc" }, { id: "asc" }], select: { name: true, expiresAt: true } },
  expertise: { orderBy: { segmentId: "asc" }, select: { segmentId: true, level: true } },
} satisfies Prisma.CandidateSelect;
export type CandidateSnapshot = Prisma.CandidateGetPayload<{ select: typeof candidateAuditSelect }>;

export const toDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** A field error on `email` naming who already has it; the form offers to open that candidate. */
export function duplicateEmail(existing: { name: string }) {
  const key = "candidateEmailTaken";
  return new AppError(
    "CONFLICT",
    key,
    { name: existing.name },
    { issues: [{ path: ["email"], message: `errors.${key}` }] },
  );
}

async function refuseDuplicateEmail(tx: DbClient, email: string, exceptId?: string) {
  const existing = await tx.candidate.findUnique({ where: { email }, select: { id: true, name: true } });
  if (existing && existing.id !== exceptId) throw duplicateEmail(existing);
}

/** Segments must exist and be in use; names and levels are stored as declared. */
async function checkSegments(tx: DbClient, data: Data) {
  const ids = data.expertise.map((e) => e.segmentId);
  if (ids.length === 0) return;
  const segments = await tx.customerSegment.findMany({
    where: { id: { in: ids } },
    select: { id: true, archived: true },
  });
  if (segments.length !== ids.length) throw badRequest("expertiseSegmentMissing");
  if (segments.some((s) => s.archived)) throw badRequest("expertiseSegmentArchived");
}

const nested = (data: Data) => ({
  languages: { createMany: { data: data.languages } },
  expertise: { createMany: { data: data.expertise } },
  certifications: {
    createMany: { data: data.certifications.map((c) => ({ name: c.name, expiresAt: toDate(c.expiresAt) })) },
  },
});
const scalars = (data: Data) => ({
  name: data.name,
  email: data.email,
  phone: data.phone,
  customerFacingYears: data.customerFacingYears,
  source: data.source,
  notes: data.notes,
});

/**
 * Puts a candidate into a position's pipeline at APPLIED against its current profile; the same twice is harmless.
 * The caller stores the new application's fit (refreshStoredFit) after its last write, so an import does it once.
 */
export async function addToPipeline(
  tx: DbClient,
  actor: Actor,
  candidateId: string,
  positionId: string,
  profileId?: string,
) {
  const existing = await tx.application.findUnique({
    where: { candidateId_positionId: { candidateId, positionId } },
  });
  if (existing) return { application: existing, created: false };
  const profile = profileId ?? (await ensureCurrentProfile(tx, positionId, actor.id)).id;
  const application = await tx.application.create({
    data: {
      candidateId,
      positionId,
      profileId: profile,
      stage: "APPLIED",
      stageChanges: { create: { fromStage: null, toStage: "APPLIED", actorId: actor.id } },
    },
  });
  await writeAudit(tx, {
    actorId: actor.id,
    action: "candidate.apply",
    entityType: "Application",
    entityId: application.id,
    after: application,
  });
  return { application, created: true };
}

/** Open positions only: an archived position (or department) takes no new candidates. */
export async function checkOpenPosition(tx: DbClient, positionId: string) {
  const position = await tx.position.findUnique({
    where: { id: positionId },
    select: { archived: true, title: true, department: { select: { archived: true } } },
  });
  if (!position) throw badRequest("positionMissing");
  if (position.archived || position.department.archived)
    throw badRequest("positionArchivedNoCandidates", { title: position.title });
  return position;
}

export async function createCandidate(db: Db, actor: Actor, input: z.output<typeof candidateInput>) {
  const { positionId, ...data } = input;
  return db.$transaction(async (tx) => {
    await refuseDuplicateEmail(tx, data.email);
    await checkSegments(tx, data);
    if (positionId) await checkOpenPosition(tx, positionId);
    const created = await tx.candidate
      .create({ data: { ...scalars(data), ...nested(data) }, select: candidateAuditSelect })
      .catch((e: unknown) => rethrowDuplicate(e, data.email));
    await writeAudit(tx, {
      actorId: actor.id,
      action: "candidate.create",
      entityType: "Candidate",
      entityId: created.id,
      after: created,
    });
    const application = positionId
      ? (await addToPipeline(tx, actor, created.id, positionId)).application
      : null;
    if (application) await refreshStoredFit(tx, { applicationIds: [application.id] });
    return { candidate: created, applicationId: application?.id ?? null };
  });
}

function rethrowDuplicate(e: unknown, email: string): never {
  // Someone took the email between our check and the insert; the transaction is aborted, so no lookup.
  if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002")
    throw duplicateEmail({ name: email });
  throw e;
}

const sameSnapshot = (a: CandidateSnapshot, b: CandidateSnapshot) => JSON.stringify(a) === JSON.stringify(b);

export async function updateCandidate(db: Db, actor: Actor, input: z.output<typeof candidateUpdate>) {
  const id = input.id;
  const data = input.data;
  return db.$transaction(async (tx) => {
    const found = await tx.candidate.findFirst({
      where: { AND: [{ id }, candidateScope(actor)] },
      select: { anonymizedAt: true },
    });
    if (!found) throw notFound("candidateNotFound");
    if (found.anonymizedAt) throw badRequest("candidateErasedNoEdit");
    await refuseDuplicateEmail(tx, data.email, id);
    await checkSegments(tx, data);
    const before = await tx.candidate.findUniqueOrThrow({ where: { id }, select: candidateAuditSelect });
    await tx.candidateLanguage.deleteMany({ where: { candidateId: id } });
    await tx.candidateExpertise.deleteMany({ where: { candidateId: id } });
    await tx.candidateCertification.deleteMany({ where: { candidateId: id } });
    const after = await tx.candidate
      .update({ where: { id }, data: { ...scalars(data), ...nested(data) }, select: candidateAuditSelect })
      .catch((e: unknown) => rethrowDuplicate(e, data.email));
    await refreshStoredFit(tx, { candidateIds: [id] });
    // A retried save rewrote the same rows: no audit event for a change that did not happen.
    if (!sameSnapshot(before, after))
      await writeAudit(tx, {
        actorId: actor.id,
        action: "candidate.update",
        entityType: "Candidate",
        entityId: id,
        before,
        after,
      });
    return after;
  });
}

export async function applyCandidate(db: Db, actor: Actor, input: z.output<typeof candidateApplyInput>) {
  const { candidateId, positionId } = input;
  return db.$transaction(async (tx) => {
    const candidate = await tx.candidate.findFirst({
      where: { AND: [{ id: candidateId }, candidateScope(actor)] },
      select: { id: true, anonymizedAt: true },
    });
    if (!candidate) throw notFound("candidateNotFound");
    if (candidate.anonymizedAt) throw badRequest("candidateErasedNoApply");
    const existing = await tx.application.findUnique({
      where: { candidateId_positionId: { candidateId, positionId } },
    });
    if (existing) return { application: existing, created: false };
    await checkOpenPosition(tx, positionId);
    const added = await addToPipeline(tx, actor, candidateId, positionId);
    if (added.created) await refreshStoredFit(tx, { applicationIds: [added.application.id] });
    return added;
  });
}
