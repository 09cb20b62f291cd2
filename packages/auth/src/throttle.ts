import { prisma, type DbClient } from "@portal/db";
import { createHash } from "node:crypto";
import { decideThrottle, THROTTLE, type ThrottleDecision } from "./throttle-policy";

/** Hash the email: the attempts table must not become a list of typed (possibly mistyped) addresses. */
export const emailKey = (email: string) =>
  createHash("sha256").update(email.trim().toLowerCase()).digest("hex");

export async function checkThrottle(
  email: string,
  ip: string,
  now = new Date(),
  db: DbClient = prisma,
): Promise<ThrottleDecision> {
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const failures = (where: { emailKey: string } | { ip: string }, take: number) =>
    db.loginAttempt.findMany({
      where: { ...where, succeeded: false, createdAt: { gte: since } },
      orderBy: { createdAt: "desc" },
      take,
      select: { createdAt: true },
    });
  const [account, byIp] = await Promise.all([
    failures({ emailKey: emailKey(email) }, THROTTLE.maxFailuresPerAccount),
    failures({ ip }, THROTTLE.maxFailuresPerIp),
  ]);
  const oldestFirst = (rows: { createdAt: Date }[]) => rows.map((r) => r.createdAt).reverse();
  return decideThrottle(oldestFirst(account), oldestFirst(byIp), now);
}

export async function recordAttempt(email: string, ip: string, succeeded: boolean, db: DbClient = prisma) {
  await db.loginAttempt.create({ data: { emailKey: emailKey(email), ip, succeeded } });
  // A success clears the account's failures, so a user who finally remembers is not locked out later.
  if (succeeded) await db.loginAttempt.deleteMany({ where: { emailKey: emailKey(email), succeeded: false } });
}
