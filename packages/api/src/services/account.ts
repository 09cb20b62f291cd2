import { writeAudit, type Db } from "@portal/db";
import { hashPassword, verifyPassword } from "@portal/auth/password";
import { beginAttempt, finishAttempt } from "@portal/auth/throttle";
import type { SessionUser } from "@portal/auth/session";
import type { ChangePasswordInput, Locale } from "@portal/validators";
import { passwordProblem } from "@portal/validators/password-strength";
import type { Actor } from "../actor";
import { AppError, badRequest, fieldIssue } from "../errors";

/**
 * The current-password check is throttled like a sign-in (same account counter), so a stolen session cannot
 * be used to guess the password faster than the sign-in page allows.
 */
export async function changePassword(
  db: Db,
  user: Actor & Pick<SessionUser, "email">,
  input: ChangePasswordInput,
  address: string | null = null,
) {
  const attempt = await beginAttempt(user.email, address, { db });
  if (attempt.blocked)
    throw new AppError("TOO_MANY_REQUESTS", "passwordAttemptsBlocked", {
      minutes: Math.ceil(attempt.retryAfterSeconds / 60),
    });
  const current = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { passwordHash: true, email: true, name: true },
  });
  const correct = await verifyPassword(current.passwordHash, input.currentPassword);
  await finishAttempt(attempt.attemptId, correct, db);
  if (!correct) throw badRequest("currentPasswordWrong");
  // The form checks this too, but only the server knows the e-mail and name for certain.
  const problem = passwordProblem(input.newPassword, current);
  if (problem) throw fieldIssue("newPassword", problem);
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    // Bumping sessionVersion signs out every other session; the caller signs in again with the new password.
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "user.changePassword",
      entityType: "User",
      entityId: user.id,
    });
    return { sessionVersion: updated.sessionVersion };
  });
}

/** The caller's own time zone (null: the company's), in which the portal shows them dates and times. */
export async function setTimeZone(db: Db, user: Actor, timeZone: string | null) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { timeZone: true } });
    await tx.user.update({ where: { id: user.id }, data: { timeZone } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "user.setTimeZone",
      entityType: "User",
      entityId: user.id,
      before: { timeZone: before.timeZone },
      after: { timeZone },
    });
    return { timeZone };
  });
}

export async function setLocale(db: Db, user: Actor & Pick<SessionUser, "locale">, locale: Locale) {
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { locale } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "user.setLocale",
      entityType: "User",
      entityId: user.id,
      before: { locale: user.locale },
      after: { locale },
    });
    return { locale };
  });
}
