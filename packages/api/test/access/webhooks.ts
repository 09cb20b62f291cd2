import type { AccessRows } from "./types";

/** Webhooks (issue 19): endpoints, secrets and the delivery log are for admins only. */
export const webhooksAccess: AccessRows = {
  "webhooks.list": ["ADMIN"],
  "webhooks.create": ["ADMIN"],
  "webhooks.update": ["ADMIN"],
  "webhooks.rotateSecret": ["ADMIN"],
  "webhooks.delete": ["ADMIN"],
  "webhooks.deliveries": ["ADMIN"],
  "webhooks.resend": ["ADMIN"],
};
