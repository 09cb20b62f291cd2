/**
 * Head dashboard benchmark: calls the real `readiness.matrix` procedure (tRPC caller, a fresh context per call as
 * the HTTP handler builds one) as the head of the benchmark department made by
 * `npm run seed:scale -w @portal/db -- --readiness` (500 people, two positions of 20 requirements each, three
 * required courses), and as the head of an ordinary 50-person scale department, and reports server time
 * (median, p95) and SQL queries per call, which must be the same at both sizes. Exits 1 when p95 > 300 ms.
 *
 *   npm run bench:readiness -w @portal/api -- [--runs 50] [--warmup 5]
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@portal/db";
import { databaseUrl } from "@portal/db/env";
import { appRouter } from "../src/root";
import { createCallerFactory, createContext } from "../src/trpc";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "50" },
    warmup: { type: "string", default: "5" },
    budget: { type: "string", default: "300" },
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

async function measure(departmentId: string, headId: string) {
  const head = await db.user.findUniqueOrThrow({ where: { id: headId } });
  const counts = new Set<number>();
  let people = 0;
  let columns = 0;
  const timed = async () => {
    const caller = createCallerFactory(appRouter)(
      await createContext({ db, claims: { id: head.id, sessionVersion: head.sessionVersion } }),
    );
    queries = 0;
    const started = performance.now();
    const matrix = await caller.readiness.matrix({ departmentId, pageSize: 50 });
    const ms = performance.now() - started;
    counts.add(queries);
    people = matrix.total;
    columns = matrix.columns.length;
    return ms;
  };
  for (let i = 0; i < warmup; i++) await timed();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timed());
  times.sort((a, b) => a - b);
  return { people, columns, median: quantile(times, 0.5), p95: quantile(times, 0.95), queries: [...counts] };
}

async function main() {
  const bench = await db.department.findFirst({
    where: { name: { startsWith: "Readiness benchmark department " } },
    orderBy: { createdAt: "desc" },
    select: { id: true, headId: true },
  });
  const ordinary = await db.department.findFirst({
    where: { name: { startsWith: "Scale department " } },
    orderBy: { name: "asc" },
    select: { id: true, headId: true },
  });
  if (!bench?.headId || !ordinary?.headId)
    throw new Error("Run `npm run seed:scale -w @portal/db -- --readiness` first.");
  const staff = await db.staffMember.count();
  console.log(`organization: ${staff} staff members`);
  console.log("| department | people | matrix columns | runs | median ms | p95 ms | SQL queries per call |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
  const results = [];
  for (const [label, d] of [
    ["ordinary", ordinary],
    ["benchmark", bench],
  ] as const) {
    const r = await measure(d.id, d.headId!);
    results.push(r);
    console.log(
      `| ${label} | ${r.people} | ${r.columns} | ${runs} | ${r.median.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.queries.join(", ")} |`,
    );
  }
  if (results[1]!.p95 > Number(values.budget)) {
    console.error(`p95 ${results[1]!.p95.toFixed(0)} ms > ${values.budget} ms`);
    process.exitCode = 1;
  }
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
