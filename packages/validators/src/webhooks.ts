import { z } from "zod";
import { V } from "./messages";
import { id, optionalText, text } from "./common";

/** What a webhook endpoint can receive (issue 19). The names are part of the contract with receivers. */
export const webhookEventTypes = [
  "candidate.hired",
  "staff.signedOff",
  "signOff.lapsed",
  "certificate.issued",
  "certificate.expiring",
  "staff.moved",
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** Why a delivery attempt failed, stored as a key and worded on the admin page in the reader's language. */
export const webhookErrorCodes = [
  "httpStatus",
  "timeout",
  "connection",
  "blockedAddress",
  "unresolvable",
  "secretUnreadable",
  "endpointInactive",
  "redirect",
] as const;
export type WebhookErrorCode = (typeof webhookErrorCodes)[number];

/** An http(s) URL; whether plain http or a private address is accepted is the server's setting. */
const webhookUrl = text()
  .trim()
  .min(1, V.required)
  .max(2000, V.tooLong)
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === "https:" || u.protocol === "http:") && !u.username && !u.password;
    } catch {
      return false;
    }
  }, V.webhookUrl);

const endpointFields = {
  url: webhookUrl,
  description: optionalText(200),
  events: z.array(z.enum(webhookEventTypes)).min(1, V.webhookEvents).max(webhookEventTypes.length),
  active: z.boolean().default(true),
};

export const webhookCreateInput = z.object(endpointFields);
export type WebhookCreateInput = z.input<typeof webhookCreateInput>;
export const webhookUpdateInput = z.object({ id, ...endpointFields });
export const webhookDeliveryList = z.object({
  endpointId: id,
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
