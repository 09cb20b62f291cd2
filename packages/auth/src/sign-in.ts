import { prisma, type Db } from "@portal/db";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { beginAttempt, emailKey, finishAttempt } from "./throttle";

export type CheckedUser = { id: string; email: string; name: string; role: string; sessionVersion: number };
export type SignInResult =
  | { ok: true; user: CheckedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** One line per refused sign-in, no stack: the hashed account key (never the typed email), where from, why. */
function logRefused(email: string, address: string | null, reason: string) {
  console.warn(
    `sign-in refused: ${reason} account=${emailKey(email).slice(0, 12)} address=${address ?? "unknown"}`,
  );
}

/**
 * Check a password under the throttle: the attempt is admitted and recorded atomically before the (capped)
 * argon2 verification, so parallel guesses count against each other. An unknown email costs the same time.
 */
export async function checkCredentials(
  { email, password, address }: { email: string; password: string; address: string | null },
  db: Db = prisma,
): Promise<SignInResult> {
  const attempt = await beginAttempt(email, address, { db });
  if (attempt.blocked) {
    logRefused(email, address, `throttled retry-after=${attempt.retryAfterSeconds}s`);
    return { ok: false, reason: "throttled", retryAfterSeconds: attempt.retryAfterSeconds };
  }
  const user = await db.user.findUnique({ where: { email } });
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  const accepted = ok && !!user && user.active;
  await finishAttempt(attempt.attemptId, accepted, db);
  if (!accepted || !user) {
    logRefused(email, address, "invalid");
    return { ok: false, reason: "invalid" };
  }
  const { id, name, role, sessionVersion } = user;
  return { ok: true, user: { id, email: user.email, name, role, sessionVersion } };
}
