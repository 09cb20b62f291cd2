import { performance } from "node:perf_hooks";
import { Prisma, type Db } from "@portal/db";
import type { FitResult, ProposedMove, StaffingInput } from "@portal/domain";
import type { capacityWhatIfInput, proposalMovesInput, staffingProposalInput } from "@portal/validators";
import type { z } from "zod";
import { AppError, badRequest, notFound, type ErrorKey, type ErrorParams } from "../../errors";
import { isWhatIf, loadStaffing, toStaffingInput } from "./load";
import { jobFor, startJob, TooManyJobsError, type JobReporter } from "./jobs";
import {
  SessionMissingError,
  solveInWorker,
  solverIsFull,
  type PhaseTimes,
  type SolvedProposal,
} from "./solve-in-worker";
import type { Actor } from "../../actor";

type ProposalInput = z.infer<typeof staffingProposalInput>;
type CapacityWhatIfInput = z.infer<typeof capacityWhatIfInput>;
type ProposalMovesInput = z.infer<typeof proposalMovesInput>;

/**
 * What `proposalStatus` answers once a proposal is done: totals, segment and department staffing (kilobytes).
 * The moves, thousands with their fit explanations at 10,000 people, are rows read a page at a time
 * (`proposalMoves`).
 */
export type ProposalResult = Omit<SolvedProposal, "moves"> & { whatIf: boolean };

/** One proposed move as a page lists it, with the record version apply sends back. */
export type StoredMove = ProposedMove & {
  /** The person's record version as loaded; apply sends it back so changes made meanwhile are detected. */
  version: Date;
};

/** Where a proposal's time went, in ms: loading, then the solver's phases, then storing the result. */
export type ProposalTimings = PhaseTimes & { load?: number; store?: number; warm: boolean };
let timingsListener: ((jobId: string, timings: ProposalTimings) => void) | null = null;
/** For benchmarks: told each proposal's phase times once its result is stored. */
export function onProposalTimings(listener: typeof timingsListener) {
  timingsListener = listener;
}

/**
 * What this server keeps of its latest proposals for capacity what-ifs: the solver input and the record
 * versions (the solver thread keeps its state). Bounded like the thread's sessions.
 */
type Kept = { ownerId: string; input: StaffingInput; versions: Map<string, Date> };
const KEEP = 2;
const kept: Map<string, Kept> = ((
  globalThis as { __portalStaffingKept?: Map<string, Kept> }
).__portalStaffingKept ??= new Map());
function keep(jobId: string, entry: Kept) {
  kept.set(jobId, entry);
  while (kept.size > KEEP) kept.delete(kept.keys().next().value!);
}

const tooMany = (key: ErrorKey, params?: ErrorParams) => new AppError("TOO_MANY_REQUESTS", key, params);

/**
 * Starts a job that solves in the solver thread and stores the result with the versions and names the page
 * needs; the caller polls `proposalStatus` (on any server: the job is a database row).
 */
async function startSolving(
  db: Db,
  actor: Actor,
  solve: (
    report: JobReporter,
    jobId: string,
  ) => Promise<{ proposal: SolvedProposal; ms: PhaseTimes; warm: boolean }>,
  versions: Map<string, Date>,
  whatIf: boolean,
  loadMs: number,
): Promise<{ jobId: string }> {
  const timings: ProposalTimings = { load: loadMs, warm: false };
  let id = "";
  try {
    const jobId = await startJob<ProposalResult>(
      db,
      actor.id,
      async (report, jobId) => {
        id = jobId;
        report("loading", 1);
        const { proposal, ms, warm } = await solve(report, jobId);
        Object.assign(timings, ms, { warm });
        const { moves, ...summary } = proposal;
        return {
          result: { ...summary, whatIf },
          alongside: (tx) => insertMoves(tx, jobId, moves, versions),
        };
      },
      (storeMs) => timingsListener?.(id, { ...timings, store: storeMs }),
    );
    return { jobId };
  } catch (e) {
    if (e instanceof TooManyJobsError) throw tooMany("proposalsRunning", { count: e.limit });
    throw e;
  }
}

/**
 * Loads the organization (bad department ids fail here, at once) and starts the solve in the solver thread,
 * which keeps the solution for capacity what-ifs on it.
 */
export async function startProposal(db: Db, actor: Actor, input: ProposalInput): Promise<{ jobId: string }> {
  if (solverIsFull()) throw tooMany("solverBusy");
  const started = performance.now();
  const loaded = await loadStaffing(db, actor, input.departmentIds);
  const staffingInput = toStaffingInput(loaded, input, new Date());
  const versions = new Map(loaded.staff.map((s) => [s.id, s.updatedAt]));
  const loadMs = performance.now() - started;
  return startSolving(
    db,
    actor,
    async (report, jobId) => {
      keep(jobId, { ownerId: actor.id, input: staffingInput, versions });
      const solved = await solveInWorker({ kind: "propose", input: staffingInput, keepAs: jobId }, report);
      return { ...solved, warm: false };
    },
    versions,
    isWhatIf(input),
    loadMs,
  );
}

/**
 * "What if this department had N places?" on one of the caller's proposals. On the server that computed the
 * proposal (its solver thread still holds the solution) the change is re-solved from that solution, a warm
 * start with the same optimum as a cold solve; elsewhere, or once the solution was let go, the proposal's
 * input is loaded and solved again with the changed capacity.
 */
