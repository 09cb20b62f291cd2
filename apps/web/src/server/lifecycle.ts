/**
 * What the server process knows about itself, shared between Next's bundles and the start script
 * (scripts/start.mjs) through one global: the job runner (for readiness) and what to stop on SIGTERM.
 */
type ShutdownHook = readonly [name: string, stop: () => Promise<unknown>];
export type Lifecycle = {
  /** undefined: jobs are off (JOBS_DISABLED=1 or no database configured). */
  jobsStarted?: () => boolean;
  /** Run in order by the start script after the last request finished. */
  shutdownHooks: ShutdownHook[];
};

export function lifecycle(): Lifecycle {
  const registry = globalThis as { [key: symbol]: Lifecycle | undefined };
  return (registry[Symbol.for("portal.lifecycle")] ??= { shutdownHooks: [] });
}
