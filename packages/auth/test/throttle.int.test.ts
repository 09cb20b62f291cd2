import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@portal/db/test-database";
import { createUser } from "@portal/db/factories";
import { checkThrottle, emailKey, recordAttempt } from "../src/throttle";
import { THROTTLE } from "../src/throttle-policy";
import { loadSessionUser } from "../src/session-user";

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  t = await createTestDatabase("auth");
});
afterAll(() => t?.drop());

describe("sign-in throttling against the database", () => {
  it("blocks an account after repeated failures, whether or not it exists, and stores no email", async () => {
    const ghost = "ghost@nowhere.example";
    for (let i = 0; i < THROTTLE.maxFailuresPerAccount; i++) {
      expect((await checkThrottle(ghost, "10.0.0.1", new Date(), t.db)).blocked).toBe(false);
      await recordAttempt(ghost, "10.0.0.1", false, t.db);
    }
    const decision = await checkThrottle(ghost, "10.0.0.2", new Date(), t.db);
    expect(decision).toMatchObject({ blocked: true });
    const rows = await t.db.loginAttempt.findMany({ where: { emailKey: emailKey(ghost) } });
    expect(rows.every((r) => !r.emailKey.includes("@"))).toBe(true);
    // The window slides: after 15 minutes the account is free again.
    expect(
      (await checkThrottle(ghost, "10.0.0.2", new Date(Date.now() + THROTTLE.windowMs + 1000), t.db)).blocked,
    ).toBe(false);
  });

  it("blocks an IP that fails across many accounts", async () => {
    for (let i = 0; i < THROTTLE.maxFailuresPerIp; i++)
      await recordAttempt(`user${i}@spray.example`, "10.9.9.9", false, t.db);
    expect((await checkThrottle("fresh@spray.example", "10.9.9.9", new Date(), t.db)).blocked).toBe(true);
    expect((await checkThrottle("fresh@spray.example", "10.1.1.1", new Date(), t.db)).blocked).toBe(false);
  });

  it("clears an account's failures on success", async () => {
    const email = "forgetful@bank.example";
    for (let i = 0; i < THROTTLE.maxFailuresPerAccount - 1; i++)
      await recordAttempt(email, "10.0.0.5", false, t.db);
    await recordAttempt(email, "10.0.0.5", true, t.db);
    await recordAttempt(email, "10.0.0.5", false, t.db);
    expect((await checkThrottle(email, "10.0.0.6", new Date(), t.db)).blocked).toBe(false);
  });
});

describe("loadSessionUser", () => {
  it("honours a current session and drops deactivated or outdated ones", async () => {
    const user = await createUser(t.db, { role: "HR" });
    expect(await loadSessionUser({ id: user.id, sessionVersion: 0 }, t.db)).toMatchObject({
      id: user.id,
      role: "HR",
    });
    expect(await loadSessionUser({ id: user.id, sessionVersion: -1 }, t.db)).toBeNull();
    await t.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadSessionUser({ id: user.id, sessionVersion: 0 }, t.db)).toBeNull();
    expect(await loadSessionUser({ id: "missing", sessionVersion: 0 }, t.db)).toBeNull();
    expect(await loadSessionUser(null, t.db)).toBeNull();
  });
});
