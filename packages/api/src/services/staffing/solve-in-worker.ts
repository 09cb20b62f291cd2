import { Worker } from "node:worker_threads";
import {
  StaffingInfeasibleError,
  type StaffingInput,
  type StaffingPhase,
  type StaffingProposal,
} from "@portal/domain";

export type WorkerMessage =
  | { type: "progress"; phase: StaffingPhase; done: number }
  | { type: "done"; proposal: StaffingProposal }
  | { type: "error"; infeasible: boolean; message: string };

/**
 * The worker runs a self-contained bundle of solve.worker.ts (`npm run build -w @portal/api`, which turbo runs
 * before the app's build and the integration tests): a Next build copies it as a server asset, and tests load
 * it as is, so both run the same file and no TypeScript loader is needed at run time.
 */
const startWorker = (input: StaffingInput) =>
  new Worker(new URL("../../../dist/solve.worker.mjs", import.meta.url), { workerData: input });

/** Solve in a worker thread, so a large organization never blocks the requests the server is answering. */
export function solveInWorker(
  input: StaffingInput,
  onProgress: (phase: StaffingPhase, done: number) => void,
): Promise<StaffingProposal> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(input);
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "progress") onProgress(message.phase, message.done);
      else if (message.type === "done") settle(() => resolve(message.proposal));
      else
        settle(() =>
          reject(
            message.infeasible ? new StaffingInfeasibleError(message.message) : new Error(message.message),
          ),
        );
    });
    worker.on("error", (error) => settle(() => reject(error)));
    worker.on("exit", (code) =>
      settle(() => reject(new Error(`The staffing solver stopped unexpectedly (exit code ${code}).`))),
    );
  });
}
