/** Runs one staffing solve off the server's main thread and reports progress to it. */
import { parentPort, workerData } from "node:worker_threads";
import { proposeStaffing, StaffingInfeasibleError, type StaffingInput } from "@portal/domain";
import type { WorkerMessage } from "./solve-in-worker";

const post = (message: WorkerMessage) => parentPort?.postMessage(message);
try {
  const proposal = proposeStaffing(workerData as StaffingInput, (phase, done) =>
    post({ type: "progress", phase, done }),
  );
  post({ type: "done", proposal });
} catch (e) {
  post({
    type: "error",
    infeasible: e instanceof StaffingInfeasibleError,
    message: e instanceof Error ? e.message : String(e),
  });
}
