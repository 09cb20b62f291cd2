import { afterAll, beforeAll, expect, it } from "vitest";
import PgBoss from "pg-boss";
import { createTestDatabase } from "@portal/db/test-database";
import { registerJobs, type JobDefinition } from "../src";

let t: Awaited<ReturnType<typeof createTestDatabase>>;
const bosses: PgBoss[] = [];
beforeAll(async () => {
  t = await createTestDatabase("jobs_servers");
});
afterAll(async () => {
  for (const boss of bosses) await boss.stop({ graceful: false, wait: true });
  await t?.drop();
});

it("servers starting together queue one catch-up run of a runOnStart job and share one schedule", async () => {
  // Workers that never finish, so the runs stay countable in the queue.
  const definition: JobDefinition = {
    name: "several-servers-probe",
    cron: "0 4 * * *",
    run: () => new Promise(() => {}),
    runOnStart: true,
  };
  const ctx = { db: t.db, now: () => new Date() };
  for (const _ of [1, 2, 3]) {
    const boss = new PgBoss({ connectionString: t.url, max: 2 });
    boss.on("error", () => {});
    await boss.start();
    bosses.push(boss);
    await registerJobs(boss, [definition], ctx, { info: () => {}, error: () => {} });
  }
  const queued = await t.db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM pgboss.job WHERE name = ${definition.name}`;
  expect(Number(queued[0]!.count)).toBe(1);
  expect((await bosses[0]!.getSchedules()).filter((s) => s.name === definition.name)).toHaveLength(1);
});
