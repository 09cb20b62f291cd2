/**
 * Sign-in throttling (OWASP Authentication Cheat Sheet, ASVS 6.3.1): progressive delays, never a hard lock.
 * Failures are counted in a sliding window per account and address pair, per account, and per address. Each
 * rule lets a few failures through, then asks for a delay after the latest failure that doubles with every
 * further one up to a cap. The account rule alone (anyone, from anywhere) caps at a minute, so nobody can
 * lock someone else out; a known address repeating failures is slowed much more.
 * The account key is derived from the typed email whether or not such an account exists, so a throttled
 * answer does not reveal which emails are registered.
 */
export type DelayRule = { freeFailures: number; firstDelaySeconds: number; maxDelaySeconds: number };

export const THROTTLE = {
  windowMs: 15 * 60_000,
  /** The same account from the same address: the attacker's own line. */
  accountAndAddress: { freeFailures: 5, firstDelaySeconds: 15, maxDelaySeconds: 15 * 60 },
  /** An account from anywhere (a distributed attack), when the address is known. */
  account: { freeFailures: 20, firstDelaySeconds: 15, maxDelaySeconds: 60 },
  /** An account when no address is known (no trusted proxy): the account is all there is to count by. */
  accountWithoutAddress: { freeFailures: 5, firstDelaySeconds: 15, maxDelaySeconds: 60 },
  /** One address across accounts (password spraying). */
  address: { freeFailures: 30, firstDelaySeconds: 15, maxDelaySeconds: 15 * 60 },
} as const satisfies Record<string, DelayRule | number>;

/** The shape of a policy (sign-in's above; password-reset requests have their own, reset-throttle.ts). */
export type ThrottlePolicy = {
  windowMs: number;
  accountAndAddress: DelayRule;
  account: DelayRule;
  accountWithoutAddress: DelayRule;
  address: DelayRule;
};

/** Failures in the window for one key: how many, and when the latest was. */
export type FailureCount = { count: number; latest: Date | null };

export type ThrottleDecision = { blocked: false } | { blocked: true; retryAfterSeconds: number };

/** The delay a rule asks for after `failures` failures: 0 for the free ones, then doubling up to the cap. */
export function delaySeconds(failures: number, rule: DelayRule): number {
  if (failures < rule.freeFailures) return 0;
  const doublings = Math.min(failures - rule.freeFailures, 30);
  return Math.min(rule.maxDelaySeconds, rule.firstDelaySeconds * 2 ** doublings);
}

/**
 * Pure: given the failure counts, decide whether the attempt may be checked now, or how long to wait.
 * `address` is null when the client address is unknown (no trusted proxy configured).
 */
export function decideThrottle(
  counts: { accountAndAddress: FailureCount; account: FailureCount; address: FailureCount | null },
  now: Date,
  policy: ThrottlePolicy = THROTTLE,
): ThrottleDecision {
  const wait = (failures: FailureCount, rule: DelayRule) => {
    const delay = delaySeconds(failures.count, rule);
    if (delay === 0 || !failures.latest) return 0;
    return Math.ceil((failures.latest.getTime() + delay * 1000 - now.getTime()) / 1000);
  };
  const seconds = Math.max(
    counts.address
      ? Math.max(
          wait(counts.accountAndAddress, policy.accountAndAddress),
          wait(counts.account, policy.account),
          wait(counts.address, policy.address),
        )
      : wait(counts.account, policy.accountWithoutAddress),
    0,
  );
  return seconds > 0 ? { blocked: true, retryAfterSeconds: seconds } : { blocked: false };
}
