/**
 * What the server process knows about itself, shared between Next's bundles and the start script
 * (scripts/start.mjs) through one global: the job runner (for readiness), the database outage (for the status
 * the start script writes) and what to stop on SIGTERM.
 */
type ShutdownHook = readonly [name: string, stop: () => Promise<unknown>];
export type Lifecycle = {
  /** undefined: jobs are off (JOBS_DISABLED=1 or no database configured). */
  jobsStarted?: () => boolean;
  /**
   * The outage monitor's state (packages/api/src/outage.ts): while the database is known to be away, the start
   * script answers a failed request, or a page rendered without it, 503 with this Retry-After. An error with
   * this digest (the outage, already logged once by the monitor) is not logged again per request.
   */
  outage?: { isDown: () => boolean; retryAfterSeconds: number; digest: string };
  /** Run in order by the start script after the last request finished. */
  shutdownHooks: ShutdownHook[];
};

export function lifecycle(): Lifecycle {
  const registry = globalThis as { [key: symbol]: Lifecycle | undefined };
  return (registry[Symbol.for("portal.lifecycle")] ??= { shutdownHooks: [] });
}
