import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { StaffingInfeasibleError, type StaffingInput, type StaffingPhase, type StaffingProposal } from "@portal/domain";

export type WorkerMessage =
  | { type: "progress"; phase: StaffingPhase; done: number }
  | { type: "done"; proposal: StaffingProposal }
  | { type: "error"; infeasible: boolean; message: string };

// A Next build bundles the worker entry to JavaScript. Run from TypeScript source (tests, scripts), the
// worker first registers tsx itself: loader flags in a worker's execArgv do not reach its entry on Node 20.
const fromSource = import.meta.url.endsWith(".ts");
const tsxPackage = ["t", "s", "x"].join(""); // built at run time so bundlers leave it alone
const sourceBootstrap = `
const { workerData } = require("node:worker_threads");
import(workerData.tsx).then(({ register }) => { register(); return import(workerData.entry); });
`;

function startWorker(input: StaffingInput): Worker {
  if (!fromSource) return new Worker(new URL("./solve.worker.ts", import.meta.url), { workerData: input });
  const entry = new URL("./solve.worker.ts", import.meta.url).href;
  // The ESM entry of tsx's API, found from this package (tsx is a devDependency: only source runs need it).
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve(`${tsxPackage}/package.json`)), "dist/esm/api/index.mjs")).href;
  return new Worker(sourceBootstrap, { eval: true, workerData: { input, entry, tsx } });
}

/** Solve in a worker thread, so a large organization never blocks the requests the server is answering. */
export function solveInWorker(input: StaffingInput, onProgress: (phase: StaffingPhase, done: number) => void): Promise<StaffingProposal> {
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
      else settle(() => reject(message.infeasible ? new StaffingInfeasibleError(message.message) : new Error(message.message)));
    });
    worker.on("error", (error) => settle(() => reject(error)));
    worker.on("exit", (code) => settle(() => reject(new Error(`The staffing solver stopped unexpectedly (exit code ${code}).`))));
  });
}
