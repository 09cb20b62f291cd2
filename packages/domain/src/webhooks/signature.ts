/**
 * Webhook signatures (issue 19): `HMAC-SHA256(secret, timestamp + "." + body)` as lowercase hex, sent with the
 * Unix timestamp in seconds. Deterministic and without I/O (node:crypto's HMAC only), so a receiver's check is the
 * same function. Kept out of the package index: it needs node:crypto, which the browser bundles must not pull in.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** Header names of a delivery (documented in the README). */
export const webhookHeaders = {
  id: "Webhook-Id",
  timestamp: "Webhook-Timestamp",
  signature: "Webhook-Signature",
  event: "Webhook-Event",
} as const;

/** Receivers should refuse a delivery whose timestamp is further than this from their clock (replays). */
export const webhookToleranceSeconds = 300;

/** The signature of `body` sent at `timestamp` (Unix seconds): hex of HMAC-SHA256 over `timestamp.body`. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/**
 * Whether a received delivery is genuine: the signature matches (compared in constant time) and the timestamp
 * is within `toleranceSeconds` of `nowSeconds`.
 */
export function verifyWebhook(
  secret: string,
  headers: { timestamp: string | null | undefined; signature: string | null | undefined },
  body: string,
  nowSeconds: number,
  toleranceSeconds = webhookToleranceSeconds,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!headers.timestamp || !Number.isInteger(timestamp)) return false;
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body), "hex");
  const given = Buffer.from(headers.signature ?? "", "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
