/**
 * The staffing solver thread: kept alive by its parent (solve-in-worker.ts) and given one request at a time, so
 * the solver's code stays loaded and compiled across proposals. A proposal's solver state is kept (the last
 * KEEP_SESSIONS, keyed by job id), so a capacity what-if on it is re-solved from its solution (a warm start).
 * Reports progress, the result (without the per-person assignment, which nobody reads) and the phase times.
 */
import { parentPort } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import {
  StaffingInfeasibleError,
  StaffingSession,
  type StaffingPhase,
  type StaffingProposal,
} from "@portal/domain";
import { clock } from "./clock";
import type { PhaseTimes, SolveRequest, WorkerMessage } from "./solve-in-worker";

/** Each kept session holds the fit and cost matrices and the solver's heaps: about 70 MB at 10,500 x 201. */
const KEEP_SESSIONS = 2;

type Kept = { session: StaffingSession; capacity: Map<string, number>; changed: string | null };
const sessions = new Map<string, Kept>();

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

/** Times the phases from `since` (the request's arrival): the time before the first report counts to the first phase. */
function timer(id: number, since: number) {
  const ms: PhaseTimes = {};
  let phase: StaffingPhase | null = null;
  const report = (next: StaffingPhase, done: number) => {
    if (next !== phase) {
      const now = performance.now();
      if (phase) {
        ms[phase] = (ms[phase] ?? 0) + now - since;
        since = now;
      }
      phase = next;
    }
    post({ id, type: "progress", phase: next, done });
  };
  const end = () => {
    if (phase) ms[phase] = (ms[phase] ?? 0) + performance.now() - since;
    return ms;
  };
  return { report, end, ms };
}

function keep(key: string, kept: Kept) {
  sessions.delete(key);
  sessions.set(key, kept);
  while (sessions.size > KEEP_SESSIONS) sessions.delete(sessions.keys().next().value!);
}

const withoutAssignment = ({ assignment: _unused, ...rest }: StaffingProposal) => rest;

parentPort?.on("message", (request: SolveRequest) => {
  const { id } = request;
  const time = timer(id, performance.now());
  time.ms.handover = clock() - request.sentAt;
  try {
    let proposal: StaffingProposal;
    if (request.kind === "propose") {
      const session = new StaffingSession(request.input, time.report);
      proposal = session.proposal;
      if (request.keepAs)
        keep(request.keepAs, {
          session,
          capacity: new Map(request.input.departments.map((d) => [d.id, d.capacity])),
          changed: null,
        });
    } else {
      const kept = sessions.get(request.basedOn);
      if (!kept) return post({ id, type: "missing" });
      keep(request.basedOn, kept);
      // Only one department differs from the proposal at a time: undo the previous what-if first (warm too).
      if (kept.changed !== null && kept.changed !== request.departmentId) {
        kept.session.withCapacity(kept.changed, kept.capacity.get(kept.changed)!);
        kept.changed = null;
      }
      proposal = kept.session.withCapacity(request.departmentId, request.capacity, time.report);
      kept.changed = request.departmentId;
    }
    const ms = time.end();
    post({ id, type: "done", proposal: withoutAssignment(proposal), ms, postedAt: clock() });
  } catch (e) {
    post({
      id,
      type: "error",
      infeasibility: e instanceof StaffingInfeasibleError ? e.infeasibility : null,
      message: e instanceof Error ? e.message : String(e),
    });
  }
});
