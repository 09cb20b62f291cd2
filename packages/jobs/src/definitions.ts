import type { Db } from "@portal/db";
import { anonymizeExpiredCandidates, sendLearningReminders, snapshotCoverage } from "@portal/api/jobs";

/** What a job's `run` gets: the database and the clock (tests pass their own). */
export type JobContext = { db: Db; now: () => Date };

export type JobDefinition = {
  /** Queue name (letters, digits, hyphens). */
  name: string;
  /** Cron expression in UTC, or null for a job that only runs when sent. */
  cron: string | null;
  run: (ctx: JobContext) => Promise<unknown>;
  /** Also run once when the server starts (only for idempotent jobs). */
  runOnStart?: boolean;
};

/** Every background job of the portal. Adding one is one line here. */
export const jobs: JobDefinition[] = [
  { name: "candidate-retention", cron: "17 3 * * *", run: ({ db, now }) => anonymizeExpiredCandidates(db, now()) },
  // Hourly: a reminder appears soon after a course becomes due soon or overdue; dedupe keys keep it to one.
  { name: "learning-reminders", cron: "5 * * * *", run: ({ db, now }) => sendLearningReminders(db, now()), runOnStart: true },
  // Daily: replaces the current week's coverage and readiness snapshot (Monday UTC), so each week keeps its last state.
  { name: "coverage-snapshot", cron: "40 2 * * *", run: ({ db, now }) => snapshotCoverage(db, now()), runOnStart: true },
];
