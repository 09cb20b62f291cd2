import { performance } from "node:perf_hooks";
import type { Db, Prisma } from "@portal/db";
import { StaffingInfeasibleError } from "@portal/domain";
import { englishMessage, isErrorKey, type ErrorKey, type ErrorParams } from "../../errors";

/** Why a job failed, as a message key and params the client words in the reader's language. */
export type JobError = { key: ErrorKey; params: ErrorParams };

export type JobPhase = "loading" | "scoring" | "solving" | "explaining";
export type JobState<T> = {
  id: string;
  ownerId: string;
  status: "running" | "done" | "failed";
  phase: JobPhase;
  /** 0-1 over the whole job. */
  progress: number;
  result: T | null;
  error: JobError | null;
  startedAt: Date;
  finishedAt: Date | null;
};

/** Finished proposals are deleted this long after they finished (they can be recomputed, not data). */
export const KEEP_FOR_MS = 30 * 60_000;
const MAX_PER_OWNER = 5;
/** The computing server stamps its running jobs this often... */
const HEARTBEAT_MS = 5_000;
/** ...so a running job without a stamp for this long was abandoned by a server that stopped. */
export const ABANDONED_AFTER_MS = 30_000;
/** Progress is written at most this often (the client polls every 250 ms). */
const PROGRESS_WRITE_MS = 200;
export const ABANDONED: JobError = { key: "proposalAbandoned", params: {} };

/** Why a job failed: an infeasible plan says why; anything else failed the computation (and is logged). */
export const jobErrorOf = (error: unknown): JobError =>
  error instanceof StaffingInfeasibleError ? error.infeasibility : { key: "proposalFailed", params: {} };

/** The stored form of a job's error (the `error` column, text): JSON of the key and params, with the English text
 * for whoever reads the table. */
const storedJobError = (told: JobError) =>
  JSON.stringify({ ...told, message: englishMessage(told.key, told.params) });

/** A stored error read back; a row stored before errors were keys reads as "the proposal failed". */
export function readJobError(stored: string): JobError {
  try {
    const parsed = JSON.parse(stored) as { key?: unknown; params?: unknown };
    if (isErrorKey(parsed.key)) return { key: parsed.key, params: (parsed.params ?? {}) as ErrorParams };
  } catch {
    // not JSON: an older row's English text
  }
  return { key: "proposalFailed", params: {} };
}

// Where each phase sits in the overall progress bar.
const span: Record<JobPhase, [number, number]> = {
  loading: [0, 0.1],
  scoring: [0.1, 0.4],
  solving: [0.4, 0.85],
  explaining: [0.85, 1],
};

export type JobReporter = (phase: JobPhase, done: number) => void;

/** The owner already has `limit` proposals running. */
export class TooManyJobsError extends Error {
  constructor(readonly limit: number) {
    super(`You already have ${limit} proposals running.`);
  }
}

/** What a finished job stores: `result` into its row (JSON text), and whatever `alongside` writes in the same transaction. */
export type JobOutcome<T> = { result: T; alongside?: (tx: Prisma.TransactionClient) => Promise<unknown> };

/**
 * Jobs are rows of `StaffingProposalJob`, so any server answers the owner's polls. The server that inserts a
 * row computes it in-process (that insert is its claim), writes progress and a heartbeat while it runs, and
 * the result (as JSON text, with any rows of its own in the same transaction) or the error at the end; a row
 * whose server died is failed by the next reader (`jobFor`).
 */
export async function startJob<T>(
  db: Db,
  ownerId: string,
  work: (report: JobReporter, jobId: string) => Promise<JobOutcome<T>>,
  /** Told how long storing the result took (benchmarks). */
  onStored?: (ms: number) => void,
): Promise<string> {
  const now = new Date();
  await failAbandonedJobs(db, now);
  await deleteOldJobs(db, now);
  const { id } = await db.$transaction(async (tx) => {
    // One owner's concurrent starts queue here, so the limit holds across requests and servers.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('staffing-proposal'), hashtext(${ownerId}))`;
    const running = await tx.staffingProposalJob.count({ where: { ownerId, status: "RUNNING" } });
    if (running >= MAX_PER_OWNER) throw new TooManyJobsError(MAX_PER_OWNER);
    return tx.staffingProposalJob.create({ data: { ownerId }, select: { id: true } });
  });

  const row = rowWriter(db, id);
  let progress = 0;
  const report: JobReporter = (phase, done) => {
    const [from, to] = span[phase];
    progress = Math.max(progress, from + (to - from) * Math.min(1, Math.max(0, done)));
    row.progress(phase, progress);
  };
  work(report, id).then(
    async ({ result, alongside }) => {
      const started = performance.now();
      await row.finish(
        { status: "DONE", progress: 1, result: JSON.stringify(result), finishedAt: new Date() },
        alongside,
      );
      onStored?.(performance.now() - started);
    },
    (error: unknown) => {
      if (!(error instanceof StaffingInfeasibleError))
        console.error(`[staffing] proposal ${id} failed`, error);
      return row.finish({
        status: "FAILED",
        error: storedJobError(jobErrorOf(error)),
        finishedAt: new Date(),
      });
    },
  );
  return id;
}

