import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import type { StaffingInput } from "@portal/domain";
import {
  MAX_QUEUED,
  Solver,
  SolverBusyError,
  type SolveWork,
} from "../src/services/staffing/solve-in-worker";

/**
 * A stand-in solver thread speaking the same protocol: it answers with the number of people as the proposal's
 * total, crashes (an uncaught error) on an input without people, and never answers when asked to hang.
 */
const fakeWorkerSource = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", ({ id, input }) => {
  if (input.hang) return;
  if (input.people.length === 0) throw new Error("solver crashed");
  parentPort.postMessage({ id, type: "progress", phase: "solving", done: 1 });
  parentPort.postMessage({ id, type: "done", proposal: { totals: { people: input.people.length } } });
});`;

function fakeSolver() {
  const started: Worker[] = [];
  const solver = new Solver(() => {
    const worker = new Worker(fakeWorkerSource, { eval: true });
    started.push(worker);
    return worker;
  });
  return { solver, started };
}
const input = (people: number, extra: object = {}): SolveWork => ({
  kind: "propose",
  input: {
    people: Array.from({ length: people }, (_, i) => ({ id: String(i) })),
    ...extra,
  } as unknown as StaffingInput,
});
const noProgress = () => {};

describe("staffing solver thread", () => {
  it("reuses one warm thread for proposals one after another", async () => {
    const { solver, started } = fakeSolver();
    const phases: string[] = [];
    for (const people of [3, 4, 5])
      expect(await solver.solve(input(people), (phase) => phases.push(phase))).toMatchObject({
        proposal: { totals: { people } },
      });
    expect(started).toHaveLength(1);
    expect(phases).toEqual(["solving", "solving", "solving"]);
    await Promise.all(started.map((w) => w.terminate()));
  });

  it("fails only the proposal it was solving when the thread crashes, and starts a new one for the next", async () => {
    const { solver, started } = fakeSolver();
    const crashing = solver.solve(input(0), noProgress);
    const queued = solver.solve(input(2), noProgress);
    await expect(crashing).rejects.toThrow("solver crashed");
    expect(await queued).toMatchObject({ proposal: { totals: { people: 2 } } });
    expect(started).toHaveLength(2);
    await Promise.all(started.map((w) => w.terminate()));
  });

  it("queues a bounded number of proposals and refuses more", async () => {
    const { solver, started } = fakeSolver();
    const hanging = solver.solve(input(1, { hang: true }), noProgress);
    const queued = Array.from({ length: MAX_QUEUED }, () => solver.solve(input(1), noProgress));
    expect(solver.isFull).toBe(true);
    await expect(solver.solve(input(1), noProgress)).rejects.toBeInstanceOf(SolverBusyError);
    // Ending the stuck thread fails its proposal; the queued ones then run on a new thread.
    await started[0]!.terminate();
    await expect(hanging).rejects.toThrow(/stopped unexpectedly/);
    for (const solved of await Promise.all(queued))
      expect(solved).toMatchObject({ proposal: { totals: { people: 1 } } });
    expect(solver.isFull).toBe(false);
    await Promise.all(started.map((w) => w.terminate()));
  });
});
