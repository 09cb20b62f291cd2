/**
 * Coverage benchmark: calls the real `coverage.overview` procedure (tRPC caller, a fresh context per call as the
 * HTTP handler builds one) as HR for the whole company and as the head of one scale department (one segment),
 * on the organization made by `npm run seed:scale -- --readiness`, and reports server time (median, p95) and SQL
 * queries per call, which must be the same at both sizes. For comparison it also times the same figures from
 * everyone's full readiness (`coveragePeopleFull`, what the light path avoids), and the two other procedures.
 * Exits 1 when the whole-company p95 > 500 ms.
 *
 *   npm run bench:coverage -w @portal/api -- [--runs 30] [--warmup 3] [--full-runs 5]
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@portal/db";
import { databaseUrl } from "@portal/db/env";
import { appRouter } from "../src/root";
import { createCallerFactory, createContext } from "../src/trpc";
import { coveragePeople, coveragePeopleFull } from "../src/services/coverage/people";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "30" },
    warmup: { type: "string", default: "3" },
    "full-runs": { type: "string", default: "5" },
    budget: { type: "string", default: "500" },
  },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);

const db = new PrismaClient({
  adapter: new PrismaPg({ connectionString: databaseUrl() }),
  log: [{ emit: "event", level: "query" }],
});
let queries = 0;
db.$on("query", () => {
  queries += 1;
});
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

/** Times `call` (warm-up first) and collects the distinct query counts seen. */
async function measure(call: () => Promise<unknown>, n: number) {
  const counts = new Set<number>();
  const once = async () => {
    queries = 0;
    const started = performance.now();
    await call();
    const ms = performance.now() - started;
    counts.add(queries);
    return ms;
  };
  for (let i = 0; i < warmup; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(await once());
  times.sort((a, b) => a - b);
  return {
    runs: n,
    median: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    queries: [...counts].join(", "),
  };
}

async function callerAs(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return createCallerFactory(appRouter)(
    await createContext({ db, claims: { id: user.id, sessionVersion: user.sessionVersion } }),
  );
}

async function main() {
  const hr =
    (await db.user.findFirst({ where: { email: "bench.hr@scale.example" } })) ??
    (await db.user.create({
      data: { email: "bench.hr@scale.example", name: "Bench HR", role: "HR", passwordHash: "-" },
    }));
  const head = await db.department.findFirst({
    where: { name: { startsWith: "Scale department " }, headId: { not: null } },
    orderBy: { name: "asc" },
    select: { headId: true },
  });
  if (!head?.headId || (await db.signOff.count()) === 0)
    throw new Error("Run `npm run seed:scale -- --readiness` first.");

  const [staff, departments, segments] = await Promise.all([
    db.staffMember.count({ where: { status: { not: "LEFT" } } }),
    db.department.count({ where: { archived: false } }),
    db.customerSegment.count({ where: { archived: false } }),
  ]);
  const asOf = new Date();
  const light = await coveragePeople(db, {}, asOf);
  const byStatus = new Map<string, number>();
  for (const p of light) byStatus.set(p.status, (byStatus.get(p.status) ?? 0) + 1);
  const statuses = [...byStatus].map(([s, n]) => `${s} ${n}`).join(", ");
  console.log(`organization: ${staff} staff, ${departments} departments, ${segments} segments (${statuses})`);

  const rows: string[] = [];
  const row = (what: string, people: number, r: Awaited<ReturnType<typeof measure>>) =>
    rows.push(
      `| ${what} | ${people} | ${r.runs} | ${r.median.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.queries} |`,
    );

  const headCaller = await callerAs(head.headId);
  const headPeople = (await headCaller.coverage.overview()).totals.staff;
  row(
    "coverage.overview, HEAD (one segment)",
    headPeople,
    await measure(async () => (await callerAs(head.headId!)).coverage.overview(), runs),
  );
  const company = await measure(async () => (await callerAs(hr.id)).coverage.overview(), runs);
  row("coverage.overview, HR (whole company)", staff, company);
  row(
    "same figures from full readiness (reference)",
    staff,
    await measure(() => coveragePeopleFull(db, {}, asOf), Number(values["full-runs"])),
  );
  row(
    "coverage.timeToSignOff, HR",
    staff,
    await measure(async () => (await callerAs(hr.id)).coverage.timeToSignOff(), runs),
  );
  row(
    "coverage.trend (12 weeks), HR",
    staff,
    await measure(async () => (await callerAs(hr.id)).coverage.trend({ weeks: 12 }), runs),
  );

  console.log("| call | people | runs | median ms | p95 ms | SQL queries per call |");
  console.log("| --- | ---: | ---: | ---: | ---: | --- |");
  for (const r of rows) console.log(r);
  if (company.p95 > Number(values.budget)) {
    console.error(`whole-company p95 ${company.p95.toFixed(0)} ms > ${values.budget} ms`);
    process.exitCode = 1;
  }
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
