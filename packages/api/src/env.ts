/** The api's configuration from the environment (the one place that reads process.env). */
export const isProduction = () => process.env.NODE_ENV === "production";

/** Webhook settings (README "Webhooks"). */
export const webhookEnv = () => ({
  /** http to localhost, and loopback addresses, allowed (tests, local development). */
  allowLocalhost: process.env.WEBHOOK_ALLOW_LOCALHOST === "1",
  /** Private, link-local and other non-public addresses allowed (a receiver inside the company network). */
  allowPrivateNetwork: process.env.WEBHOOK_ALLOW_PRIVATE_NETWORK === "1",
  /** Per attempt; default 10 s. */
  timeoutMs: Number(process.env.WEBHOOK_TIMEOUT_MS) > 0 ? Number(process.env.WEBHOOK_TIMEOUT_MS) : 10_000,
  /** The key webhook secrets are encrypted under is derived from it (next-auth's own choice of variable). */
  authSecret: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
});

/** Calls one API token may make per minute (README "API tokens"); default 120. Read per call, so a change applies. */
export const apiRateLimitPerMinute = () => {
  const configured = Number(process.env.API_RATE_LIMIT_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : 120;
};
