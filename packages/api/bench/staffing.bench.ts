/**
 * Staffing proposal benchmark: "Run proposal" to result on the server, through the real tRPC caller as the web
 * client does it (startProposal, then proposalStatus polled every 20 ms until it is no longer running), on the
 * organization of `npm run seed:scale -- --staff 10000 --readiness` (10,500 staff x 201 departments). The first
 * run in the process is cold (the solver thread starts), the others reuse it. Prints each run and the medians.
 *
 *   npm run bench:staffing -w @portal/api -- [--runs 7]
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@portal/db";
import { databaseUrl } from "@portal/db/env";
import { appRouter } from "../src/root";
import { createCallerFactory, createContext } from "../src/trpc";

const { values } = parseArgs({ options: { runs: { type: "string", default: "7" } } });
const runs = Number(values.runs);
const POLL_MS = 20;

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl() }) });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

async function callerAs(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return createCallerFactory(appRouter)(
    await createContext({ db, claims: { id: user.id, sessionVersion: user.sessionVersion } }),
  );
}

/** One proposal: ms until startProposal answered (the organization loaded), and until the result was read. */
async function oneProposal(userId: string) {
  const started = performance.now();
  const { jobId } = await (await callerAs(userId)).staffing.startProposal({});
  const answered = performance.now() - started;
  for (;;) {
    const job = await (await callerAs(userId)).staffing.proposalStatus({ jobId });
    if (job.status === "failed") throw new Error(`proposal failed: ${JSON.stringify(job.error)}`);
    if (job.status === "done")
      return { startMs: answered, totalMs: performance.now() - started, moves: job.result!.moves.length };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

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
  console.log("| run | start answered ms | click to result ms | moves |");
  console.log("| --- | ---: | ---: | ---: |");
  const warm: { startMs: number; totalMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await oneProposal(hr.id);
    if (i > 0) warm.push(r);
    console.log(
      `| ${i === 0 ? "1 (cold)" : i + 1} | ${r.startMs.toFixed(0)} | ${r.totalMs.toFixed(0)} | ${r.moves} |`,
    );
  }
  if (warm.length)
    console.log(
      `| median of runs 2-${runs} | ${median(warm.map((r) => r.startMs)).toFixed(0)} | ${median(warm.map((r) => r.totalMs)).toFixed(0)} | |`,
    );
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
