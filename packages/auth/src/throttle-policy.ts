/**
 * Sign-in throttling (OWASP Authentication Cheat Sheet): count recent failures per account and per IP.
 * The account key is derived from the typed email whether or not such an account exists, so a throttled
 * answer does not reveal which emails are registered.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 30,
} as const;

export type ThrottleDecision = { blocked: false } | { blocked: true; retryAfterSeconds: number };

/** Pure: given the failure times in the window (oldest first), decide and say when to retry. */
export function decideThrottle(
  accountFailures: Date[],
  ipFailures: Date[],
  now: Date,
  policy: typeof THROTTLE = THROTTLE,
): ThrottleDecision {
  const retryAfter = (failures: Date[], limit: number) => {
    if (failures.length < limit) return 0;
    // Blocked until enough failures age out of the window to drop below the limit.
    const releasing = failures[failures.length - limit];
    if (!releasing) return 0;
    return Math.max(1, Math.ceil((releasing.getTime() + policy.windowMs - now.getTime()) / 1000));
  };
  const seconds = Math.max(
    retryAfter(accountFailures, policy.maxFailuresPerAccount),
    retryAfter(ipFailures, policy.maxFailuresPerIp),
  );
  return seconds > 0 ? { blocked: true, retryAfterSeconds: seconds } : { blocked: false };
}
