import { randomBytes } from "node:crypto";
import { writeAudit, type DbClient } from "@portal/db";
import { addMonths, trainingExpertiseLevel } from "@portal/domain";
import { lockStaffMember, recordExpertise } from "../staff/expertise";
import { enqueueWebhookEvent } from "../webhooks/events";

/** Codes people read aloud and type: no 0/O or 1/I. */
const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export function verificationCode(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
  return `CERT-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * After an item is completed: when every item of the learner's version is done, the course is passed once —
 * the enrolment records it, a certificate is issued, and an expertise outcome raises (never lowers) the
 * learner's level with the certificate as evidence. All in the caller's transaction; a second call does nothing.
 */
export async function passCourseIfComplete(tx: DbClient, enrolmentId: string, actorId: string, now: Date) {
  const enrolment = await tx.enrolment.findUniqueOrThrow({
    where: { id: enrolmentId },
    include: {
      version: { select: { id: true, outcomeSegmentId: true, outcomeLevel: true } },
      course: { select: { title: true } },
    },
  });
  const [itemsTotal, itemsDone] = await Promise.all([
    tx.courseItem.count({ where: { module: { versionId: enrolment.versionId } } }),
    tx.itemProgress.count({ where: { enrolmentId } }),
  ]);
  if (itemsTotal === 0 || itemsDone < itemsTotal) return null;
  // Claim the pass: only the first of two concurrent completions gets count 1.
  const { count } = await tx.enrolment.updateMany({
    where: { id: enrolmentId, passedAt: null },
    data: { passedAt: now },
  });
  if (count !== 1) return null;

  const code = verificationCode();
  const { outcomeSegmentId, outcomeLevel } = enrolment.version;
  let granted: { segmentId: string; level: number } | null = null;
  if (outcomeSegmentId && outcomeLevel) {
    await lockStaffMember(tx, enrolment.staffMemberId);
    const current = await tx.expertise.findUnique({
      where: {
        staffMemberId_segmentId: { staffMemberId: enrolment.staffMemberId, segmentId: outcomeSegmentId },
      },
    });
    const level = trainingExpertiseLevel(current?.level ?? null, outcomeLevel);
    if (level !== null) {
      await recordExpertise(
        tx,
        actorId,
        {
          staffMemberId: enrolment.staffMemberId,
          segmentId: outcomeSegmentId,
          level,
          source: "TRAINING",
          evidence: `Certificate ${code}: ${enrolment.course.title}`,
          assessedById: null,
        },
        current,
      );
      granted = { segmentId: outcomeSegmentId, level };
    }
  }
  const certificate = await tx.certificate.create({
    data: {
      enrolmentId,
      versionId: enrolment.versionId,
      verificationCode: code,
      issuedAt: now,
      expiresAt: enrolment.recertifyMonths ? addMonths(now, enrolment.recertifyMonths) : null,
      grantedSegmentId: granted?.segmentId ?? null,
      grantedLevel: granted?.level ?? null,
    },
  });
  await enqueueWebhookEvent(
    tx,
    "certificate.issued",
    {
      certificateId: certificate.id,
      staffMemberId: enrolment.staffMemberId,
      courseId: enrolment.courseId,
      course: enrolment.course.title,
      verificationCode: code,
      issuedAt: now.toISOString(),
      expiresAt: certificate.expiresAt?.toISOString() ?? null,
    },
    { occurredAt: now },
  );
  await writeAudit(tx, {
    actorId,
    action: "course.pass",
    entityType: "StaffMember",
    entityId: enrolment.staffMemberId,
    after: { courseId: enrolment.courseId, certificateId: certificate.id, verificationCode: code, granted },
  });
  return certificate;
}
