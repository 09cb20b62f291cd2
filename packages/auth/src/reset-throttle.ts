import { prisma, type Db, type DbClient } from "@portal/db";
import {
  decideThrottle,
  type FailureCount,
  type ThrottleDecision,
  type ThrottlePolicy,
} from "./throttle-policy";
import { emailKey, UNKNOWN_ADDRESS } from "./throttle";

/**
 * "Forgot password" requests are throttled by the sign-in policy's machinery (`decideThrottle`: progressive
 * delays per account and address, per account, per address) with limits of their own, counted in their own
 * table so that asking for resets never slows anyone's sign-in. Every request counts (there is no "success"),
 * and the key is the hashed typed e-mail whether or not an account has it, so a throttled answer does not
 * reveal which addresses are registered.
 */
export const RESET_THROTTLE = {
  windowMs: 60 * 60_000,
  /** The same e-mail from the same address: a few tries (a mail that did not arrive), then waits. */
  accountAndAddress: { freeFailures: 3, firstDelaySeconds: 5 * 60, maxDelaySeconds: 60 * 60 },
  /** An e-mail from anywhere: nobody floods one mailbox with reset mails. */
  account: { freeFailures: 5, firstDelaySeconds: 5 * 60, maxDelaySeconds: 60 * 60 },
  /** An e-mail when no address is known (no trusted proxy). */
  accountWithoutAddress: { freeFailures: 3, firstDelaySeconds: 5 * 60, maxDelaySeconds: 60 * 60 },
  /** One address across e-mails (probing or spamming many mailboxes). */
  address: { freeFailures: 20, firstDelaySeconds: 60, maxDelaySeconds: 60 * 60 },
} as const satisfies ThrottlePolicy;

async function requests(
  db: DbClient,
  where: { emailKey?: string; ip?: string },
  since: Date,
): Promise<FailureCount> {
  const found = await db.passwordResetRequest.aggregate({
    where: { ...where, createdAt: { gte: since } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  return { count: found._count._all, latest: found._max.createdAt };
}

/**
 * Admit and record one reset request, or say how long to wait, in one transaction serialized per e-mail and per
 * address (advisory locks, the same order as sign-in's), so parallel requests count against each other.
 * A refused request is not recorded.
 */
export async function admitResetRequest(
  email: string,
  address: string | null,
  { now = new Date(), db = prisma }: { now?: Date; db?: Db } = {},
): Promise<ThrottleDecision> {
  const key = emailKey(email);
  const ip = address ?? UNKNOWN_ADDRESS;
  const since = new Date(now.getTime() - RESET_THROTTLE.windowMs);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`reset:account:${key}`}, 0))`;
      if (address)
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`reset:address:${ip}`}, 0))`;
      const decision = decideThrottle(
        {
          accountAndAddress: await requests(tx, { emailKey: key, ip }, since),
          account: await requests(tx, { emailKey: key }, since),
          address: address ? await requests(tx, { ip }, since) : null,
        },
        now,
        RESET_THROTTLE,
      );
      if (decision.blocked) return decision;
      await tx.passwordResetRequest.create({ data: { emailKey: key, ip, createdAt: now } });
      return decision;
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
}

/** Rows older than the window count for nothing; the reset service deletes them now and then. */
export async function forgetOldResetRequests(now: Date, db: DbClient = prisma) {
  await db.passwordResetRequest.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - RESET_THROTTLE.windowMs) } },
  });
}
