import { afterAll, beforeAll, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { createTestDatabase } from "@portal/db/test-database";
import { createDepartment, createSegment, createStaffMember, createUser } from "@portal/db/factories";
import { digestWeekOf } from "@portal/domain";
import { deliverNotificationEmails } from "@portal/api/jobs";
import { jobs, mailerFromEnv, startJobs, type JobRunner, type MailLanguage } from "../src";
import { startSmtpCapture, webCatalogue, type ReceivedMail } from "./support/mail";

// Issue 18, item 5: the weekly digest is built and mailed once per person and week, whatever runs it how often.
const language: MailLanguage = {
  messages: async (locale) => ({ notifications: await webCatalogue("notifications", locale) }),
  timeZone: "Europe/Stockholm",
};
const quiet = { info: () => {}, error: () => {} };
const DAY = 86_400_000;

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let smtpUrl = "";
let received: ReceivedMail[] = [];
const runners: JobRunner[] = [];

beforeAll(async () => {
  t = await createTestDatabase("digest");
  smtp = await startSmtpCapture();
  received = smtp.received;
  smtpUrl = smtp.url;
});
afterAll(async () => {
  for (const r of runners) await r.stop();
  await smtp?.close();
  await t?.drop();
});

it("two servers and a rerun build one digest and one notification per person and week; each is mailed once, never after opting out", async () => {
  const db = t.db;
  const now = new Date();
  const lastWeek = digestWeekOf(now);
  const inLastWeek = new Date(lastWeek.getTime() + 2 * DAY);

  const served = await createSegment(db, { name: "Small businesses" });
  const quietSegment = await createSegment(db, { name: "Public sector" });
  const head = await createUser(db, { role: "HEAD", email: "head@mail.example" });
  const department = await createDepartment(db, { segmentId: served.id, headId: head.id });
  const quietDepartment = await createDepartment(db, { segmentId: quietSegment.id });
  const ana = await createUser(db, { role: "STAFF", email: "ana@mail.example", name: "Ana", locale: "sv" });
  const bo = await createUser(db, { role: "STAFF", email: "bo@mail.example" });
  const cy = await createUser(db, { role: "STAFF", email: "cy@mail.example" });
  await createUser(db, { role: "HR", email: "hr@mail.example" }); // no department: no digest
  await createStaffMember(db, { userId: ana.id, departmentId: department.id });
  await createStaffMember(db, { userId: bo.id, departmentId: department.id });
  await createStaffMember(db, { userId: cy.id, departmentId: quietDepartment.id });
  await db.user.update({ where: { id: bo.id }, data: { digestEmail: false } });

  const story = (title: string, status: "PUBLISHED" | "SUBMITTED", publishedAt: Date | null) =>
    db.serviceStory.create({
      data: {
        authorId: ana.id,
        segmentId: served.id,
        departmentId: department.id,
        title,
        situation: "En kunde i **kassen** ville ændre sin kredit.",
        language: "da",
        status,
        publishedAt,
      },
    });
  await story("Kunden i kassen", "PUBLISHED", inLastWeek);
  await story("Older story", "PUBLISHED", new Date(lastWeek.getTime() - 10 * DAY));
  await story("Not yet published", "SUBMITTED", null);
  for (const tags of [["fees", "app"], ["fees"], ["<b>queue</b>"]])
    await db.feedback.create({
      data: { segmentId: served.id, authorId: ana.id, kind: "NEED", tags, text: "…", createdAt: inLastWeek },
    });

  // Two servers on one database, each sending the job (and each catching up at start), plus a retry.
  for (const _ of [1, 2])
    runners.push(
      startJobs({
        connectionString: t.url,
        ctx: { db, now: () => now },
        definitions: jobs.filter((j) => j.name === "weekly-digest"),
        log: quiet,
      }),
    );
  const bosses = (await Promise.all(runners.map((r) => r.ready))) as PgBoss[];
  expect((await bosses[0]!.getSchedules()).map((s) => s.name)).toContain("weekly-digest");
  const sent = await Promise.all(bosses.map((b) => b.send("weekly-digest", {})));
  for (const [i, id] of sent.entries())
    await expect
      .poll(async () => (await bosses[i]!.getJobById("weekly-digest", id!))?.state, {
        timeout: 20_000,
        interval: 250,
      })
      .toBe("completed");
  const { buildWeeklyDigests } = await import("@portal/api/jobs");
  await Promise.all([buildWeeklyDigests(db, now), buildWeeklyDigests(db, now)]);

  const digests = await db.weeklyDigest.findMany({ select: { userId: true, weekOf: true, hasNews: true } });
  expect(digests.map((d) => d.userId).sort()).toEqual([ana.id, bo.id, cy.id, head.id].sort());
  expect(new Set(digests.map((d) => d.weekOf.toISOString()))).toEqual(new Set([lastWeek.toISOString()]));
  expect(digests.find((d) => d.userId === cy.id)?.hasNews).toBe(false); // a quiet week: kept, not notified
  const notifications = await db.notification.findMany({ where: { kind: "digest.weekly" } });
  expect(notifications.map((n) => n.userId).sort()).toEqual([ana.id, bo.id, head.id].sort());

  const anaDigest = await db.weeklyDigest.findFirstOrThrow({ where: { userId: ana.id } });
  expect(anaDigest.content).toMatchObject({
    sections: [
      {
        segment: { name: "Small businesses" },
        stories: [
          { title: "Kunden i kassen", language: "da", excerpt: "En kunde i kassen ville ændre sin kredit." },
        ],
        themes: [
          { tag: "fees", count: 2, rising: false },
          { tag: "<b>queue</b>", count: 1 },
          { tag: "app", count: 1 },
        ],
        feedbackTotal: 3,
      },
    ],
  });

  // Mail: two mail runs at once, then another: one mail each to Ana and the head, none to Bo (opted out).
  const mailer = mailerFromEnv({ SMTP_URL: smtpUrl, PORTAL_URL: "https://portal.example" }, language)!;
  await Promise.all([
    deliverNotificationEmails(db, new Date(), mailer),
    deliverNotificationEmails(db, new Date(), mailer),
  ]);
  await deliverNotificationEmails(db, new Date(), mailer);
  expect(received.map((m) => m.to[0]).sort()).toEqual(["ana@mail.example", "head@mail.example"]);
  const mail = received.find((m) => m.to[0] === "ana@mail.example")!.raw;
  expect(mail).toContain("multipart/alternative");
  expect(mail).toContain("text/html");
  const decoded = mail.replace(/=\r?\n/g, "");
  expect(decoded).toContain("Kunden i kassen"); // the story in its own language
  expect(decoded).toContain("https://portal.example/digest?week=");
  expect(decoded).toContain("&lt;b&gt;queue&lt;/b&gt;"); // escaped in the HTML part
  expect(decoded).not.toContain("<b>queue</b></li>");
  expect(decoded).toMatch(/Hej Ana/); // Swedish surrounding text
  expect(await db.notification.count({ where: { kind: "digest.weekly", emailedAt: null } })).toBe(1); // Bo's
});
