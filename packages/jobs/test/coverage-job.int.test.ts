import { afterAll, beforeAll, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { createTestDatabase } from "@portal/db/test-database";
import { createDepartment, createPosition, createSegment, createStaffMember } from "@portal/db/factories";
import { jobs, startJobs, type JobRunner } from "../src";

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let runner: JobRunner | undefined;
beforeAll(async () => {
  t = await createTestDatabase("jobs_coverage");
});
afterAll(async () => {
  await runner?.stop();
  await t?.drop();
});

it("the coverage-snapshot job is scheduled, runs at start, and run again in the same week keeps one row per segment and department", async () => {
  const served = await createSegment(t.db);
  await createSegment(t.db); // an orphan: snapshotted too, with no department
  const department = await createDepartment(t.db, { segmentId: served.id, targetHeadcount: 2 });
  const position = await createPosition(t.db, { departmentId: department.id });
  await createStaffMember(t.db, { departmentId: department.id, positionId: position.id });

  runner = startJobs({
    connectionString: t.url,
    ctx: { db: t.db, now: () => new Date() },
    definitions: jobs,
    log: { info: () => {}, error: () => {} },
  });
  const boss = (await runner.ready) as PgBoss;
  expect((await boss.getSchedules()).map((s) => s.name)).toContain("coverage-snapshot");
  await expect.poll(() => t.db.coverageSnapshot.count(), { timeout: 20_000, interval: 250 }).toBe(2); // runOnStart

  await createStaffMember(t.db, { departmentId: department.id, positionId: position.id });
  for (const _ of [1, 2]) {
    const id = await boss.send("coverage-snapshot", {});
    await expect
      .poll(async () => (await boss.getJobById("coverage-snapshot", id!))?.state, {
        timeout: 20_000,
        interval: 250,
      })
      .toBe("completed");
  }
  expect(await t.db.coverageSnapshot.count()).toBe(2);
  expect(await t.db.coverageSnapshot.findFirst({ where: { segmentId: served.id } })).toMatchObject({
    staff: 2,
    targetHeadcount: 2,
    departments: 1,
  });
  expect(
    await t.db.readinessSnapshot.findMany({ select: { departmentId: true, readyForReview: true } }),
  ).toEqual([{ departmentId: department.id, readyForReview: 2 }]);
});
