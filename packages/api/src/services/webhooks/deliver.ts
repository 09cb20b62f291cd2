/**
 * Sending webhook deliveries (run by packages/jobs on pg-boss). `claimWebhookDeliveries` takes the PENDING
 * deliveries not yet handed to pg-boss (or handed over so long ago that their job must have been lost) and stamps
 * them; the job sends one pg-boss job per delivery, whose retries (exponential backoff) call `attemptWebhookDelivery`.
 * Each attempt is logged (`WebhookAttempt`) with the receiver's status code or an error key, never a stack trace.
 */
import type { Db } from "@portal/db";
import { signWebhook, webhookHeaders } from "@portal/domain/webhook-signature";
import type { WebhookErrorCode } from "@portal/validators";
import { decryptWebhookSecret } from "./secret";
import { deliveryRefusal, webhookSettings } from "./url-policy";

/** A delivery handed to pg-boss and still PENDING after this long is handed over again (its job was lost). */
export const webhookRequeueMinutes = 60;

/** The pg-boss retry policy of a delivery: 6 attempts, 30 s doubling (30 s, 1, 2, 4, 8 min). */
export const webhookRetryPolicy = { retryLimit: 5, retryDelay: 30, retryBackoff: true } as const;

export async function claimWebhookDeliveries(db: Db, now: Date, limit = 200): Promise<string[]> {
  const stale = new Date(now.getTime() - webhookRequeueMinutes * 60_000);
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "WebhookDelivery" SET "queuedAt" = ${now}
    WHERE id IN (
      SELECT id FROM "WebhookDelivery"
      WHERE status = 'PENDING' AND ("queuedAt" IS NULL OR "queuedAt" < ${stale})
      ORDER BY "createdAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id`;
  return rows.map((r) => r.id);
}

/** The body a receiver gets: `{ id, type, occurredAt, data }` (the event id is the same on a re-send). */
export const webhookBody = (event: { id: string; type: string; occurredAt: Date; data: unknown }) =>
  JSON.stringify({
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt.toISOString(),
    data: event.data,
  });

type Outcome =
  { ok: true; responseCode: number } | { ok: false; responseCode: number | null; error: WebhookErrorCode };

async function post(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<Outcome> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel().catch(() => {});
    if (res.status >= 200 && res.status < 300) return { ok: true, responseCode: res.status };
    if (res.status >= 300 && res.status < 400)
      return { ok: false, responseCode: res.status, error: "redirect" };
    return { ok: false, responseCode: res.status, error: "httpStatus" };
  } catch (e) {
    const name = e instanceof Error ? e.name : "";
    return {
      ok: false,
      responseCode: null,
      error: name === "TimeoutError" || name === "AbortError" ? "timeout" : "connection",
    };
  }
}

export type AttemptResult = {
  status: "SUCCEEDED" | "PENDING" | "FAILED" | "SKIPPED";
  error?: WebhookErrorCode;
};

/**
 * One attempt of a delivery. `final`: no retry follows (pg-boss's last), so a failure marks it FAILED; otherwise
 * it stays PENDING and the caller throws for pg-boss to retry. A delivery already finished is skipped.
 */
export async function attemptWebhookDelivery(
  db: Db,
  deliveryId: string,
  options: { final: boolean; now?: () => Date },
): Promise<AttemptResult> {
  const now = options.now ?? (() => new Date());
  const delivery = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      id: true,
      status: true,
      attempts: true,
      endpoint: { select: { url: true, active: true, secretEncrypted: true } },
      event: { select: { id: true, type: true, occurredAt: true, data: true } },
    },
  });
  if (!delivery || delivery.status !== "PENDING") return { status: "SKIPPED" };
  const settings = webhookSettings();
  const started = Date.now();
  let outcome: Outcome;
  const secret = decryptWebhookSecret(delivery.endpoint.secretEncrypted);
  if (!delivery.endpoint.active) outcome = { ok: false, responseCode: null, error: "endpointInactive" };
  else if (!secret) outcome = { ok: false, responseCode: null, error: "secretUnreadable" };
  else {
    const refusal = await deliveryRefusal(delivery.endpoint.url, settings);
    if (refusal) outcome = { ok: false, responseCode: null, error: refusal };
    else {
      const body = webhookBody(delivery.event);
      const timestamp = Math.floor(now().getTime() / 1000);
      outcome = await post(
        delivery.endpoint.url,
        {
          "content-type": "application/json",
          "user-agent": "CustomerSegmentPortal-Webhooks/1",
          [webhookHeaders.id]: delivery.event.id,
          [webhookHeaders.event]: delivery.event.type,
          [webhookHeaders.timestamp]: String(timestamp),
          [webhookHeaders.signature]: signWebhook(secret, timestamp, body),
        },
        body,
        settings.timeoutMs,
      );
    }
  }
  // An inactive endpoint will not become active by retrying quickly: that ends the delivery at once.
  const final = options.final || (!outcome.ok && outcome.error === "endpointInactive");
  const status = outcome.ok ? "SUCCEEDED" : final ? "FAILED" : "PENDING";
  const at = now();
  await db.$transaction([
    db.webhookAttempt.create({
      data: {
        deliveryId,
        number: delivery.attempts + 1,
        at,
        durationMs: Date.now() - started,
        responseCode: outcome.responseCode,
        error: outcome.ok ? null : outcome.error,
      },
    }),
    db.webhookDelivery.update({
      where: { id: deliveryId },
      data: {
        attempts: { increment: 1 },
        status,
        responseCode: outcome.responseCode,
        lastError: outcome.ok ? null : outcome.error,
        finishedAt: status === "PENDING" ? null : at,
      },
    }),
  ]);
  return outcome.ok ? { status } : { status, error: outcome.error };
}
