import { writeAudit, type Db, type DbClient } from "@portal/db";
import { requirementKey } from "@portal/domain";
import type { NotificationContent, revokeSignOffInput, signOffInput } from "@portal/validators";
import type { z } from "zod";
import { badRequest, isUniqueViolation, notFound } from "../../errors";
import { lockStaffMember } from "../staff/expertise";
import { loadReadiness } from "./load";
import { enqueueWebhookEvent } from "../webhooks/events";
import type { Actor } from "../../actor";

/** Who may sign off someone in a department: its head, or an admin. Anyone else is told the person is not theirs. */
const signOffScope = (actor: Actor) => (actor.role === "ADMIN" ? {} : { department: { headId: actor.id } });

async function notify(tx: DbClient, userId: string, key: string, content: NotificationContent, link: string) {
  await tx.notification.createMany({
    data: [{ userId, kind: content.kind, params: content.params, link, dedupeKey: key }],
    skipDuplicates: true,
  });
}

/**
 * Sign a person off as ready for their position. Refused while a must-have or a required course is not met,
 * unless the head overrides with a reason. A retry (or a double click) while the sign-off holds returns it
 * unchanged; a sign-off that lapsed, or was for another position, is replaced. The person becomes ACTIVE.
 */
export async function signOff(db: Db, actor: Actor, input: z.output<typeof signOffInput>) {
  try {
    return await db.$transaction(async (tx) => {
      // One sign-off decision per person at a time: a concurrent retry waits here, then finds the sign-off in force.
      await lockStaffMember(tx, input.staffMemberId);
      const [person] = await loadReadiness(
        tx,
        { AND: [{ id: input.staffMemberId }, signOffScope(actor)] },
        new Date(),
      );
      if (!person) throw notFound("staffMemberNotFound");
      if (!person.staff.positionId) throw badRequest("signOffNeedsPosition");
      if (person.readiness.status === "SIGNED_OFF" && person.signOff)
        return { signOff: person.signOff, created: false };
      const override = !person.readiness.mustHavesMet;
      // The page lists what blocks; the refusal counts it (in the reader's language).
      if (override && !input.overrideReason)
        throw badRequest("signOffNotReady", { count: person.readiness.blockers.length });
      const now = new Date();
      const replaced = await tx.signOff.updateMany({
        where: { staffMemberId: person.staff.id, revokedAt: null },
        data: { revokedAt: now, revokedById: actor.id, revokeReason: "Replaced by a new sign-off." },
      });
      const created = await tx.signOff.create({
        data: {
          staffMemberId: person.staff.id,
          positionId: person.staff.positionId,
          profileId: person.profile?.id ?? null,
          requirementKeys: (person.profile?.requirements ?? []).map(requirementKey),
          comment: input.comment,
          override,
          overrideReason: override ? input.overrideReason! : null,
          percent: person.readiness.percent,
          signedOffById: actor.id,
          signedOffAt: now,
        },
        select: {
          id: true,
          positionId: true,
          requirementKeys: true,
          signedOffAt: true,
          override: true,
          overrideReason: true,
          comment: true,
          percent: true,
          signedOffBy: { select: { name: true } },
        },
      });
      if (person.staff.status === "ONBOARDING")
        await tx.staffMember.update({ where: { id: person.staff.id }, data: { status: "ACTIVE" } });
      await writeAudit(tx, {
        actorId: actor.id,
        action: override ? "readiness.signOff.override" : "readiness.signOff",
        entityType: "StaffMember",
        entityId: person.staff.id,
        before: {
          status: person.readiness.status,
          staffStatus: person.staff.status,
          replacedSignOffs: replaced.count,
        },
        after: {
          signOffId: created.id,
          percent: created.percent,
          override,
          overrideReason: created.overrideReason,
          blockers: person.readiness.blockers.length,
          staffStatus: "ACTIVE",
        },
      });
      await enqueueWebhookEvent(
        tx,
        "staff.signedOff",
        {
          signOffId: created.id,
          staffMemberId: person.staff.id,
          departmentId: person.staff.departmentId,
          positionId: created.positionId,
          signedOffAt: created.signedOffAt.toISOString(),
          percent: created.percent,
          override,
        },
        { occurredAt: now },
      );
      await notify(
        tx,
        person.staff.user.id,
        `signoff:${created.id}`,
        { kind: "readiness.signedOff", params: { position: person.staff.position?.title ?? null } },
        "/readiness/me",
      );
      return { signOff: created, created: true };
    });
  } catch (error) {
    // Two concurrent sign-offs of the same person: the partial unique index lets one through; the other
    // is the same request arriving twice, so it answers with the sign-off that holds.
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.signOff.findFirst({
      where: { staffMemberId: input.staffMemberId, revokedAt: null },
    });
    if (!existing) throw error;
    return { signOff: existing, created: false };
  }
}

/** Revoke a sign-off with a reason; the person goes back to ONBOARDING. Revoking twice changes nothing. */
export async function revokeSignOff(db: Db, actor: Actor, input: z.output<typeof revokeSignOffInput>) {
  return db.$transaction(async (tx) => {
    const found = await tx.signOff.findFirst({
      where: { id: input.signOffId, staffMember: signOffScope(actor) },
      select: {
        id: true,
        revokedAt: true,
        staffMember: { select: { id: true, status: true, userId: true } },
      },
    });
    if (!found) throw notFound("signOffNotFound");
    if (found.revokedAt) return { revoked: false };
    const now = new Date();
    // Conditional on still being in force, so two concurrent revocations record one.
    const { count } = await tx.signOff.updateMany({
      where: { id: found.id, revokedAt: null },
      data: { revokedAt: now, revokedById: actor.id, revokeReason: input.reason },
    });
    if (count === 0) return { revoked: false };
    if (found.staffMember.status === "ACTIVE")
      await tx.staffMember.update({ where: { id: found.staffMember.id }, data: { status: "ONBOARDING" } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "readiness.revoke",
      entityType: "StaffMember",
      entityId: found.staffMember.id,
      before: { signOffId: found.id, staffStatus: found.staffMember.status },
      after: {
        reason: input.reason,
        staffStatus: found.staffMember.status === "ACTIVE" ? "ONBOARDING" : found.staffMember.status,
      },
    });
    await notify(
      tx,
      found.staffMember.userId,
      `signoff-revoked:${found.id}`,
      { kind: "readiness.revoked", params: { reason: input.reason } },
      "/readiness/me",
    );
    return { revoked: true };
  });
}
