import { Worker } from "node:worker_threads";
import {
  StaffingInfeasibleError,
  type StaffingInfeasibility,
  type StaffingInput,
  type StaffingPhase,
  type StaffingProposal,
} from "@portal/domain";
import { clock } from "./clock";

/** What the worker is asked: a proposal (its solver state kept as `keepAs`), or a capacity what-if on one. */
export type SolveWork =
  | { kind: "propose"; input: StaffingInput; keepAs?: string }
  | { kind: "whatIf"; basedOn: string; departmentId: string; capacity: number };
/** Parent to worker: one request, with when it was sent (`clock()`), to time the hand-over. */
export type SolveRequest = { id: number; sentAt: number } & SolveWork;
/** A proposal as the worker returns it: the per-person assignment stays in the worker. */
export type SolvedProposal = Omit<StaffingProposal, "assignment">;
/**
 * Milliseconds per phase: the worker's own phases, and the two hand-overs between the threads (copying the input
 * in, from the post until the worker starts on it, and the proposal back).
 */
export type PhaseTimes = Partial<Record<StaffingPhase | "handover" | "handback", number>>;

export type Solved = { proposal: SolvedProposal; ms: PhaseTimes };
/** Worker to parent, each tagged with the request it answers. */
export type WorkerMessage = { id: number } & (
  | { type: "progress"; phase: StaffingPhase; done: number }
  | { type: "done"; proposal: SolvedProposal; ms: PhaseTimes; postedAt: number }
  | { type: "missing" }
  | { type: "error"; infeasibility: StaffingInfeasibility | null; message: string }
);

/** A what-if on a proposal whose solver state this server's worker no longer holds (or never held). */
export class SessionMissingError extends Error {}

type Progress = (phase: StaffingPhase, done: number) => void;
type Task = {
  id: number;
  work: SolveWork;
  onProgress: Progress;
  resolve: (solved: Solved) => void;
  reject: (error: Error) => void;
};

/** Proposals waiting for the solver beyond the one it is solving; more are refused (SolverBusyError). */
export const MAX_QUEUED = 8;
/** An idle solver is stopped after this long, to give its memory back; the next proposal starts it cold. */
const IDLE_STOP_MS = 15 * 60_000;
/** A runaway solve ends the worker (restarted for the next proposal), never the server. */
const WORKER_HEAP_MB = 1536;

export class SolverBusyError extends Error {}

/**
 * The worker runs a self-contained bundle of solve.worker.ts (`npm run build -w @portal/api`, which turbo runs
 * before the app's build and the integration tests): a Next build copies it as a server asset, and tests load
 * it as is, so both run the same file and no TypeScript loader is needed at run time.
 */
const startWorker = () =>
  new Worker(new URL("../../../dist/solve.worker.mjs", import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });

/**
 * One solver thread kept warm across proposals (a fresh worker costs a cold start: module load and JIT, about
 * 1 s at 10,500 x 201), solving one proposal at a time from a bounded queue. A worker that crashes or exits
 * fails only the proposal it was solving and is replaced for the next one.
 */
export class Solver {
  constructor(private readonly start: () => Worker = startWorker) {}

  private worker: Worker | null = null;
  private current: Task | null = null;
  private readonly queue: Task[] = [];
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;

  get isFull() {
    return this.queue.length >= MAX_QUEUED;
  }

  solve(work: SolveWork, onProgress: Progress): Promise<Solved> {
    if (this.isFull)
      return Promise.reject(
        new SolverBusyError("The staffing solver is busy with other proposals: try again in a minute."),
      );
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, work, onProgress, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch() {
    if (this.current) return;
    const task = this.queue.shift();
    if (!task) return this.stopWhenIdle();
    clearTimeout(this.idleTimer);
    this.current = task;
    const worker = this.ensureWorker();
    worker.ref(); // while it solves, it keeps a script (a bench, a test) alive
    worker.postMessage({ id: task.id, sentAt: clock(), ...task.work } satisfies SolveRequest);
  }

  private ensureWorker() {
    if (this.worker) return this.worker;
    const worker = this.start();
    worker.on("message", (message: WorkerMessage) => this.onMessage(message));
    worker.on("error", (error) => this.onWorkerGone(worker, error));
    worker.on("exit", (code) =>
      this.onWorkerGone(worker, new Error(`The staffing solver stopped unexpectedly (exit code ${code}).`)),
    );
    this.worker = worker;
    return worker;
  }

  private onMessage(message: WorkerMessage) {
    const task = this.current;
    if (!task || task.id !== message.id) return;
    if (message.type === "progress") return task.onProgress(message.phase, message.done);
    this.current = null;
    if (message.type === "done")
      task.resolve({
        proposal: message.proposal,
        ms: { ...message.ms, handback: clock() - message.postedAt },
      });
    else if (message.type === "missing")
      task.reject(new SessionMissingError("The solver no longer holds this proposal."));
    else
      task.reject(
        message.infeasibility
          ? new StaffingInfeasibleError(message.message, message.infeasibility)
          : new Error(message.message),
      );
    this.dispatch();
  }

  /** The worker crashed (an uncaught error, out of memory) or exited: fail its task, start over for the next. */
  private onWorkerGone(worker: Worker, error: Error) {
    if (this.worker !== worker) return;
    this.worker = null;
    void worker.terminate();
    const task = this.current;
    this.current = null;
    task?.reject(error);
    this.dispatch();
  }

  private stopWhenIdle() {
    const worker = this.worker;
    if (!worker) return;
    worker.unref(); // an idle solver never keeps the process alive
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.worker !== worker || this.current) return;
      this.worker = null;
      void worker.terminate();
    }, IDLE_STOP_MS);
    this.idleTimer.unref();
  }
}

// One solver per server process, shared by every route bundle (Next may load this module more than once).
const solver: Solver = ((globalThis as { __portalStaffingSolver?: Solver }).__portalStaffingSolver ??=
  new Solver());

/** Whether a new proposal would be refused because the solver's queue is full. */
export const solverIsFull = () => solver.isFull;

/** Solve in the warm solver thread, so a large organization never blocks the requests the server answers. */
export function solveInWorker(work: SolveWork, onProgress: Progress): Promise<Solved> {
  return solver.solve(work, onProgress);
}