type Finish = {
  status: "DONE" | "FAILED";
  progress?: number;
  /** JSON text. */
  result?: string;
  error?: string;
  finishedAt: Date;
};

/**
 * Writes one running job's progress (coalesced: at most one write per PROGRESS_WRITE_MS, one at a time, the
 * latest value wins), its heartbeat, and its end. Writes only touch a RUNNING row, so a job a reader already
 * failed as abandoned stays failed. A failed write is logged, never thrown: the job goes on.
 */
function rowWriter(db: Db, id: string) {
  const running = { id, status: "RUNNING" as const };
  let chain: Promise<unknown> = Promise.resolve();
  const write = (data: object, alongside?: JobOutcome<unknown>["alongside"]) => {
    chain = chain
      .then(async () => {
        if (!alongside) return db.staffingProposalJob.updateMany({ where: running, data });
        // The rows and the DONE status together: a reader never sees a done job without its rows.
        return db.$transaction(async (tx) => {
          await alongside(tx);
          return tx.staffingProposalJob.updateMany({ where: running, data });
        });
      })
      .catch((e: unknown) => console.error(`[staffing] could not update proposal ${id}`, e));
    return chain;
  };
  let pending: { phase: JobPhase; progress: number } | null = null;
  let lastWrite = 0;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    if (!pending) return;
    const data = { ...pending, heartbeatAt: new Date() };
    pending = null;
    lastWrite = Date.now();
    void write(data);
  };
  const heartbeat = setInterval(() => void write({ heartbeatAt: new Date() }), HEARTBEAT_MS);
  heartbeat.unref();
  return {
    progress(phase: JobPhase, progress: number) {
      pending = { phase, progress };
      if (timer) return;
      const wait = PROGRESS_WRITE_MS - (Date.now() - lastWrite);
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    finish(data: Finish, alongside?: JobOutcome<unknown>["alongside"]) {
      clearInterval(heartbeat);
      clearTimeout(timer);
      pending = null;
      return write(data, alongside);
    },
  };
}

/** Running jobs whose server stopped stamping them become FAILED, so their owner is told instead of waiting. */
export function failAbandonedJobs(db: Db, now: Date) {
  return db.staffingProposalJob.updateMany({
    where: { status: "RUNNING", heartbeatAt: { lt: new Date(now.getTime() - ABANDONED_AFTER_MS) } },
    data: { status: "FAILED", error: storedJobError(ABANDONED), finishedAt: now },
  });
}

/** Bounded retention: finished jobs older than KEEP_FOR_MS are deleted (also run by a scheduled job). */
export function deleteOldJobs(db: Db, now: Date) {
  return db.staffingProposalJob.deleteMany({
    where: { finishedAt: { lt: new Date(now.getTime() - KEEP_FOR_MS) } },
  });
}

/**
 * A job of this owner, or null: other people's jobs read as missing. `revive` turns the parsed JSON of the
 * result back into its type (e.g. strings into dates).
 */
export async function jobFor<T>(
  db: Db,
  ownerId: string,
  jobId: string,
  revive: (parsed: unknown) => T,
): Promise<JobState<T> | null> {
  const where = { id: jobId, ownerId };
  let job = await db.staffingProposalJob.findFirst({ where });
  if (job?.status === "RUNNING" && Date.now() - job.heartbeatAt.getTime() > ABANDONED_AFTER_MS) {
    await failAbandonedJobs(db, new Date());
    job = await db.staffingProposalJob.findFirst({ where });
  }
  if (!job) return null;
  return {
    id: job.id,
    ownerId: job.ownerId,
    status: job.status === "RUNNING" ? "running" : job.status === "DONE" ? "done" : "failed",
    phase: job.phase as JobPhase,
    progress: job.progress,
    result: job.result === null ? null : revive(JSON.parse(job.result)),
    error: job.error === null ? null : readJobError(job.error),
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}

/** The scheduled clean-up: abandoned jobs failed, finished ones past retention deleted. */
export async function cleanStaffingProposals(db: Db, now: Date) {
  const failed = await failAbandonedJobs(db, now);
  const deleted = await deleteOldJobs(db, now);
  return { failed: failed.count, deleted: deleted.count };
}
