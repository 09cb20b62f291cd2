/**
 * One person's readiness under load: the many-people loader (`loadReadiness` scoped to one person, what the STAFF
 * home used) against `loadOneReadiness` (one statement), each driven with `--concurrency` calls in flight for
 * `--seconds`, in alternating rounds on the same database and process, so both meet the same machine. Each call
 * is for another staff member (the people with the most enrolments). Prints per round and the median over rounds:
 * calls/s, p50 and p99 ms, statements per call, and the one-statement loader's calls/s as a multiple of the other.
 *
 *   DATABASE_URL=... npm run bench:one-readiness -w @portal/api -- [--rounds 3] [--seconds 5] [--concurrency 50]
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "@portal/db";
import { databaseUrl } from "@portal/db/env";
import { loadReadiness } from "../src/services/readiness/load";
import { loadOneReadiness } from "../src/services/readiness/one";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    seconds: { type: "string", default: "5" },
    concurrency: { type: "string", default: "50" },
  },
});
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);

let statements = 0;
const db = createPrismaClient(databaseUrl(), "requests", () => {
  statements += 1;
});

const people = await db.$queryRaw<{ id: string; userId: string }[]>`
  SELECT s."id", s."userId" FROM "StaffMember" s JOIN "Enrolment" e ON e."staffMemberId" = s."id"
   WHERE s."status" <> 'LEFT' GROUP BY s."id" ORDER BY count(*) DESC, s."id" LIMIT 200`;
if (people.length === 0) throw new Error("No staff with enrolments: run `npm run seed:scale` first.");

const variants = {
  "loadReadiness (one person)": (p: { userId: string }) =>
    loadReadiness(db, { userId: p.userId }, new Date()),
  loadOneReadiness: (p: { userId: string }) => loadOneReadiness(db, { userId: p.userId }, new Date()),
} as const;
type Variant = keyof typeof variants;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
const median = (xs: number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

/** `concurrency` workers call `fn` back to back until the time is up; calls started before the end count. */
async function drive(fn: (p: { userId: string }) => Promise<unknown>) {
  const latencies: number[] = [];
  statements = 0;
  let next = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const person = people[next++ % people.length]!;
        const t = performance.now();
        await fn(person);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / elapsed,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    statementsPerCall: statements / latencies.length,
  };
}

for (const fn of Object.values(variants)) for (const p of people.slice(0, 5)) await fn(p); // warm-up
const results: Record<Variant, Awaited<ReturnType<typeof drive>>[]> = {
  "loadReadiness (one person)": [],
  loadOneReadiness: [],
};
console.log(`${people.length} people, ${concurrency} calls in flight, ${seconds} s per variant and round`);
console.log("| round | loader | calls/s | p50 ms | p99 ms | statements per call |");
console.log("| ---: | --- | ---: | ---: | ---: | ---: |");
for (let round = 1; round <= rounds; round++) {
  // Alternate which goes first, so neither always meets the machine right after the other's load.
  const order = (Object.keys(variants) as Variant[])[round % 2 ? "slice" : "reverse"]();
  for (const name of order) {
    const r = await drive(variants[name]);
    results[name].push(r);
    console.log(
      `| ${round} | ${name} | ${r.perSecond.toFixed(1)} | ${r.p50.toFixed(0)} | ${r.p99.toFixed(0)} | ${r.statementsPerCall.toFixed(1)} |`,
    );
  }
}
const summary = (name: Variant) => ({
  perSecond: median(results[name].map((r) => r.perSecond)),
  p50: median(results[name].map((r) => r.p50)),
  p99: median(results[name].map((r) => r.p99)),
});
const before = summary("loadReadiness (one person)");
const after = summary("loadOneReadiness");
console.log("\nMedian over rounds:");
for (const [name, s] of [
  ["loadReadiness (one person)", before],
  ["loadOneReadiness", after],
] as const)
  console.log(
    `  ${name}: ${s.perSecond.toFixed(1)} calls/s, p50 ${s.p50.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms`,
  );
console.log(
  `  loadOneReadiness calls/s = ${(after.perSecond / before.perSecond).toFixed(2)} x loadReadiness`,
);
await db.$disconnect();
