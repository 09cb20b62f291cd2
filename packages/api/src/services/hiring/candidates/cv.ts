/**
 * CV files, called by the web app's route handler (binary does not fit tRPC). The role and row scope checks
 * live here: HR/ADMIN upload and delete; HR/ADMIN and a head who can see the candidate download.
 */
import { writeAudit, type Db } from "@portal/db";
import { candidateCvMaxBytes } from "@portal/validators";
import { AppError, badRequest, forbidden, notFound } from "../../../errors";
import { candidateScope } from "../../../scopes";
import { contentDisposition, safeFileName, sniffCv } from "./cv-sniff";
import type { Actor } from "../../../actor";

const canManage = (actor: Actor) => actor.role === "ADMIN" || actor.role === "HR";

export { candidateCvMaxBytes };

async function scopedCandidate(db: Db, actor: Actor, candidateId: string) {
  const candidate = await db.candidate.findFirst({
    where: { AND: [{ id: candidateId }, candidateScope(actor)] },
    select: { id: true, anonymizedAt: true },
  });
  if (!candidate) throw notFound("candidateNotFound");
  return candidate;
}

export async function uploadCandidateCv(
  db: Db,
  actor: Actor,
  candidateId: string,
  file: { name: string; bytes: Uint8Array },
) {
  if (!canManage(actor)) throw forbidden();
  const candidate = await scopedCandidate(db, actor, candidateId);
  if (candidate.anonymizedAt) throw badRequest("candidateErasedNoCv");
  if (file.bytes.length === 0) throw badRequest("fileEmpty");
  if (file.bytes.length > candidateCvMaxBytes) throw new AppError("PAYLOAD_TOO_LARGE", "cvTooLarge");
  const kind = sniffCv(file.bytes);
  if (!kind) throw badRequest("cvType");
  const data = {
    fileName: safeFileName(file.name, kind),
    mimeType: kind.mimeType,
    size: file.bytes.length,
    content: new Uint8Array(file.bytes),
  };
  return db.$transaction(async (tx) => {
    const previous = await tx.candidateCv.findUnique({
      where: { candidateId },
      select: { fileName: true, mimeType: true, size: true, uploadedAt: true },
    });
    const saved = await tx.candidateCv.upsert({
      where: { candidateId },
      create: { candidateId, ...data },
      update: { ...data, uploadedAt: new Date() },
      select: { fileName: true, mimeType: true, size: true, uploadedAt: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "candidate.cv.upload",
      entityType: "Candidate",
      entityId: candidateId,
      before: previous,
      after: saved,
    });
    return saved;
  });
}

/** The file and the headers to send it with: always an attachment, never sniffed by the browser. */
export async function downloadCandidateCv(db: Db, actor: Actor, candidateId: string) {
  await scopedCandidate(db, actor, candidateId);
  const cv = await db.candidateCv.findUnique({ where: { candidateId } });
  if (!cv) throw notFound("cvNotFound");
  return {
    body: cv.content,
    headers: {
      "Content-Type": cv.mimeType,
      "Content-Length": String(cv.size),
      "Content-Disposition": contentDisposition(cv.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  };
}

export async function deleteCandidateCv(db: Db, actor: Actor, candidateId: string) {
  if (!canManage(actor)) throw forbidden();
  await scopedCandidate(db, actor, candidateId);
  return db.$transaction(async (tx) => {
    const cv = await tx.candidateCv.findUnique({
      where: { candidateId },
      select: { fileName: true, mimeType: true, size: true, uploadedAt: true },
    });
    if (!cv) return { deleted: false }; // already gone: a repeated delete is harmless
    await tx.candidateCv.delete({ where: { candidateId } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "candidate.cv.delete",
      entityType: "Candidate",
      entityId: candidateId,
      before: cv,
    });
    return { deleted: true };
  });
}
