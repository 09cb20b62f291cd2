import { describe, expect, it } from "vitest";
import { decideThrottle, THROTTLE } from "./throttle-policy";

const now = new Date("2026-01-01T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("decideThrottle", () => {
  it("lets attempts through below the account limit", () => {
    const failures = [minutesAgo(4), minutesAgo(3), minutesAgo(2), minutesAgo(1)];
    expect(decideThrottle(failures, failures, now)).toEqual({ blocked: false });
  });

  it("blocks at the account limit until the oldest counted failure leaves the window", () => {
    const failures = [minutesAgo(10), minutesAgo(4), minutesAgo(3), minutesAgo(2), minutesAgo(1)];
    expect(failures).toHaveLength(THROTTLE.maxFailuresPerAccount);
    expect(decideThrottle(failures, [], now)).toEqual({ blocked: true, retryAfterSeconds: 5 * 60 });
  });

  it("blocks an IP that fails across many accounts", () => {
    const ipFailures = Array.from({ length: THROTTLE.maxFailuresPerIp }, (_, i) => minutesAgo(14 - i * 0.1));
    const decision = decideThrottle([], ipFailures, now);
    expect(decision.blocked).toBe(true);
    if (decision.blocked) expect(decision.retryAfterSeconds).toBe(60);
  });
});
