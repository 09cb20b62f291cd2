import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { createTestDatabase } from "@portal/db/test-database";
import { createUser } from "@portal/db/factories";
import { deliverNotificationEmails, emailClaimTimeoutMinutes } from "@portal/api/jobs";
import { jobs, mailerFromEnv, startJobs, type JobRunner, type MailLanguage } from "../src";
import { startSmtpCapture, webCatalogue, type ReceivedMail } from "./support/mail";

// The web app's own catalogue, as its server hands it to the jobs (apps/web/src/instrumentation-node.ts).
const language: MailLanguage = {
  messages: async (locale) => ({
    notifications: {
      ...(await webCatalogue("notifications", "en")),
      ...(await webCatalogue("notifications", locale)),
    },
  }),
  timeZone: "Europe/Stockholm",
};
const mailerOf = (env: Record<string, string>) => mailerFromEnv(env, language);

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let smtpUrl = "";
let received: ReceivedMail[] = [];
let rejectMail = false;
const quiet = { info: () => {}, error: () => {} };

beforeAll(async () => {
  t = await createTestDatabase("mail");
  smtp = await startSmtpCapture({ refuse: () => rejectMail });
  received = smtp.received;
  smtpUrl = smtp.url;
});
afterAll(async () => {
  await smtp?.close();
  await t?.drop();
});
beforeEach(async () => {
  received.length = 0;
  rejectMail = false;
  await t.db.notification.deleteMany();
});

const notify = (userId: string, key: string, createdAt = new Date()) =>
  t.db.notification.create({
    data: {
      userId,
      kind: "course.overdue",
      params: { course: key, dueAt: "2026-12-01T10:00:00.000Z" },
      link: `/learning/${key}`,
      dedupeKey: key,
      createdAt,
    },
  });

it("without SMTP_URL there is no mailer (in-app only)", () => {
  expect(mailerOf({})).toBeNull();
  expect(mailerOf({ SMTP_URL: "" })).toBeNull();
});

it("two runs at once mail each recent notification once, to active users only, with an absolute link", async () => {
  const mailer = mailerOf({ SMTP_URL: smtpUrl, PORTAL_URL: "https://portal.example" })!;
  const ana = await createUser(t.db, { role: "STAFF", email: "ana@mail.example" });
  const gone = await createUser(t.db, { role: "STAFF", email: "gone@mail.example", active: false });
  for (const k of ["a1", "a2", "a3"]) await notify(ana.id, k);
  await notify(gone.id, "g1");
  await notify(ana.id, "stale", new Date(Date.now() - 2 * 86_400_000));

  const now = new Date();
  const runs = await Promise.all([
    deliverNotificationEmails(t.db, now, mailer, 2),
    deliverNotificationEmails(t.db, now, mailer, 2),
  ]);
  // The two runs split the work; a third picks up whatever the small batches left.
  const third = await deliverNotificationEmails(t.db, now, mailer);
  expect(runs.reduce((sum, r) => sum + r.sent, 0) + third.sent).toBe(3);
  expect(
    received
      .map((m) => m.to)
      .flat()
      .sort(),
  ).toEqual(["ana@mail.example", "ana@mail.example", "ana@mail.example"]);
  expect(received.map((m) => /Subject: (.*)/.exec(m.raw)?.[1]).sort()).toEqual([
    "Overdue: a1",
    "Overdue: a2",
    "Overdue: a3",
  ]);
  expect(received[0]!.raw).toContain("https://portal.example/learning/");

  expect(await deliverNotificationEmails(t.db, new Date(), mailer)).toEqual({
    claimed: 0,
    sent: 0,
    failed: 0,
  });
  expect(received).toHaveLength(3);
  expect(await t.db.notification.count({ where: { emailedAt: { not: null } } })).toBe(3);
});

