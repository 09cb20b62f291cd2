import { afterAll, beforeAll, beforeEach, expect, it, vi } from "vitest";
import { createTestDatabase } from "@portal/db/test-database";
import { createUser } from "@portal/db/factories";
import {
  appRouter,
  createCallerFactory,
  createContext,
  hashResetToken,
  requestPasswordReset,
  resetLinkState,
  resetPassword,
  RESET_LINK_MINUTES,
  type ResetMailer,
} from "@portal/api";
import { mailerFromEnv, type MailLanguage } from "../src";
import { startSmtpCapture, webCatalogue, type ReceivedMail } from "./support/mail";

/**
 * Password reset by e-mail (issue 19, item 2), through the real SMTP mailer (nodemailer) into an in-process SMTP
 * server, with the web app's own catalogue. The clock is moved with an injected `now`, never by waiting.
 */
const language: MailLanguage = {
  messages: async (locale) => ({
    auth: { ...(await webCatalogue("auth", "en")), ...(await webCatalogue("auth", locale)) },
  }),
  timeZone: "UTC",
};

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let mailer: ResetMailer;
let received: ReceivedMail[] = [];
const createCaller = createCallerFactory(appRouter);
const NEW_PASSWORD = "a brand new passphrase 2026";

const tokenOf = (mail: ReceivedMail) => {
  const token = /reset-password\?token=([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
  if (!token) throw new Error(`no reset link in:\n${mail.text}`);
  return token;
};

beforeAll(async () => {
  t = await createTestDatabase("reset");
  smtp = await startSmtpCapture();
  received = smtp.received;
  mailer = mailerFromEnv({ SMTP_URL: smtp.url, PORTAL_URL: "https://portal.example" }, language)!;
});
afterAll(async () => {
  await smtp?.close();
  await t?.drop();
});
beforeEach(async () => {
  received.length = 0;
  await t.db.passwordResetRequest.deleteMany();
});

/** An anonymous visitor of the sign-in page, from one client address. */
const visitor = async (ip = "203.0.113.7") =>
  createCaller(await createContext({ claims: null, ip, db: t.db, mailer, hideInternalErrors: false }));

const waitForMails = (count: number) => vi.waitFor(() => expect(received).toHaveLength(count), 10_000);

it("answers the same for an existing and an unknown e-mail, and mails only the existing one, in their language", async () => {
  const ana = await createUser(t.db, { role: "STAFF", email: "ana@reset.example", locale: "sv" });
  const api = await visitor();
  const unknown = await api.passwordReset.request({ email: "nobody@reset.example" });
  const known = await api.passwordReset.request({ email: "ana@reset.example" });
  expect(known).toEqual(unknown);
  await waitForMails(1);
  expect(received[0]!.to).toEqual(["ana@reset.example"]);
  const sv = await webCatalogue("auth", "sv");
  expect(received[0]!.text).toContain((sv.resetMail as Record<string, string>).ignore);
  expect(received[0]!.text).toContain("https://portal.example/reset-password?token=");
  // Only the hash is stored; the raw token appears nowhere in the database.
  const token = tokenOf(received[0]!);
  const rows = await t.db.passwordResetToken.findMany({ where: { userId: ana.id } });
  expect(rows.map((r) => r.tokenHash)).toEqual([hashResetToken(token)]);
  const dump = await t.db.$queryRaw<{ found: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "PasswordResetToken" r WHERE r::text LIKE ${`%${token}%`})
        OR EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a::text LIKE ${`%${token}%`}) AS found`;
  expect(dump[0]!.found).toBe(false);
  expect(await t.db.passwordResetToken.count()).toBe(1); // nothing for the unknown address
});

it("an inactive account gets no mail, and the answer does not say so", async () => {
  await createUser(t.db, { role: "STAFF", email: "gone@reset.example", active: false });
  const api = await visitor("203.0.113.8");
  await expect(api.passwordReset.request({ email: "gone@reset.example" })).resolves.toEqual({
    requested: true,
  });
  // A later mail to someone else arrives alone: nothing was queued for the inactive account.
  await createUser(t.db, { role: "STAFF", email: "later@reset.example" });
  await api.passwordReset.request({ email: "later@reset.example" });
  await waitForMails(1);
  expect(received[0]!.to).toEqual(["later@reset.example"]);
});

it("the link resets the password once, ends every session, spends the link and is audited", async () => {
  const bo = await createUser(t.db, { role: "HR", email: "bo@reset.example", mustChangePassword: true });
  const signedIn = { id: bo.id, sessionVersion: bo.sessionVersion };
  expect((await createContext({ claims: signedIn, db: t.db })).user?.id).toBe(bo.id);
  const api = await visitor("203.0.113.9");
  await api.passwordReset.request({ email: "bo@reset.example" });
  await waitForMails(1);
  const token = tokenOf(received[0]!);
  expect(await api.passwordReset.linkState({ token })).toBe("valid");

  // The password rules of "change password" hold, and a refusal changes nothing.
  await expect(
    api.passwordReset.complete({
      token,
      newPassword: "bo@reset.example!",
      confirmPassword: "bo@reset.example!",
    }),
  ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  await expect(
    api.passwordReset.complete({ token, newPassword: NEW_PASSWORD, confirmPassword: "something else" }),
  ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  expect(await api.passwordReset.linkState({ token })).toBe("valid");
  expect((await t.db.user.findUniqueOrThrow({ where: { id: bo.id } })).sessionVersion).toBe(
    bo.sessionVersion,
  );

  await api.passwordReset.complete({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
  const after = await t.db.user.findUniqueOrThrow({ where: { id: bo.id } });
  expect(after.passwordHash).not.toBe(bo.passwordHash);
  expect(after.mustChangePassword).toBe(false);
  expect(after.sessionVersion).toBe(bo.sessionVersion + 1);
  // The session from before the reset is no longer honoured.
  expect((await createContext({ claims: signedIn, db: t.db })).user).toBeNull();
  // The old password no longer works (checked as "change password"'s current password); the new one does (below).
  const newSession = createCaller(
    await createContext({ claims: { id: bo.id, sessionVersion: after.sessionVersion }, db: t.db }),
  );
  await expect(
    newSession.account.changePassword({
      currentPassword: "correct horse battery staple",
      newPassword: "yet another passphrase 2028",
      confirmPassword: "yet another passphrase 2028",
    }),
  ).rejects.toMatchObject({ cause: { key: "currentPasswordWrong" } });
  const audit = await t.db.auditEvent.findMany({
    where: { entityId: bo.id, action: { in: ["user.requestPasswordReset", "user.resetPasswordByEmail"] } },
    orderBy: { createdAt: "asc" },
  });
  expect(audit.map((a) => [a.action, a.actorId])).toEqual([
    ["user.requestPasswordReset", null],
    ["user.resetPasswordByEmail", bo.id],
  ]);

  // Second use: refused, and nothing changes.
  expect(await api.passwordReset.linkState({ token })).toBe("used");
  await expect(
    api.passwordReset.complete({
      token,
      newPassword: "another passphrase 2027",
      confirmPassword: "another passphrase 2027",
    }),
  ).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { key: "resetLinkUsed" } });
  const again = await t.db.user.findUniqueOrThrow({ where: { id: bo.id } });
  expect(again.passwordHash).toBe(after.passwordHash);
  expect(again.sessionVersion).toBe(after.sessionVersion);

  // An unknown link.
  const unknown = "x".repeat(43);
  expect(await api.passwordReset.linkState({ token: unknown })).toBe("unknown");
  await expect(
    api.passwordReset.complete({ token: unknown, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
  ).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { key: "resetLinkUnknown" } });

  await expect(
    newSession.account.changePassword({
      currentPassword: NEW_PASSWORD,
      newPassword: "yet another passphrase 2028",
      confirmPassword: "yet another passphrase 2028",
    }),
  ).resolves.toMatchObject({ sessionVersion: after.sessionVersion + 1 });
});

it(`a link older than ${RESET_LINK_MINUTES} minutes is refused and changes nothing`, async () => {
  const cy = await createUser(t.db, { role: "STAFF", email: "cy@reset.example" });
  const issued = new Date("2026-12-07T09:00:00Z");
  const { sending } = await requestPasswordReset(t.db, { email: "cy@reset.example" }, mailer, {
    now: issued,
  });
  await sending;
  await waitForMails(1);
  const token = tokenOf(received[0]!);
  const justInTime = new Date(issued.getTime() + RESET_LINK_MINUTES * 60_000 - 1000);
  const tooLate = new Date(issued.getTime() + RESET_LINK_MINUTES * 60_000);
  expect(await resetLinkState(t.db, token, justInTime)).toBe("valid");
  expect(await resetLinkState(t.db, token, tooLate)).toBe("expired");
  await expect(
    resetPassword(
      t.db,
      { token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
      { now: tooLate },
    ),
  ).rejects.toMatchObject({ code: "BAD_REQUEST", key: "resetLinkExpired" });
  const after = await t.db.user.findUniqueOrThrow({ where: { id: cy.id } });
  expect(after.passwordHash).toBe(cy.passwordHash);
  expect(after.sessionVersion).toBe(cy.sessionVersion);
  expect((await t.db.passwordResetToken.findFirstOrThrow({ where: { userId: cy.id } })).usedAt).toBeNull();
});

it("throttles per e-mail and per address alike for known and unknown e-mails, and mails nothing when refused", async () => {
  await createUser(t.db, { role: "STAFF", email: "dee@reset.example" });
  const start = new Date("2026-12-07T10:00:00Z");
  const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
  const ask = (email: string, minutes: number, address: string | null = "198.51.100.1") =>
    requestPasswordReset(t.db, { email }, mailer, { now: at(minutes), address });

  for (const email of ["dee@reset.example", "nobody@reset.example"]) {
    for (let i = 0; i < 3; i++) await (await ask(email, i)).sending;
    const refused = ask(email, 3);
    await expect(refused).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", key: "passwordResetThrottled" });
    // From another address the same e-mail still gets through until the per-e-mail limit (5).
    await (
      await ask(email, 3, "198.51.100.2")
    ).sending;
    await (
      await ask(email, 3, "198.51.100.3")
    ).sending;
    await expect(ask(email, 3, "198.51.100.4")).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    // Later the progressive delay has passed.
    await (
      await ask(email, 30, "198.51.100.5")
    ).sending;
  }
  await waitForMails(6);
  expect(new Set(received.map((m) => m.to[0]))).toEqual(new Set(["dee@reset.example"]));

  // One address across many e-mails is slowed after 20.
  for (let i = 0; i < 20; i++) await ask(`probe${i}@reset.example`, 100, "192.0.2.50");
  await expect(ask("probe-last@reset.example", 100, "192.0.2.50")).rejects.toMatchObject({
    code: "TOO_MANY_REQUESTS",
  });
});

it("without a mailer (SMTP_URL unset) the answer is the same, nothing is stored and the log says mail is off", async () => {
  await createUser(t.db, { role: "STAFF", email: "eve@reset.example" });
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  const api = createCaller(await createContext({ claims: null, ip: "203.0.113.20", db: t.db, mailer: null }));
  const before = await t.db.passwordResetToken.count();
  await expect(api.passwordReset.request({ email: "eve@reset.example" })).resolves.toEqual({
    requested: true,
  });
  expect(await t.db.passwordResetToken.count()).toBe(before);
  expect(warn.mock.calls.flat().join("\n")).toMatch(/mail is off/);
  warn.mockRestore();
});