export async function startCapacityWhatIf(
  db: Db,
  actor: Actor,
  input: CapacityWhatIfInput,
): Promise<{ jobId: string }> {
  const base = await db.staffingProposalJob.findFirst({
    where: { id: input.basedOnJobId, ownerId: actor.id },
    select: { id: true },
  });
  if (!base) throw notFound("proposalNotFound");
  if (input.proposal.removedDepartmentIds.includes(input.departmentId))
    throw badRequest("whatIfUnknownDepartment");
  if (solverIsFull()) throw tooMany("solverBusy");
  const here = kept.get(input.basedOnJobId);
  if (here && here.ownerId === actor.id) {
    if (!here.input.departments.some((d) => d.id === input.departmentId))
      throw badRequest("whatIfUnknownDepartment");
    const changed: StaffingInput = {
      ...here.input,
      departments: here.input.departments.map((d) =>
        d.id === input.departmentId ? { ...d, capacity: input.capacity } : d,
      ),
    };
    return startSolving(
      db,
      actor,
      async (report) => {
        const work = {
          kind: "whatIf",
          basedOn: input.basedOnJobId,
          departmentId: input.departmentId,
          capacity: input.capacity,
        } as const;
        try {
          return { ...(await solveInWorker(work, report)), warm: true };
        } catch (e) {
          if (!(e instanceof SessionMissingError)) throw e;
          return { ...(await solveInWorker({ kind: "propose", input: changed }, report)), warm: false };
        }
      },
      here.versions,
      true,
      0,
    );
  }
  // Not held here: the proposal's input again, with this department's capacity changed.
  const capacities = [
    ...input.proposal.capacities.filter((c) => c.departmentId !== input.departmentId),
    { departmentId: input.departmentId, capacity: input.capacity },
  ];
  return startProposal(db, actor, { ...input.proposal, capacities });
}

/**
 * The moves in the proposal's order, as rows of their own in one statement: PostgreSQL unpacks one JSON
 * parameter (thousands of rows with their explanations), instead of a bind parameter per column and row. `json`
 * throughout (the parameter and the explanation columns): the explanations are kept as the text they arrive in,
 * never parsed into jsonb (1.8x faster to store, BENCHMARKS.md).
 */
function insertMoves(
  tx: Prisma.TransactionClient,
  jobId: string,
  moves: readonly ProposedMove[],
  versions: ReadonlyMap<string, Date>,
) {
  if (moves.length === 0) return Promise.resolve(0);
  const rows = moves.map((m, rank) => ({ ...m, rank, version: versions.get(m.personId)!.toISOString() }));
  return tx.$executeRaw`
    INSERT INTO "StaffingProposalMove"
      ("jobId", rank, "personId", "personName", "fromDepartmentId", "toDepartmentId", gain, before, after, version)
    SELECT ${jobId}, r.rank, r."personId", r."personName", r."fromDepartmentId", r."toDepartmentId", r.gain,
           CASE WHEN r.before::text = 'null' THEN NULL ELSE r.before END, r.after, r.version
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(
      rank int, "personId" text, "personName" text, "fromDepartmentId" text, "toDepartmentId" text,
      gain float8, before json, after json, version timestamp(3))`;
}

/** The summary is plain JSON (no dates). */
const reviveProposal = (parsed: unknown) => parsed as ProposalResult;

export async function proposalStatus(db: Db, actor: Pick<Actor, "id">, jobId: string) {
  const job = await jobFor(db, actor.id, jobId, reviveProposal);
  if (!job) throw notFound("proposalNotFound");
  return job;
}

type MoveRow = Omit<StoredMove, "before" | "after"> & { before: FitResult | null; after: FitResult };

/**
 * One page of a done proposal's moves in the proposal's order (largest gain first), optionally only the moves
 * that touch a segment's departments (before or after the proposal) and/or one department, with the total that
 * match. Only the owner reads them; a proposal that is not done has none yet (not found).
 */
export async function proposalMoves(db: Db, actor: Pick<Actor, "id">, input: ProposalMovesInput) {
  const job = await db.staffingProposalJob.findFirst({
    where: { id: input.jobId, ownerId: actor.id, status: "DONE" },
    select: { result: true },
  });
  if (!job?.result) throw notFound("proposalNotFound");
  const touching = (departmentIds: readonly string[]) =>
    Prisma.sql`("fromDepartmentId" = ANY(${departmentIds}::text[]) OR "toDepartmentId" = ANY(${departmentIds}::text[]))`;
  const filters = [Prisma.sql`"jobId" = ${input.jobId}`];
  if (input.segmentId) {
    const summary = reviveProposal(JSON.parse(job.result));
    const segment = summary.segments.find((s) => s.segmentId === input.segmentId);
    filters.push(touching(segment ? [...segment.before.departmentIds, ...segment.after.departmentIds] : []));
  }
  if (input.departmentId) filters.push(touching([input.departmentId]));
  const where = Prisma.join(filters, " AND ");
  const [counted, moves] = await Promise.all([
    db.$queryRaw<
      [{ total: number }]
    >`SELECT count(*)::int AS total FROM "StaffingProposalMove" WHERE ${where}`,
    db.$queryRaw<MoveRow[]>`
      SELECT "personId", "personName", "fromDepartmentId", "toDepartmentId", gain, before, after, version
      FROM "StaffingProposalMove" WHERE ${where}
      ORDER BY rank LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`,
  ]);
  const total = counted[0].total;
  return {
    moves: moves satisfies StoredMove[],
    total,
    page: input.page,
    pageSize: input.pageSize,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
  };
}
