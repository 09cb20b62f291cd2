import { describe, expect, it } from "vitest";
import { decideThrottle, delaySeconds, THROTTLE, type FailureCount } from "./throttle-policy";

const now = new Date("2026-01-01T12:00:00Z");
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);
const none: FailureCount = { count: 0, latest: null };
const failed = (count: number, latestSecondsAgo = 0): FailureCount => ({
  count,
  latest: secondsAgo(latestSecondsAgo),
});

describe("delaySeconds", () => {
  it("lets the free failures through, then doubles the delay up to the cap", () => {
    const rule = { freeFailures: 3, firstDelaySeconds: 10, maxDelaySeconds: 50 };
    expect([0, 1, 2, 3, 4, 5, 6, 100].map((n) => delaySeconds(n, rule))).toEqual([
      0, 0, 0, 10, 20, 40, 50, 50,
    ]);
  });
});

describe("decideThrottle", () => {
  it("lets attempts through below every rule's free failures", () => {
    const n = THROTTLE.accountAndAddress.freeFailures - 1;
    expect(
      decideThrottle({ accountAndAddress: failed(n), account: failed(n), address: failed(n) }, now),
    ).toEqual({ blocked: false });
  });

  it("asks the same account and address to wait after its free failures, longer with each failure", () => {
    const n = THROTTLE.accountAndAddress.freeFailures;
    const first = decideThrottle(
      { accountAndAddress: failed(n), account: failed(n), address: failed(n) },
      now,
    );
    expect(first).toEqual({ blocked: true, retryAfterSeconds: THROTTLE.accountAndAddress.firstDelaySeconds });
    const later = decideThrottle(
      { accountAndAddress: failed(n + 2), account: failed(n + 2), address: failed(n + 2) },
      now,
    );
    expect(later).toEqual({
      blocked: true,
      retryAfterSeconds: THROTTLE.accountAndAddress.firstDelaySeconds * 4,
    });
    // The delay counts from the latest failure: once it has passed, the next attempt is checked.
    const waited = THROTTLE.accountAndAddress.firstDelaySeconds;
    expect(
      decideThrottle(
        { accountAndAddress: failed(n, waited), account: failed(n, waited), address: failed(n, waited) },
        now,
      ),
    ).toEqual({ blocked: false });
  });

  it("does not hold back the account's owner at another address after someone else's failures", () => {
    const n = THROTTLE.accountAndAddress.freeFailures;
    expect(decideThrottle({ accountAndAddress: none, account: failed(n), address: none }, now)).toEqual({
      blocked: false,
    });
  });

  it("never locks an account for longer than a minute, however many failures from anywhere", () => {
    for (const address of [none, null]) {
      const decision = decideThrottle({ accountAndAddress: none, account: failed(10_000), address }, now);
      expect(decision).toMatchObject({ blocked: true });
      if (decision.blocked) expect(decision.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
  });

  it("counts by account alone when the address is unknown", () => {
    const n = THROTTLE.accountWithoutAddress.freeFailures;
    expect(decideThrottle({ accountAndAddress: failed(n), account: failed(n), address: null }, now)).toEqual({
      blocked: true,
      retryAfterSeconds: THROTTLE.accountWithoutAddress.firstDelaySeconds,
    });
  });

  it("slows an address that fails across many accounts", () => {
    const decision = decideThrottle(
      { accountAndAddress: none, account: none, address: failed(THROTTLE.address.freeFailures, 5) },
      now,
    );
    expect(decision).toEqual({ blocked: true, retryAfterSeconds: THROTTLE.address.firstDelaySeconds - 5 });
  });
});
