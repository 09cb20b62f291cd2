import { randomUUID } from "node:crypto";

export type JobPhase = "loading" | "scoring" | "solving" | "explaining";
export type JobState<T> = {
  id: string;
  ownerId: string;
  status: "running" | "done" | "failed";
  phase: JobPhase;
  /** 0-1 over the whole job. */
  progress: number;
  result: T | null;
  error: string | null;
  startedAt: Date;
  finishedAt: Date | null;
};

const KEEP_FOR_MS = 30 * 60_000;
const MAX_PER_OWNER = 5;

// Where each phase sits in the overall progress bar.
const span: Record<JobPhase, [number, number]> = {
  loading: [0, 0.1],
  scoring: [0.1, 0.4],
  solving: [0.4, 0.85],
  explaining: [0.85, 1],
};

/**
 * Jobs live in this server process (cached on globalThis so every route bundle shares them); a proposal is
 * a computation that can be re-run, not data, so nothing is lost when the process restarts.
 */
const registry: Map<string, JobState<unknown>> = ((
  globalThis as { __portalJobs?: Map<string, JobState<unknown>> }
).__portalJobs ??= new Map());

function prune(now: number) {
  for (const [id, job] of registry)
    if (job.finishedAt && now - job.finishedAt.getTime() > KEEP_FOR_MS) registry.delete(id);
}

export type JobReporter = (phase: JobPhase, done: number) => void;

/** Start `work` in the background and return its id at once; the owner polls `jobFor`. */
export function startJob<T>(ownerId: string, work: (report: JobReporter) => Promise<T>): string {
  prune(Date.now());
  const running = [...registry.values()].filter((j) => j.ownerId === ownerId && j.status === "running");
  if (running.length >= MAX_PER_OWNER)
    throw new Error(`You already have ${MAX_PER_OWNER} proposals running: wait for one to finish.`);
  const job: JobState<T> = {
    id: randomUUID(),
    ownerId,
    status: "running",
    phase: "loading",
    progress: 0,
    result: null,
    error: null,
    startedAt: new Date(),
    finishedAt: null,
  };
  registry.set(job.id, job as JobState<unknown>);
  const report: JobReporter = (phase, done) => {
    const [from, to] = span[phase];
    job.phase = phase;
    job.progress = Math.max(job.progress, from + (to - from) * Math.min(1, Math.max(0, done)));
  };
  work(report).then(
    (result) => Object.assign(job, { status: "done", result, progress: 1, finishedAt: new Date() }),
    (error: unknown) =>
      Object.assign(job, {
        status: "failed",
        error: error instanceof Error ? error.message : String(error),
        finishedAt: new Date(),
      }),
  );
  return job.id;
}

/** A job of this owner, or null: other people's jobs read as missing. */
export function jobFor<T>(ownerId: string, jobId: string): JobState<T> | null {
  const job = registry.get(jobId);
  return job && job.ownerId === ownerId ? (job as JobState<T>) : null;
}
