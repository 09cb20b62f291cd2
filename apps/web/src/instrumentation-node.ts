import { jobsEnv } from "./env";

/**
 * Start pg-boss and the portal's jobs, unless building (`next build` loads this hook) or JOBS_DISABLED=1.
 * A database that is down at startup does not stop the app: the jobs log it and retry.
 */
export async function startBackgroundJobs() {
  const { building, disabled, databaseUrl, mail } = jobsEnv();
  if (building || disabled) return;
  if (!databaseUrl) return console.error("[jobs] DATABASE_URL is not set; background jobs are off.");
  const { startPortalJobs } = await import("@portal/jobs");
  // No signal handlers here: adding one would replace Node's default exit on SIGTERM. An interrupted job is
  // retried by pg-boss after it expires.
  startPortalJobs({ connectionString: databaseUrl, mail });
}
