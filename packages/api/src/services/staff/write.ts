/** Creating and moving staff (HR and ADMIN). Each mutation is one transaction with its audit events. */
import type { z } from "zod";
import { writeAudit, type Db } from "@portal/db";
import { generateOneTimePassword, hashPassword } from "@portal/auth/password";
import type { staffInput, staffUpdateData } from "@portal/validators";
import { notFound, rethrowUnique } from "../../errors";
import { staffScope } from "../../scopes";
import { checkPlacement, toDate, toIsoDate } from "./placement";
import { publicUserSelect, uniqueEmail } from "../users";
import { enrolByRules } from "../onboarding/enrol";
import { endSignOffsOnPlacementChange } from "../readiness/end-sign-offs";
import { enqueueStaffMove } from "../webhooks/events";
import type { Actor } from "../../actor";

const staffSelect = {
  id: true,
  userId: true,
  departmentId: true,
  positionId: true,
  startDate: true,
  status: true,
} as const;

/** One transaction: the STAFF user (with a one-time password, returned once) and their staff record. */
export async function createStaff(db: Db, actor: Actor, data: z.output<typeof staffInput>) {
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return db.$transaction(async (tx) => {
    await checkPlacement(tx, data.departmentId, data.positionId);
    const user = await tx.user
      .create({
        data: { email: data.email, name: data.name, role: "STAFF", passwordHash, mustChangePassword: true },
        select: publicUserSelect,
      })
      .catch((e) => rethrowUnique(e, uniqueEmail));
    const staff = await tx.staffMember.create({
      data: {
        userId: user.id,
        departmentId: data.departmentId,
        positionId: data.positionId,
        startDate: toDate(data.startDate),
        status: data.status,
      },
      select: staffSelect,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      after: user,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "staff.create",
      entityType: "StaffMember",
      entityId: staff.id,
      after: staff,
    });
    await enrolByRules(tx, [staff.id], { now: new Date(), actorId: actor.id, reason: "created" });
    return { staff, user, oneTimePassword };
  });
}

export async function updateStaff(db: Db, actor: Actor, id: string, data: z.output<typeof staffUpdateData>) {
  return db.$transaction(async (tx) => {
    const before = await tx.staffMember.findFirst({
      where: { AND: [{ id }, staffScope(actor)] },
      select: staffSelect,
    });
    if (!before) throw notFound("staffMemberNotFound");
    const unchanged =
      before.departmentId === data.departmentId &&
      before.positionId === data.positionId &&
      toIsoDate(before.startDate) === data.startDate &&
      before.status === data.status;
    if (unchanged) return before; // a retried save changes nothing
    await checkPlacement(tx, data.departmentId, data.positionId, before);
    const after = await tx.staffMember.update({
      where: { id },
      data: {
        departmentId: data.departmentId,
        positionId: data.positionId,
        startDate: toDate(data.startDate),
        status: data.status,
      },
      select: staffSelect,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "staff.update",
      entityType: "StaffMember",
      entityId: id,
      before,
      after,
    });
    await endSignOffsOnPlacementChange(tx, [{ staffMemberId: id, before, after }], actor.id);
    await enqueueStaffMove(tx, id, before, after);
    if (before.departmentId !== after.departmentId || before.positionId !== after.positionId) {
      await enrolByRules(tx, [id], { now: new Date(), actorId: actor.id, reason: "moved" });
    }
    return after;
  });
}
