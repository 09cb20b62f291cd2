/**
 * Webhook delivery on pg-boss (issue 19). Services write deliveries into the outbox (`WebhookDelivery`, PENDING)
 * in the transaction of each change; the `webhook-relay` job (every minute) claims them and queues one
 * `webhook-deliver` job each. pg-boss retries a failed attempt with exponential backoff (`webhookRetryPolicy`:
 * 30 s doubling, 6 attempts); the last failure marks the delivery FAILED. Every attempt is in the delivery log.
 */
import type PgBoss from "pg-boss";
import { attemptWebhookDelivery, claimWebhookDeliveries, webhookRetryPolicy } from "@portal/api/jobs";
import type { JobContext } from "./definitions";

export const WEBHOOK_DELIVER_QUEUE = "webhook-deliver";

const policyOf = (ctx: JobContext) => ctx.webhookRetry ?? webhookRetryPolicy;

/** The delivery queue and its worker (registered with the relay job). */
export async function registerWebhookDelivery(boss: PgBoss, ctx: JobContext) {
  const policy = policyOf(ctx);
  // An attempt takes at most the per-attempt timeout (10 s by default); a job still active after 5 minutes is
  // taken as lost (its server stopped) and retried like a failure.
  await boss.createQueue(WEBHOOK_DELIVER_QUEUE, {
    name: WEBHOOK_DELIVER_QUEUE,
    ...policy,
    expireInSeconds: 300,
  });
  await boss.work<{ deliveryId: string }>(
    WEBHOOK_DELIVER_QUEUE,
    { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: ctx.webhookPollingSeconds ?? 2 },
    async ([job]) => {
      if (!job) return;
      const final = job.retryCount >= job.retryLimit;
      const result = await attemptWebhookDelivery(ctx.db, job.data.deliveryId, { final, now: ctx.now });
      // Thrown so that pg-boss schedules the next attempt with its backoff; the attempt is already logged.
      if (result.status === "PENDING")
        throw new Error(`webhook delivery ${job.data.deliveryId} failed (${result.error}); retrying`);
      return result;
    },
  );
}

/** Hands PENDING deliveries to pg-boss, one job each. */
export async function relayWebhookDeliveries(boss: PgBoss, ctx: JobContext) {
  const ids = await claimWebhookDeliveries(ctx.db, ctx.now());
  if (ids.length > 0)
    await boss.insert(
      ids.map((deliveryId) => ({ name: WEBHOOK_DELIVER_QUEUE, data: { deliveryId }, ...policyOf(ctx) })),
    );
  return { queued: ids.length };
}
