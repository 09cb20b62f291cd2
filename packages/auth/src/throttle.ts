import { prisma, type Db, type DbClient } from "@portal/db";
import { createHash } from "node:crypto";
import { decideThrottle, THROTTLE, type FailureCount, type ThrottleDecision } from "./throttle-policy";

/** Hash the email: the attempts table must not become a list of typed (possibly mistyped) addresses. */
export const emailKey = (email: string) =>
  createHash("sha256").update(email.trim().toLowerCase()).digest("hex");

/** Stored in place of an address when none is known; never counted as an address of its own. */
export const UNKNOWN_ADDRESS = "unknown";

export type AttemptTicket =
  { blocked: false; attemptId: string } | Extract<ThrottleDecision, { blocked: true }>;

async function failures(
  db: DbClient,
  where: { emailKey?: string; ip?: string },
  since: Date,
): Promise<FailureCount> {
  const found = await db.loginAttempt.aggregate({
    where: { ...where, succeeded: false, createdAt: { gte: since } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  return { count: found._count._all, latest: found._max.createdAt };
}

/**
 * Check the throttle and, when the attempt may go ahead, record it as a failure until `finishAttempt` says
 * otherwise, in one transaction serialized per account and per address (advisory locks). So parallel
 * attempts see each other: of 30 sent at once against a rule that lets 5 through, 5 are checked.
 * A refused attempt is not recorded, so hammering a delayed account does not lengthen its delay.
 */
export async function beginAttempt(
  email: string,
  address: string | null,
  { now = new Date(), db = prisma }: { now?: Date; db?: Db } = {},
): Promise<AttemptTicket> {
  const key = emailKey(email);
  const ip = address ?? UNKNOWN_ADDRESS;
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  return db.$transaction(
    async (tx) => {
      // Always account first, then address: every transaction takes them in the same order, so no deadlock.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:account:${key}`}, 0))`;
      if (address)
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:address:${ip}`}, 0))`;
      const decision = decideThrottle(
        {
          accountAndAddress: await failures(tx, { emailKey: key, ip }, since),
          account: await failures(tx, { emailKey: key }, since),
          address: address ? await failures(tx, { ip }, since) : null,
        },
        now,
      );
      if (decision.blocked) return decision;
      const row = await tx.loginAttempt.create({
        data: { emailKey: key, ip, succeeded: false, createdAt: now },
        select: { id: true },
      });
      return { blocked: false, attemptId: row.id };
    },
    // Many parallel attempts queue on the lock; each holds it for a few short queries.
    { maxWait: 15_000, timeout: 15_000 },
  );
}

/** Settle an attempt begun with `beginAttempt`. A success clears that account's failures from its address. */
export async function finishAttempt(attemptId: string, succeeded: boolean, db: DbClient = prisma) {
  if (!succeeded) return;
  const row = await db.loginAttempt.update({
    where: { id: attemptId },
    data: { succeeded: true },
    select: { emailKey: true, ip: true },
  });
  await db.loginAttempt.deleteMany({ where: { emailKey: row.emailKey, ip: row.ip, succeeded: false } });
}
