/**
 * Hiring turns an application at OFFER into a person: STAFF user (one-time password), staff record in the
 * position's department with status ONBOARDING, expertise from the interviews, the application marked HIRED.
 * All in one transaction: any failure (e.g. the email is taken) leaves nothing behind.
 *
 * Expertise: a segment rated at interview is recorded as ASSESSED (the level the median rating stands for,
 * evidence naming the scorecards). A segment the candidate only declared is recorded as SELF, because it is
 * the person's own statement, exactly like a self-assessment at hire; onboarding and readiness reviews replace it.
 *
 * Double submission: the first transaction claims the row with `UPDATE ... WHERE stage = 'OFFER'`; a concurrent
 * one waits on that row lock, finds no OFFER row any more and returns the person the first one created
 * (hiredStaffMemberId is unique as a second guard). Such a retry never issues a password.
 */
import type { z } from "zod";
import { writeAudit, type Db, type DbClient } from "@portal/db";
import { enqueueWebhookEvent } from "../webhooks/events";
import { generateOneTimePassword, hashPassword } from "@portal/auth/password";
import { expertiseFromApplication } from "@portal/domain";
import type { hireInput } from "@portal/validators";
import { conflict, rethrowUnique } from "../../errors";
import { recordExpertise } from "../staff/expertise";
import { checkPlacement, toDate } from "../staff/placement";
import { fieldError } from "../../errors";
import { publicUserSelect, uniqueEmail } from "../users";
import { findScopedApplication } from "./applications-access";
import { enrolByRules } from "../onboarding/enrol";
import type { Actor } from "../../actor";

const staffSelect = {
  id: true,
  userId: true,
  departmentId: true,
  positionId: true,
  startDate: true,
  status: true,
} as const;
type HiredStaff = {
  id: string;
  userId: string;
  departmentId: string;
  positionId: string | null;
  startDate: Date;
  status: string;
};

/**
 * Inside the hire transaction, after the staff member exists: enrol the new person in the courses their
 * department, position and segment require, so enrolment commits or rolls back with the hire.
 */
export async function afterHire(tx: DbClient, staffMember: HiredStaff, actorId: string): Promise<void> {
  await enrolByRules(tx, [staffMember.id], { now: new Date(), actorId, reason: "hired" });
}

async function existingHire(tx: DbClient, applicationId: string) {
  const app = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      hiredStaff: { select: { ...staffSelect, user: { select: { id: true, name: true, email: true } } } },
    },
  });
  if (!app.hiredStaff) throw conflict("hireNotAtOffer");
  const { user, ...staff } = app.hiredStaff;
  return { staff, user, oneTimePassword: null, alreadyHired: true };
}

export async function hireApplication(db: Db, actor: Actor, data: z.output<typeof hireInput>) {
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return db.$transaction(async (tx) => {
    const found = await findScopedApplication(tx, actor, data.applicationId);
    if (found.stage === "HIRED") return existingHire(tx, found.id);
    if (found.stage !== "OFFER") throw conflict("hireOnlyAtOffer");
    // Claim the application: a concurrent hire blocks here and then sees HIRED.
    const claimed = await tx.application.updateMany({
      where: { id: found.id, stage: "OFFER" },
      data: { stage: "HIRED", stageChangedAt: new Date(), hiredAt: new Date(), rejectionReason: null },
    });
    if (claimed.count === 0) return existingHire(tx, found.id);

    const app = await tx.application.findUniqueOrThrow({
      where: { id: found.id },
      select: {
        id: true,
        position: { select: { id: true, departmentId: true } },
        candidate: {
          select: {
            name: true,
            email: true,
            anonymizedAt: true,
            expertise: { select: { segmentId: true, level: true } },
          },
        },
        profile: {
          select: { requirements: { where: { kind: "EXPERTISE" }, select: { id: true, segmentId: true } } },
        },
        scorecards: {
          where: { submittedAt: { not: null } },
          select: {
            id: true,
            interviewer: { select: { id: true, name: true } },
            ratings: { select: { requirementId: true, rating: true } },
          },
        },
      },
    });
    if (app.candidate.anonymizedAt) throw conflict("candidateErasedNoHire");
    const email = data.email ?? app.candidate.email;
    if (!email) throw fieldError("email", "hireEmailRequired");
    if (await tx.user.findUnique({ where: { email }, select: { id: true } }))
      throw fieldError("email", "hireEmailTaken", { email });
    await checkPlacement(tx, app.position.departmentId, app.position.id);

    const user = await tx.user
      .create({
        data: { email, name: app.candidate.name, role: "STAFF", passwordHash, mustChangePassword: true },
        select: publicUserSelect,
      })
      .catch((e: unknown) => rethrowUnique(e, uniqueEmail));
    const staff = await tx.staffMember.create({
      data: {
        userId: user.id,
        departmentId: app.position.departmentId,
        positionId: app.position.id,
        startDate: toDate(data.startDate),
        status: "ONBOARDING",
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
    for (const e of expertiseFromApplication(
      actor.id,
      app.profile.requirements,
      app.scorecards,
      app.candidate.expertise,
    ))
      await recordExpertise(tx, actor.id, { staffMemberId: staff.id, ...e }, null);

    await tx.application.update({ where: { id: app.id }, data: { hiredStaffMemberId: staff.id } });
    await tx.stageChange.create({
      data: { applicationId: app.id, fromStage: "OFFER", toStage: "HIRED", actorId: actor.id },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "application.hire",
      entityType: "Application",
      entityId: app.id,
      before: { stage: "OFFER" },
      after: { stage: "HIRED", staffMemberId: staff.id, userId: user.id, startDate: data.startDate },
    });
    await afterHire(tx, staff, actor.id);
    await enqueueWebhookEvent(tx, "candidate.hired", {
      applicationId: app.id,
      staffMemberId: staff.id,
      userId: user.id,
      name: user.name,
      email: user.email,
      departmentId: staff.departmentId,
      positionId: staff.positionId,
      startDate: data.startDate,
    });
    return {
      staff,
      user: { id: user.id, name: user.name, email: user.email },
      oneTimePassword: oneTimePassword as string | null,
      alreadyHired: false,
    };
  });
}
