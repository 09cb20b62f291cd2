/**
 * The portal's database as the web server's lifecycle needs it, so the app never imports the database package
 * (README, "Architecture"): the outage monitor's probe, and closing the pool on a clean stop.
 */
import { disconnectPrisma, prisma } from "@portal/db";
import { checkDatabase } from "./health";
import { databaseOutage } from "./outage";

/** During an outage the monitor probes the database every second to notice (and log) its return. */
export function watchPortalDatabase() {
  databaseOutage().setProbe(() => prisma.$queryRaw`SELECT 1`);
}

export const disconnectPortalDatabase = () => disconnectPrisma();

/** The readiness check of /api/health/ready on the portal's own database (health.ts). */
export const checkPortalDatabase = (expectedMigrations: readonly string[]) =>
  checkDatabase(prisma, expectedMigrations);
