import { afterAll, beforeAll, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { createTestDatabase } from "@portal/db/test-database";
import {
  createApplication,
  createCandidate,
  createDepartment,
  createHiringProfile,
  createPosition,
  createSegment,
  createStaffMember,
  createUser,
} from "@portal/db/factories";
import { jobs, startJobs, type JobRunner } from "../src";

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let runner: JobRunner | undefined;
const quiet = { info: () => {}, error: () => {} };
beforeAll(async () => {
  t = await createTestDatabase("jobs");
});
afterAll(async () => {
  await runner?.stop();
  await t?.drop();
});

it("a database that is unreachable at start is logged and retried, not thrown", async () => {
  const errors: unknown[] = [];
  const failing = startJobs({
    connectionString: "postgresql://nobody:nothing@127.0.0.1:1/none",
    ctx: { db: t.db, now: () => new Date() },
    definitions: jobs,
    log: { info: () => {}, error: (...args: unknown[]) => errors.push(args) },
    retryMs: 60_000,
  });
  await expect.poll(() => errors.length, { timeout: 10_000 }).toBeGreaterThan(0);
  await failing.stop();
  expect(await failing.ready).toBeNull();
});

it("the candidate-retention job runs the retention service", async () => {
  const segment = await createSegment(t.db);
  const department = await createDepartment(t.db, { segmentId: segment.id });
  const position = await createPosition(t.db, { departmentId: department.id });
  const profile = await createHiringProfile(t.db, { positionId: position.id });
  const old = await createCandidate(t.db, { name: "Old Applicant" });
  const open = await createCandidate(t.db, { name: "Open Applicant" });
  const app = await createApplication(t.db, {
    candidateId: old.id,
    positionId: position.id,
    profileId: profile.id,
    stage: "REJECTED",
  });
  await t.db.application.update({
    where: { id: app.id },
    data: { stageChangedAt: new Date("2020-01-01T00:00:00Z") },
  });
  await createApplication(t.db, {
    candidateId: open.id,
    positionId: position.id,
    profileId: profile.id,
    stage: "SCREENING",
  });

  runner = startJobs({
    connectionString: t.url,
    ctx: { db: t.db, now: () => new Date() },
    definitions: jobs,
    log: quiet,
  });
  const boss = (await runner.ready) as PgBoss;
  const schedules = await boss.getSchedules();
  expect(schedules.map((s) => s.name)).toContain("candidate-retention");

  const id = await boss.send("candidate-retention", {});
  await expect
    .poll(async () => (await boss.getJobById("candidate-retention", id!))?.state, {
      timeout: 20_000,
      interval: 250,
    })
    .toBe("completed");
  expect(await t.db.candidate.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
    name: "Anonymized candidate",
    email: null,
  });
  expect(await t.db.candidate.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({
    name: "Open Applicant",
    anonymizedAt: null,
  });
  expect(
    await t.db.auditEvent.count({
      where: { action: "candidate.anonymize", entityId: old.id, actorId: null },
    }),
  ).toBe(1);
});

it("the learning-reminders job is scheduled and, run twice, notifies once", async () => {
  const segment = await createSegment(t.db);
  const department = await createDepartment(t.db, { segmentId: segment.id });
  const user = await createUser(t.db, { role: "STAFF" });
  const staff = await createStaffMember(t.db, { userId: user.id, departmentId: department.id });
  const course = await t.db.course.create({
    data: {
      title: "Reminder course",
      versions: { create: { version: 1, status: "PUBLISHED", publishedAt: new Date() } },
    },
    include: { versions: true },
  });
  await t.db.enrolment.create({
    data: {
      staffMemberId: staff.id,
      courseId: course.id,
      versionId: course.versions[0]!.id,
      source: "MANUAL",
      dueAt: new Date(Date.now() - 86_400_000),
    },
  });

  runner ??= startJobs({
    connectionString: t.url,
    ctx: { db: t.db, now: () => new Date() },
    definitions: jobs,
    log: quiet,
  });
  const boss = (await runner.ready) as PgBoss;
  expect((await boss.getSchedules()).map((s) => s.name)).toContain("learning-reminders");
  for (const _ of [1, 2]) {
    const id = await boss.send("learning-reminders", {});
    await expect
      .poll(async () => (await boss.getJobById("learning-reminders", id!))?.state, {
        timeout: 20_000,
        interval: 250,
      })
      .toBe("completed");
  }
  expect(
    await t.db.notification.findMany({ where: { userId: user.id }, select: { kind: true, link: true } }),
  ).toEqual([{ kind: "course.overdue", link: expect.stringMatching(/^\/learning\//) }]);
});
