/**
 * The staffing solver thread: kept alive by its parent (solve-in-worker.ts) and given one input at a time, so
 * the solver's code stays loaded and compiled across proposals. Reports progress and the result per request.
 */
import { parentPort } from "node:worker_threads";
import { proposeStaffing, StaffingInfeasibleError } from "@portal/domain";
import type { SolveRequest, WorkerMessage } from "./solve-in-worker";

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

parentPort?.on("message", ({ id, input }: SolveRequest) => {
  try {
    const proposal = proposeStaffing(input, (phase, done) => post({ id, type: "progress", phase, done }));
    post({ id, type: "done", proposal });
  } catch (e) {
    post({
      id,
      type: "error",
      infeasible: e instanceof StaffingInfeasibleError,
      message: e instanceof Error ? e.message : String(e),
    });
  }
});
