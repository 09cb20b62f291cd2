"use client";
import { useTranslations } from "next-intl";
import type { WebhookErrorCode, WebhookEventType } from "@portal/validators";

/** Message keys of the event types (their names contain dots, which next-intl reads as nesting). */
const eventKeys = {
  "candidate.hired": "candidateHired",
  "staff.signedOff": "staffSignedOff",
  "signOff.lapsed": "signOffLapsed",
  "certificate.issued": "certificateIssued",
  "certificate.expiring": "certificateExpiring",
  "staff.moved": "staffMoved",
} as const satisfies Record<WebhookEventType, string>;

const errorKeys = {
  httpStatus: "httpStatus",
  timeout: "timeout",
  connection: "connection",
  blockedAddress: "blockedAddress",
  unresolvable: "unresolvable",
  secretUnreadable: "secretUnreadable",
  endpointInactive: "endpointInactive",
  redirect: "redirect",
} as const satisfies Record<WebhookErrorCode, string>;

export function EventTypeLabel({ type }: { type: string }) {
  const t = useTranslations("webhooks.eventTypes");
  const key = eventKeys[type as WebhookEventType];
  return <>{key ? t(key) : type}</>;
}

/** Why an attempt failed, in plain words (the server stores a key, never a stack trace). */
export function useAttemptErrorText() {
  const t = useTranslations("webhooks.errors");
  return (code: string | null, responseCode: number | null) => {
    if (!code) return null;
    const key = errorKeys[code as WebhookErrorCode];
    return key ? t(key, { code: responseCode ?? 0 }) : code;
  };
}
