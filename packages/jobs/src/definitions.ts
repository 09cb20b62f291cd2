import type PgBoss from "pg-boss";
import type { Db } from "@portal/db";
import {
  anonymizeExpiredCandidates,
  buildWeeklyDigests,
  publishLapsedSignOffs,
  cleanStaffingProposals,
  deliverNotificationEmails,
  sendLearningReminders,
  snapshotCoverage,
  storeFeedbackInsight,
  type NotificationMailer,
} from "@portal/api/jobs";
import { registerWebhookDelivery, relayWebhookDeliveries } from "./webhooks";

/** What a job's `run` gets: the database and the clock (tests pass their own). */
export type JobContext = {
  db: Db;
  now: () => Date;
  /** Set when SMTP is configured. */ mailer?: NotificationMailer | null;
  /** Tests shorten the webhook retries (default `webhookRetryPolicy`) and the delivery queue's polling. */
  webhookRetry?: { retryLimit: number; retryDelay: number; retryBackoff: boolean };
  webhookPollingSeconds?: number;
};

export type JobDefinition = {
  /** Queue name (letters, digits, hyphens). */
  name: string;
  /** Cron expression in UTC, or null for a job that only runs when sent. */
  cron: string | null;
  run: (ctx: JobContext, boss: PgBoss) => Promise<unknown>;
  /** Queues and workers of its own, registered with the job (e.g. the webhook delivery queue). */
  setup?: (boss: PgBoss, ctx: JobContext) => Promise<void>;
  /** Also run once when the server starts (only for idempotent jobs). */
  runOnStart?: boolean;
  /** Registered only when this holds (e.g. mail only with SMTP configured). */
  enabled?: (ctx: JobContext) => boolean;
};

/** Every background job of the portal. Adding one is one line here. */
export const jobs: JobDefinition[] = [
  {
    name: "candidate-retention",
    cron: "17 3 * * *",
    run: ({ db, now }) => anonymizeExpiredCandidates(db, now()),
  },
  // Hourly: a reminder appears soon after a course becomes due soon or overdue; dedupe keys keep it to one.
  {
    name: "learning-reminders",
    cron: "5 * * * *",
    run: ({ db, now }) => sendLearningReminders(db, now()),
    runOnStart: true,
  },
  // Every minute, only with SMTP configured: mails what the other jobs put in the notification centre.
  {
    name: "notification-email",
    cron: "* * * * *",
    enabled: ({ mailer }) => !!mailer,
    run: async ({ db, now, mailer }) =>
      mailer ? deliverNotificationEmails(db, now(), mailer) : { skipped: "SMTP is not configured" },
  },
  // Daily: replaces the current week's coverage and readiness snapshot (Monday UTC), so each week keeps its last state.
  {
    name: "coverage-snapshot",
    cron: "40 2 * * *",
    run: ({ db, now }) => snapshotCoverage(db, now()),
    runOnStart: true,
  },
  // Every 10 minutes: staffing proposals past their retention are deleted, abandoned ones failed.
  {
    name: "staffing-proposal-cleanup",
    cron: "*/10 * * * *",
    run: ({ db, now }) => cleanStaffingProposals(db, now()),
  },
  // Weekly (Monday): each segment's feedback figures of the last 12 complete weeks, upserted per week and
  // segment (the same rows however often it runs); also at start, so a new installation has its weeks.
  {
    name: "feedback-insight",
    cron: "25 1 * * 1",
    run: ({ db, now }) => storeFeedbackInsight(db, now()),
    runOnStart: true,
  },
  // Weekly (Monday morning): each person's digest of last week, one row per person and week (a second run, a
  // restart or a second server writes none again), with its notification in the same transaction; the
  // notification-email job mails it to those who keep the digest e-mail on. Also at start, to catch up a Monday
  // the servers were down.
  {
    name: "weekly-digest",
    cron: "0 6 * * 1",
    run: ({ db, now }) => buildWeeklyDigests(db, now()),
    runOnStart: true,
  },
  // Every minute: webhook deliveries written by the changes (the outbox) go to pg-boss, one job each, retried
  // with backoff (packages/jobs/src/webhooks.ts). A delivery waits at most about a minute for its first attempt.
  {
    name: "webhook-relay",
    cron: "* * * * *",
    setup: registerWebhookDelivery,
    run: (ctx, boss) => relayWebhookDeliveries(boss, ctx),
    runOnStart: true,
  },
  // Hourly: sign-offs that lapsed since (a certificate expired, the profile asks for more) become
  // `signOff.lapsed` events, once per sign-off.
  {
    name: "webhook-lapses",
    cron: "35 * * * *",
    run: ({ db, now }) => publishLapsedSignOffs(db, now()),
  },
];
