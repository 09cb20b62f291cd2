/**
 * Where a page procedure's time goes, on the load bench's scale seed (tooling/bench-load): each target is called
 * through the real tRPC caller (the user re-read in the context, as a request gets) as the role that opens the
 * page, the same fixtures bench:load picks. Per target:
 * - serially: statements per call, wall ms per call and this process's CPU ms per call (JS: Prisma's query
 *   compiler, the driver, mapping; wall minus CPU is roughly the database and the wire), medians of `--runs`;
 * - `--concurrency` calls in flight for `--seconds`: calls/s, p50, p99.
 * `notifications.unreadCount` (one count) is the floor of a procedure that sends one statement.
 *
 *   DATABASE_URL=<the bench database> npm run bench:procedures -w @portal/api -- [--only <regex>] [--runs 50]
 *     [--seconds 5] [--concurrency 50]
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "@portal/db";
import { databaseUrl } from "@portal/db/env";
import { benchCaller } from "./caller";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    runs: { type: "string", default: "50" },
    seconds: { type: "string", default: "5" },
    concurrency: { type: "string", default: "50" },
    sql: { type: "boolean", default: false },
  },
});
const only = values.only ? new RegExp(values.only) : null;
const runs = Number(values.runs);
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);

let statements = 0;
let printSql = false;
const db = createPrismaClient(databaseUrl(), "requests", (sql) => {
  statements += 1;
  if (printSql) console.log(`    SQL: ${sql.replace(/\s+/g, " ").slice(0, 300)}`);
});

const one = async <R>(rows: Promise<R[]>, what: string) => {
  const row = (await rows)[0];
  if (!row) throw new Error(`the database has no ${what}: seed it with bench:load first`);
  return row;
};
const user = (email: string) =>
  one(
    db.$queryRaw<{ id: string; sessionVersion: number }[]>`
      SELECT "id", "sessionVersion" FROM "User" WHERE "email" = ${email}`,
    email,
  );
// The fixtures of tooling/bench-load/src/targets.ts.
const department = await one(
  db.$queryRaw<{ id: string }[]>`
    SELECT d.id FROM "Department" d JOIN "User" u ON u.id = d."headId"
     WHERE u.email = 'bench.head@scale.example' ORDER BY d."createdAt" DESC LIMIT 1`,
  "benchmark department",
);
const position = await one(
  db.$queryRaw<{ positionId: string }[]>`
    SELECT "positionId" FROM "Application" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  "hiring position",
);
const learner = await one(
  db.$queryRaw<{ email: string; enrolmentId: string }[]>`
    SELECT u.email, (SELECT e2.id FROM "Enrolment" e2 WHERE e2."staffMemberId" = s.id
                      ORDER BY e2."passedAt" NULLS FIRST, e2.id LIMIT 1) AS "enrolmentId"
      FROM "StaffMember" s JOIN "User" u ON u.id = s."userId" JOIN "Enrolment" e ON e."staffMemberId" = s.id
     WHERE s."departmentId" = ${department.id} AND u.role = 'STAFF'
     GROUP BY s.id, u.email ORDER BY count(*) DESC, u.email LIMIT 1`,
  "enrolled learner",
);
const admin = await user("admin@nordvik.example");
const hr = await user("hr@nordvik.example");
const staff = await user(learner.email);
const head = await user("bench.head@scale.example");

const listPage1 = { search: "", direction: "asc", page: 1, pageSize: 25 } as const;
type Caller = Awaited<ReturnType<typeof benchCaller>>;
const targets: [string, typeof admin, (c: Caller) => Promise<unknown>][] = [
  ["notifications.unreadCount (floor)", staff, (c) => c.notifications.unreadCount()],
  ["home.summary (admin)", admin, (c) => c.home.summary()],
  ["home.summary (HR)", hr, (c) => c.home.summary()],
  ["home.summary (head)", head, (c) => c.home.summary()],
  ["home.summary (staff)", staff, (c) => c.home.summary()],
  ["notifications.list", staff, (c) => c.notifications.list({ page: 1, pageSize: 20, unreadOnly: false })],
  ["learning.plan", staff, (c) => c.learning.plan()],
  ["learning.course", staff, (c) => c.learning.course({ enrolmentId: learner.enrolmentId })],
  ["staff.list page 1", admin, (c) => c.staff.list({ ...listPage1, sort: "name" })],
  ["staff.filterOptions", admin, (c) => c.staff.filterOptions()],
  ["pipeline.board", hr, (c) => c.pipeline.board({ positionId: position.positionId })],
  [
    "readiness.matrix (head)",
    head,
    (c) => c.readiness.matrix({ departmentId: department.id, search: "", page: 1, pageSize: 25 }),
  ],
  ["coverage.overview (admin)", admin, (c) => c.coverage.overview()],
  ["coverage.trend (admin)", admin, (c) => c.coverage.trend({ weeks: 12 })],
  ["coverage.timeToSignOff (admin)", admin, (c) => c.coverage.timeToSignOff()],
  [
    "pipeline.table ranking",
    hr,
    (c) =>
      c.pipeline.table({ ...listPage1, sort: "fit", positionId: position.positionId, eligibleOnly: false }),
  ],
];

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
const median = (xs: number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

console.log(`serial: median of ${runs} calls; load: ${concurrency} in flight for ${seconds} s`);
console.log(
  "| target | statements/call | serial wall ms | serial CPU ms | calls/s | p50 ms | p99 ms | response KB |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [name, who, call] of targets) {
  if (only && !only.test(name)) continue;
  const run = async () => call(await benchCaller(db, who));
  const first = await run();
  const kb = Buffer.byteLength(JSON.stringify(first)) / 1024;
  if (values.sql) {
    printSql = true;
    console.log(`  ${name}:`);
    await run();
    printSql = false;
  }
  for (let i = 0; i < 5; i++) await run();
  const wall: number[] = [];
  const cpu: number[] = [];
  statements = 0;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const perCall = statements / runs;
  const latencies: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        await run();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(
    `| ${name} | ${perCall.toFixed(1)} | ${median(wall).toFixed(1)} | ${median(cpu).toFixed(1)} | ` +
      `${(latencies.length / elapsed).toFixed(1)} | ${quantile(latencies, 0.5).toFixed(0)} | ` +
      `${quantile(latencies, 0.99).toFixed(0)} | ${kb.toFixed(1)} |`,
  );
}
await db.$disconnect();
