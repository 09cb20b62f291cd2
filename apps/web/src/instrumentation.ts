/**
 * Next's startup hook: starts the background jobs (pg-boss) in the Node server process. Skipped on the edge
 * runtime, during `next build`, and when JOBS_DISABLED=1. A database that is down at startup does not stop
 * the app: the jobs log it and retry.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.JOBS_DISABLED === "1") return;
  if (!process.env.DATABASE_URL) return console.error("[jobs] DATABASE_URL is not set; background jobs are off.");
  const [{ jobs, startJobs }, { prisma }] = await Promise.all([import("@portal/jobs"), import("@portal/db")]);
  const runner = startJobs({ connectionString: process.env.DATABASE_URL, ctx: { db: prisma, now: () => new Date() }, definitions: jobs });
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void runner.stop());
}
