import { performance } from "node:perf_hooks";
import type { Db } from "@portal/db";
import type { StaffingInput } from "@portal/domain";
import type { capacityWhatIfInput, staffingProposalInput } from "@portal/validators";
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

export type ProposalResult = SolvedProposal & {
  /** Record version per moved person as loaded; apply sends it back so changes made meanwhile are detected. */
  versions: Record<string, Date>;
  whatIf: boolean;
  departmentNames: Record<string, string>;
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
        return {
          ...proposal,
          versions: Object.fromEntries(proposal.moves.map((m) => [m.personId, versions.get(m.personId)!])),
          whatIf,
          departmentNames: Object.fromEntries(proposal.departments.map((d) => [d.departmentId, d.name])),
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

/** A proposal read back from its JSON: the versions, the only dates in it, become dates again. */
const reviveProposal = (parsed: unknown): ProposalResult => {
  const stored = parsed as Omit<ProposalResult, "versions"> & { versions: Record<string, string> };
  return {
    ...stored,
    versions: Object.fromEntries(Object.entries(stored.versions).map(([id, at]) => [id, new Date(at)])),
  };
};

export async function proposalStatus(db: Db, actor: Pick<Actor, "id">, jobId: string) {
  const job = await jobFor(db, actor.id, jobId, reviveProposal);
  if (!job) throw notFound("proposalNotFound");
  return job;
}
