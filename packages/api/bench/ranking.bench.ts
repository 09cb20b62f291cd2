/**
 * Ranking benchmark: calls the real `pipeline.table` procedure (tRPC caller, HR user) against the positions made
 * by `npm run seed:scale -- --hiring-only --candidates N`, and reports server time (median, p95) and the number
 * of SQL queries per call, which must not grow with the number of candidates. "warm" calls read the stored fit
 * (fit-store.ts), the usual case; "cold" calls first mark every stored fit of the position as absent, so the
 * call scores and stores all N again (what the first ranking after the migration does). See BENCHMARKS.md.
 *
 *   npm run bench:ranking -w @portal/api -- [--runs 30] [--warmup 3] [--cold 10] [--sort fit|name|stage|daysInStage]
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
    runs: { type: "string", default: "30" },
    warmup: { type: "string", default: "3" },
    cold: { type: "string", default: "10" },
    sort: { type: "string", default: "fit" },
  },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const coldRuns = Number(values.cold);
const sorts = ["fit", "name", "stage", "daysInStage"] as const;
const sort = sorts.find((s) => s === values.sort);
if (!sort) throw new Error(`--sort must be one of ${sorts.join(", ")}`);

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

async function main() {
  const hr =
    (await db.user.findFirst({ where: { email: "bench.hr@scale.example" } })) ??
    (await db.user.create({
      data: { email: "bench.hr@scale.example", name: "Bench HR", role: "HR", passwordHash: "-" },
    }));
  const caller = createCallerFactory(appRouter)(
    await createContext({ db, claims: { id: hr.id, sessionVersion: hr.sessionVersion } }),
  );
  const positions = await db.position.findMany({
    where: { title: { startsWith: "Ranking benchmark " } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      // eslint-disable-next-line no-restricted-syntax -- the benchmark's one fixture lookup, not a request path
      _count: { select: { applications: true } },
      // eslint-disable-next-line no-restricted-syntax -- as above
      profiles: { select: { _count: { select: { requirements: true } } } },
    },
  });
  const latest = new Map<string, (typeof positions)[number]>();
  for (const p of positions) if (!latest.has(p.title)) latest.set(p.title, p);
  if (latest.size === 0)
    throw new Error(
      "No benchmark positions: run `npm run seed:scale -w @portal/db -- --hiring-only --candidates 1000` first.",
    );
  const rows: string[] = [];
  for (const p of [...latest.values()].sort((a, b) => a._count.applications - b._count.applications)) {
    const input = { positionId: p.id, page: 1, pageSize: 25, sort };
    let counts = new Set<number>();
    const timed = async () => {
      queries = 0;
      const started = performance.now();
      const page = await caller.pipeline.table(input);
      const ms = performance.now() - started;
      counts.add(queries);
      if (page.total !== p._count.applications)
        throw new Error(`expected ${p._count.applications} ranked, got ${page.total}`);
      return ms;
    };
    for (let i = 0; i < warmup; i++) await timed(); // the first call also stores the seeded rows' fit
    counts = new Set<number>();
    const cold: number[] = [];
    for (let i = 0; i < coldRuns; i++) {
      await db.$executeRaw`UPDATE "Application" SET "fitComputedAt" = NULL WHERE "positionId" = ${p.id}`;
      cold.push(await timed());
    }
    const coldCounts = counts;
    counts = new Set<number>();
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) warm.push(await timed());
    cold.sort((a, b) => a - b);
    warm.sort((a, b) => a - b);
    rows.push(
      `| ${p._count.applications} | ${p.profiles[0]?._count.requirements ?? 0} | ${runs} | ${quantile(warm, 0.5).toFixed(0)} | ${quantile(warm, 0.95).toFixed(0)} | ${coldRuns} | ${quantile(cold, 0.5).toFixed(0)} | ${quantile(cold, 0.95).toFixed(0)} | ${[...counts].join(", ")} | ${[...coldCounts].join(", ")} |`,
    );
  }
  console.log(`sort: ${sort}`);
  console.log(
    "| candidates | requirements | warm runs | warm median ms | warm p95 ms | cold runs | cold median ms | cold p95 ms | SQL queries per warm call | per cold call |",
  );
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
  for (const r of rows) console.log(r);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
