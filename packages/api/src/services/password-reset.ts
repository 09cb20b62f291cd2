import { createHash, randomBytes } from "node:crypto";
import { writeAudit, type Db } from "@portal/db";
import { hashPassword } from "@portal/auth/password";
import { admitResetRequest, forgetOldResetRequests } from "@portal/auth/reset-throttle";
import type { PasswordResetInput, PasswordResetRequestInput } from "@portal/validators";
import { locales, type Locale } from "@portal/validators/locales";
import { passwordProblem } from "@portal/validators/password-strength";
import { createTranslator } from "use-intl/core";
import { AppError, fieldIssue } from "../errors";
import type { NotificationMailer } from "./notification-email";

/** How long a reset link works. */
export const RESET_LINK_MINUTES = 30;

/** What sending a reset mail needs: the notification mailer's sender, link base and catalogue (in-process). */
export type ResetMailer = Pick<NotificationMailer, "send" | "baseUrl" | "messages">;

/** Only this is stored: the SHA-256 of the token (the token itself is 32 random bytes and lives in the mail). */
export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type ResetLinkState = "valid" | "expired" | "used" | "unknown";

const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value);

type Options = { now?: Date; address?: string | null };

/**
 * "Forgot password". The answer is the same whether an account has the e-mail or not (and whether it is active):
 * the procedure returns nothing, and a throttled request is refused on the typed e-mail's hash alike for both.
 * For an active account a single-use token is made, its hash stored, and the link mailed in the account's language
 * in-process, so the raw token never reaches the database or a job queue. The mail is sent after the answer is
 * decided and not awaited, so the answer's timing does not tell whether a mail went out; a failed send is logged.
 * Without a mailer (SMTP_URL unset) no token is made and the server logs that mail is off.
 */
export async function requestPasswordReset(
  db: Db,
  input: PasswordResetRequestInput,
  mailer: ResetMailer | null,
  { now = new Date(), address = null }: Options = {},
): Promise<{ sending: Promise<void> | null }> {
  const admitted = await admitResetRequest(input.email, address, { now, db });
  if (admitted.blocked)
    throw new AppError("TOO_MANY_REQUESTS", "passwordResetThrottled", {
      minutes: Math.ceil(admitted.retryAfterSeconds / 60),
    });
  await forgetOldResetRequests(now, db);
  if (!mailer) {
    console.warn("password reset: mail is off (SMTP_URL is not set); no reset link was sent");
    return { sending: null };
  }
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, locale: true, active: true },
  });
  if (!user?.active) return { sending: null };
  const token = randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    // Expired and used links of the person are of no further use.
    await tx.passwordResetToken.deleteMany({
      where: { userId: user.id, OR: [{ expiresAt: { lt: now } }, { usedAt: { not: null } }] },
    });
    await tx.passwordResetToken.create({
      data: {
        userId: user.id,
        tokenHash: hashResetToken(token),
        createdAt: now,
        expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000),
      },
    });
    await writeAudit(tx, {
      actorId: null,
      action: "user.requestPasswordReset",
      entityType: "User",
      entityId: user.id,
      entityName: user.name,
    });
  });
  const sending = sendResetMail(mailer, user, token).catch((error: unknown) => {
    console.error(
      `password reset: the mail could not be sent: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  return { sending };
}

async function sendResetMail(
  mailer: ResetMailer,
  user: { email: string; name: string; locale: string },
  token: string,
) {
  const locale = isLocale(user.locale) ? user.locale : "en";
  const t = createTranslator({
    locale,
    messages: await mailer.messages(locale),
    namespace: "auth",
    onError: (error) => {
      throw error;
    },
  });
  // The catalogue is typed in the web app; here a key is checked at run time (onError above).
  const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  const url = new URL(`/reset-password?token=${token}`, mailer.baseUrl).toString();
  const text = [
    translate("resetMail.greeting", { name: user.name }),
    "",
    translate("resetMail.body", { minutes: RESET_LINK_MINUTES }),
    "",
    url,
    "",
    translate("resetMail.ignore"),
  ].join("\n");
  await mailer.send({ to: user.email, subject: translate("resetMail.subject"), text });
}

const linkRow = (db: Db, token: string) =>
  db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: {
      id: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { id: true, email: true, name: true, active: true } },
    },
  });

function stateOf(row: Awaited<ReturnType<typeof linkRow>>, now: Date): ResetLinkState {
  if (!row || !row.user.active) return "unknown";
  if (row.usedAt) return "used";
  if (row.expiresAt <= now) return "expired";
  return "valid";
}

/** What the reset page says about a link before the person types a new password. */
export async function resetLinkState(db: Db, token: string, now = new Date()): Promise<ResetLinkState> {
  return stateOf(await linkRow(db, token), now);
}

function refuseLink(state: Exclude<ResetLinkState, "valid">): never {
  throw new AppError(
    "BAD_REQUEST",
    state === "expired" ? "resetLinkExpired" : state === "used" ? "resetLinkUsed" : "resetLinkUnknown",
  );
}

/**
 * Set a new password from a reset link: the same rules as "change password", the token marked used, every other
 * open link of the person spent, every session ended (sessionVersion), and an audit event, in one transaction.
 * A refusal changes nothing. Two submissions of one link at once: the conditional update lets one through.
 */
export async function resetPassword(db: Db, input: PasswordResetInput, { now = new Date() }: Options = {}) {
  const row = await linkRow(db, input.token);
  const state = stateOf(row, now);
  if (state !== "valid" || !row) return refuseLink(state === "valid" ? "unknown" : state);
  const problem = passwordProblem(input.newPassword, row.user);
  if (problem) throw fieldIssue("newPassword", problem);
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    const spent = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) refuseLink("used");
    const changed = await tx.user.updateMany({
      where: { id: row.user.id, active: true },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    if (changed.count !== 1) refuseLink("unknown");
    await tx.passwordResetToken.updateMany({
      where: { userId: row.user.id, usedAt: null },
      data: { usedAt: now },
    });
    await writeAudit(tx, {
      actorId: row.user.id,
      action: "user.resetPasswordByEmail",
      entityType: "User",
      entityId: row.user.id,
      entityName: row.user.name,
    });
  });
}
