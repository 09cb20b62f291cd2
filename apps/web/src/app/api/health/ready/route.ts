import { checkPortalDatabase } from "@portal/api/database";
import { RETRY_AFTER_SECONDS } from "@portal/api/outage";
import { expectedMigrations } from "@/env";
import { lifecycle } from "@/server/lifecycle";

/**
 * Readiness for a load balancer or an orchestrator: 200 when the database answers within 2 s, every migration
 * of this build is applied and the job runner has started (or jobs are off); otherwise 503. States only: no
 * personal data, no host names. Not behind sign-in (proxy.ts leaves /api alone).
 */
export const dynamic = "force-dynamic";

export async function GET() {
  const db = await checkPortalDatabase(expectedMigrations());
  const jobsStarted = lifecycle().jobsStarted;
  const jobs = jobsStarted === undefined ? "off" : jobsStarted() ? "started" : "starting";
  const ready = db.database === "ok" && db.migrations !== "pending" && jobs !== "starting";
  return Response.json(
    { status: ready ? "ready" : "unavailable", checks: { ...db, jobs } },
    {
      status: ready ? 200 : 503,
      headers: {
        "Cache-Control": "no-store",
        ...(ready ? {} : { "Retry-After": String(RETRY_AFTER_SECONDS) }),
      },
    },
  );
}