it("each mail is written in its recipient's language: subject, body, dates (in their time zone) and the portal's lines", async () => {
  const smtpMailer = mailerOf({ SMTP_URL: smtpUrl, PORTAL_URL: "https://portal.example" })!;
  // What goes to SMTP, before MIME encoding (the tests above check delivery itself).
  const mails: { to: string; subject: string; text: string }[] = [];
  const mailer = { ...smtpMailer, send: (m: (typeof mails)[number]) => (mails.push(m), smtpMailer.send(m)) };
  const sv = await createUser(t.db, { role: "STAFF", email: "sv@mail.example", name: "Stina", locale: "sv" });
  const en = await createUser(t.db, { role: "STAFF", email: "en@mail.example", name: "Emma" });
  // Her own time zone: 10:00 UTC on 1 December is still 30 November in American Samoa (UTC-11).
  await t.db.user.update({ where: { id: en.id }, data: { timeZone: "Pacific/Pago_Pago" } });
  await notify(sv.id, "Kundmöten");
  await notify(en.id, "Customer meetings");
  await t.db.notification.create({
    data: {
      userId: sv.id,
      kind: "readiness.signedOff",
      params: { position: "Rådgivare" },
      link: "/readiness/me",
      dedupeKey: "signoff-sv",
    },
  });
  expect(await deliverNotificationEmails(t.db, new Date(), mailer)).toMatchObject({ sent: 3, failed: 0 });
  expect(received).toHaveLength(3);
  const of = (to: string) =>
    mails.filter((m) => m.to === to).sort((a, b) => a.subject.localeCompare(b.subject));
  const [signedOff, overdue] = of("sv@mail.example");
  expect(overdue).toMatchObject({ subject: "Försenad: Kundmöten" });
  expect(overdue!.text).toContain("Hej Stina!");
  expect(overdue!.text).toContain("Kursen skulle ha varit klar 1 december 2026.");
  expect(overdue!.text).toContain("Öppna den i portalen: https://portal.example/learning/Kundm");
  expect(overdue!.text).not.toMatch(/Hello|Overdue|due on/);
  expect(signedOff).toMatchObject({ subject: "Du är klarförklarad" });
  expect(signedOff!.text).toContain("i befattningen Rådgivare.");
  const [english] = of("en@mail.example");
  expect(english).toMatchObject({ subject: "Overdue: Customer meetings" });
  expect(english!.text).toContain("Hello Emma,");
  expect(english!.text).toContain("This course was due on November 30, 2026.");
});

it("a refused send is retried once its claim times out, then stamped", async () => {
  const mailer = mailerOf({ SMTP_URL: smtpUrl })!;
  const bo = await createUser(t.db, { role: "HEAD", email: "bo@mail.example" });
  const n = await notify(bo.id, "b1");
  rejectMail = true;
  const now = new Date();
  expect(await deliverNotificationEmails(t.db, now, mailer)).toEqual({ claimed: 1, sent: 0, failed: 1 });
  rejectMail = false;
  expect(await deliverNotificationEmails(t.db, new Date(now.getTime() + 60_000), mailer)).toMatchObject({
    claimed: 0,
  });
  const later = new Date(now.getTime() + (emailClaimTimeoutMinutes + 1) * 60_000);
  expect(await deliverNotificationEmails(t.db, later, mailer)).toEqual({ claimed: 1, sent: 1, failed: 0 });
  expect(received.map((m) => m.to)).toEqual([["bo@mail.example"]]);
  expect((await t.db.notification.findUniqueOrThrow({ where: { id: n.id } })).emailedAt).not.toBeNull();
});

it("the mail job is scheduled only while SMTP is configured, and its run mails", async () => {
  const cy = await createUser(t.db, { role: "STAFF", email: "cy@mail.example" });
  await notify(cy.id, "c1");
  const withMail: JobRunner = startJobs({
    connectionString: t.url,
    ctx: { db: t.db, now: () => new Date(), mailer: mailerOf({ SMTP_URL: smtpUrl }) },
    definitions: jobs,
    log: quiet,
  });
  const boss = (await withMail.ready) as PgBoss;
  expect((await boss.getSchedules()).map((s) => s.name)).toContain("notification-email");
  const id = await boss.send("notification-email", {});
  await expect
    .poll(async () => (await boss.getJobById("notification-email", id!))?.state, {
      timeout: 20_000,
      interval: 250,
    })
    .toBe("completed");
  expect(received.map((m) => m.to)).toEqual([["cy@mail.example"]]);
  await withMail.stop();

  const inAppOnly: JobRunner = startJobs({
    connectionString: t.url,
    ctx: { db: t.db, now: () => new Date(), mailer: null },
    definitions: jobs,
    log: quiet,
  });
  const again = (await inAppOnly.ready) as PgBoss;
  const names = (await again.getSchedules()).map((s) => s.name);
  expect(names).toContain("learning-reminders");
  expect(names).not.toContain("notification-email");
  await inAppOnly.stop();
});
