import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "@portal/db/test-database";
import { createUser } from "@portal/db/factories";
import { beginAttempt, emailKey, finishAttempt } from "../src/throttle";
import { THROTTLE } from "../src/throttle-policy";
import { checkCredentials } from "../src/sign-in";
import { clientAddress } from "../src/client-address";
import { endSession, loadSessionUser } from "../src/session-user";

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  t = await createTestDatabase("auth");
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterAll(() => t?.drop());

const fail = async (email: string, address: string | null, now = new Date()) => {
  const attempt = await beginAttempt(email, address, { now, db: t.db });
  if (!attempt.blocked) await finishAttempt(attempt.attemptId, false, t.db);
  return attempt;
};

describe("sign-in throttling against the database", () => {
  it("delays an account after repeated failures, whether or not it exists, and stores no email", async () => {
    const ghost = "ghost@nowhere.example";
    for (let i = 0; i < THROTTLE.accountAndAddress.freeFailures; i++)
      expect((await fail(ghost, "10.0.0.1")).blocked).toBe(false);
    expect(await beginAttempt(ghost, "10.0.0.1", { db: t.db })).toMatchObject({ blocked: true });
    const rows = await t.db.loginAttempt.findMany({ where: { emailKey: emailKey(ghost) } });
    expect(rows.every((r) => !r.emailKey.includes("@"))).toBe(true);
    // The window slides: after 15 minutes the account is free again.
    const later = new Date(Date.now() + THROTTLE.windowMs + 1000);
    expect((await beginAttempt(ghost, "10.0.0.1", { now: later, db: t.db })).blocked).toBe(false);
  });

  it("checks no more than the free attempts of 30 wrong passwords sent at once", async () => {
    for (const address of ["10.3.3.3", null]) {
      const user = await createUser(t.db, { role: "STAFF", password: "the right one, long" });
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          checkCredentials({ email: user.email, password: `wrong guess ${i}`, address }, t.db),
        ),
      );
      const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
      const throttled = results.filter((r) => !r.ok && r.reason === "throttled").length;
      expect({ address, checked, throttled }).toEqual({ address, checked: 5, throttled: 25 });
    }
  });

  it("is not dodged by changing the first X-Forwarded-For value", async () => {
    const email = "target@bank.example";
    const spoofed = (i: number) =>
      clientAddress(new Headers({ "x-forwarded-for": `198.51.100.${i}, 203.0.113.77` }), 1);
    for (let i = 0; i < THROTTLE.accountAndAddress.freeFailures; i++)
      expect((await fail(email, spoofed(i))).blocked).toBe(false);
    expect(await beginAttempt(email, spoofed(99), { db: t.db })).toMatchObject({ blocked: true });
  });

  it("lets the admin sign in at once after someone else's five wrong passwords", async () => {
    const admin = await createUser(t.db, { role: "ADMIN", password: "admin's own password" });
    for (let i = 0; i < 5; i++)
      expect(
        await checkCredentials({ email: admin.email, password: `guess ${i}`, address: "192.0.2.66" }, t.db),
      ).toEqual({ ok: false, reason: "invalid" });
    expect(
      await checkCredentials({ email: admin.email, password: "guess 6", address: "192.0.2.66" }, t.db),
    ).toMatchObject({ ok: false, reason: "throttled" });
    expect(
      await checkCredentials(
        { email: admin.email, password: "admin's own password", address: "192.0.2.1" },
        t.db,
      ),
    ).toMatchObject({ ok: true, user: { id: admin.id } });
  });

  it("never holds an account for more than a minute after failures from many addresses", async () => {
    const email = "popular@bank.example";
    for (let i = 0; i < 40; i++) await fail(email, `10.20.${Math.floor(i / 5)}.${i % 5}`);
    const decision = await beginAttempt(email, "10.99.0.1", { db: t.db });
    expect(decision).toMatchObject({ blocked: true });
    if (decision.blocked) expect(decision.retryAfterSeconds).toBeLessThanOrEqual(60);
    const aMinuteLater = new Date(Date.now() + 61_000);
    expect((await beginAttempt(email, "10.99.0.1", { now: aMinuteLater, db: t.db })).blocked).toBe(false);
  });

  it("slows an address that fails across many accounts", async () => {
    for (let i = 0; i < THROTTLE.address.freeFailures; i++) await fail(`user${i}@spray.example`, "10.9.9.9");
    expect((await beginAttempt("fresh@spray.example", "10.9.9.9", { db: t.db })).blocked).toBe(true);
    expect((await beginAttempt("fresh2@spray.example", "10.1.1.1", { db: t.db })).blocked).toBe(false);
  });

  it("clears an account's failures from that address on success", async () => {
    const email = "forgetful@bank.example";
    for (let i = 0; i < THROTTLE.accountAndAddress.freeFailures - 1; i++) await fail(email, "10.0.0.5");
    const success = await beginAttempt(email, "10.0.0.5", { db: t.db });
    if (success.blocked) throw new Error("the fifth attempt must be checked");
    await finishAttempt(success.attemptId, true, t.db);
    for (let i = 0; i < THROTTLE.accountAndAddress.freeFailures - 1; i++)
      expect((await fail(email, "10.0.0.5")).blocked).toBe(false);
  });
});

describe("sessions", () => {
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

  it("ends a session on sign-out, so the same token replayed is refused, and a stale token bumps nothing", async () => {
    const user = await createUser(t.db, { role: "STAFF" });
    const token = { id: user.id, sessionVersion: 0 };
    expect(await loadSessionUser(token, t.db)).not.toBeNull();
    await endSession(token, t.db);
    expect(await loadSessionUser(token, t.db)).toBeNull();
    const fresh = { id: user.id, sessionVersion: 1 };
    expect(await loadSessionUser(fresh, t.db)).not.toBeNull();
    await endSession(token, t.db); // an old cookie being cleared must not end the newer session
    expect(await loadSessionUser(fresh, t.db)).not.toBeNull();
  });
});
