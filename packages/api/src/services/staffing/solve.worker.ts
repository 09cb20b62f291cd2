/** Runs one staffing solve off the server's main thread and reports progress to it. */
import { parentPort, workerData } from "node:worker_threads";
import { proposeStaffing, StaffingInfeasibleError, type StaffingInput } from "@portal/domain";
import type { WorkerMessage } from "./solve-in-worker";

const post = (message: WorkerMessage) => parentPort?.postMessage(message);
try {
  // From source the bootstrap wraps the input (see solve-in-worker.ts); bundled, it is the input itself.
  const data = workerData as StaffingInput | { input: StaffingInput };
  const input = "input" in data ? data.input : data;
  const proposal = proposeStaffing(input, (phase, done) => post({ type: "progress", phase, done }));
  post({ type: "done", proposal });
} catch (e) {
  post({ type: "error", infeasible: e instanceof StaffingInfeasibleError, message: e instanceof Error ? e.message : String(e) });
}
