import { jobsEnv, portalTimeZone } from "./env";
import { lifecycle } from "./server/lifecycle";

/**
 * Start pg-boss and the portal's jobs, unless building (`next build` loads this hook) or JOBS_DISABLED=1, and
 * register what a clean stop closes (scripts/start.mjs runs the hooks after the last request).
 * A database that is down at startup does not stop the app: the jobs log it and retry.
 */
export async function startBackgroundJobs() {
  const { building, disabled, databaseUrl, mail } = jobsEnv();
  if (building) return;
  // A wrong sign-in setting (README "Single sign-on") stops the start with what is wrong, not the first sign-in. Next
  // only logs an error of this hook and serves on, so the process ends here.
  const { ssoSettings } = await import("@portal/auth/sso");
  try {
    ssoSettings();
  } catch (error) {
    console.error(`[auth] ${String(error)}`);
    process.exit(1);
  }
  const [
    { startPortalJobs },
    { watchPortalDatabase, disconnectPortalDatabase },
    { databaseOutage, RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE_DIGEST },
    { loadMessages },
  ] = await Promise.all([
    import("@portal/jobs"),
    import("@portal/api/database"),
    import("@portal/api/outage"),
    import("./i18n/messages"),
  ]);
  const state = lifecycle();
  // During an outage the monitor checks every second whether the database is back, to log it and answer again.
  watchPortalDatabase();
  // The request that discovers an outage is answered 503 too (scripts/start.mjs reads this when writing its status).
  state.outage = {
    isDown: () => databaseOutage().isDown(),
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    digest: DATABASE_UNAVAILABLE_DIGEST,
  };
  if (!disabled && databaseUrl) {
    // No signal handlers here: the start script owns SIGTERM. pg-boss stops gracefully; a job that outlives its
    // timeout expires and is retried after the next start.
    // Mails are written in each recipient's language, from the same catalogue as the pages.
    const runner = startPortalJobs({
      connectionString: databaseUrl,
      mail,
      mailLanguage: { messages: loadMessages, timeZone: portalTimeZone() },
    });
    state.jobsStarted = runner.isStarted;
    state.shutdownHooks.push(["background jobs", runner.stop]);
  } else if (!databaseUrl) console.error("[jobs] DATABASE_URL is not set; background jobs are off.");
  state.shutdownHooks.push(["database pool", disconnectPortalDatabase]);
}
