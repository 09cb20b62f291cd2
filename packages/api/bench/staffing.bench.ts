/**
 * Staffing proposal benchmark: "Run proposal" to result on the server, through the real tRPC caller as the web
 * client does it (startProposal, then proposalStatus polled every 20 ms until it is no longer running), on the
 * organization of `npm run seed:scale -- --staff 10000 --readiness` (10,500 staff x 201 departments). The first
 * run in the process is cold (the solver thread starts), the others reuse it. Prints each run with where its
 * time went (load, the solver's phases, storing the result, the poll that read it) and the size of the answer
 * that found it done (as superjson sends it), then the medians.
 *
 *   npm run bench:staffing -w @portal/api -- [--runs 7]
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import superjson from "superjson";
import { PrismaClient } from "@portal/db";
import { databaseUrl } from "@portal/db/env";
import { appRouter } from "../src/root";
import { createCallerFactory, createContext } from "../src/trpc";
import { onProposalTimings, type ProposalTimings } from "../src/services/staffing/proposal";

const { values } = parseArgs({ options: { runs: { type: "string", default: "7" } } });
const runs = Number(values.runs);
const POLL_MS = 20;

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl() }) });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

const timings = new Map<string, ProposalTimings>();
onProposalTimings((jobId, t) => timings.set(jobId, t));

async function callerAs(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return createCallerFactory(appRouter)(
    await createContext({ db, claims: { id: user.id, sessionVersion: user.sessionVersion } }),
  );
}

type Run = {
  startMs: number;
  totalMs: number;
  /** The proposalStatus call that found the job done: reading the row and its result. */
  readMs: number;
  /** Bytes of that answer as superjson puts it on the wire (before compression). */
  doneBytes: number;
  /** Bytes of a proposalStatus answer while the job was running (the largest seen). */
  runningBytes: number;
  moves: number;
  timings: ProposalTimings;
};

/** One proposal: ms until startProposal answered (the organization loaded), and until the result was read. */
async function oneProposal(userId: string): Promise<Run> {
  const started = performance.now();
  const { jobId } = await (await callerAs(userId)).staffing.startProposal({});
  const answered = performance.now() - started;
  let runningBytes = 0;
  for (;;) {
    const caller = await callerAs(userId);
    const asked = performance.now();
    const job = await caller.staffing.proposalStatus({ jobId });
    const readMs = performance.now() - asked;
    const bytes = Buffer.byteLength(JSON.stringify(superjson.serialize(job)));
    if (job.status === "failed") throw new Error(`proposal failed: ${JSON.stringify(job.error)}`);
    if (job.status === "done")
      return {
        startMs: answered,
        totalMs: performance.now() - started,
        readMs,
        doneBytes: bytes,
        runningBytes,
        moves: job.result!.totals.moves,
        timings: timings.get(jobId) ?? { warm: false },
      };
    runningBytes = Math.max(runningBytes, bytes);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

const ms = (n: number | undefined) => (n === undefined ? "" : n.toFixed(0));
const columns: [string, (r: Run) => number | undefined][] = [
  ["start answered ms", (r) => r.startMs],
  ["load ms", (r) => r.timings.load],
  ["hand-over ms", (r) => r.timings.handover],
  ["score ms", (r) => r.timings.scoring],
  ["solve ms", (r) => r.timings.solving],
  ["explain ms", (r) => r.timings.explaining],
  ["hand-back ms", (r) => r.timings.handback],
  ["store ms", (r) => r.timings.store],
  ["done read ms", (r) => r.readMs],
  ["click to result ms", (r) => r.totalMs],
];

async function main() {
  const hr =
    (await db.user.findFirst({ where: { email: "bench.hr@scale.example" } })) ??
    (await db.user.create({
      data: { email: "bench.hr@scale.example", name: "Bench HR", role: "HR", passwordHash: "-" },
    }));
  const [staff, departments] = await Promise.all([
    db.staffMember.count({ where: { status: { not: "LEFT" } } }),
    db.department.count({ where: { archived: false } }),
  ]);
  if (staff < 1000) throw new Error("Run `npm run seed:scale -- --staff 10000 --readiness` first.");
  console.log(`organization: ${staff} staff x ${departments} departments`);
  console.log(
    `| run | ${columns.map(([name]) => name).join(" | ")} | done answer kB | running answer kB | moves |`,
  );
  console.log(`| --- | ${columns.map(() => "---:").join(" | ")} | ---: | ---: | ---: |`);
  const warm: Run[] = [];
  const kB = (bytes: number) => (bytes / 1024).toFixed(1);
  for (let i = 0; i < runs; i++) {
    const r = await oneProposal(hr.id);
    if (i > 0) warm.push(r);
    console.log(
      `| ${i === 0 ? "1 (cold)" : i + 1} | ${columns.map(([, of]) => ms(of(r))).join(" | ")} | ` +
        `${kB(r.doneBytes)} | ${kB(r.runningBytes)} | ${r.moves} |`,
    );
  }
  if (warm.length) {
    const med = (of: (r: Run) => number | undefined) => {
      const xs = warm.map(of).filter((x): x is number => x !== undefined);
      return xs.length ? median(xs) : undefined;
    };
    console.log(
      `| median of runs 2-${runs} | ${columns.map(([, of]) => ms(med(of))).join(" | ")} | ` +
        `${kB(med((r) => r.doneBytes)!)} | ${kB(med((r) => r.runningBytes)!)} | |`,
    );
  }
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
