/**
 * Readiness of the database for a load balancer or an orchestrator: reachable within a short timeout and every
 * migration this build expects applied. Answers only states, never data.
 */
import type { DbClient } from "@portal/db";
import { databaseOutage, isDatabaseUnreachable } from "./outage";

export type DatabaseHealth = {
  database: "ok" | "unreachable" | "error";
  migrations: "ok" | "pending" | "unknown";
};

class HealthTimeout extends Error {
  code = "ETIMEDOUT";
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HealthTimeout(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** `expectedMigrations`: the migration folder names the build was made with (empty: not checked). */
export async function checkDatabase(
  db: DbClient,
  expectedMigrations: readonly string[],
  timeoutMs = 2_000,
): Promise<DatabaseHealth> {
  const startedAt = Date.now();
  try {
    const applied = await withTimeout(
      db.$queryRaw<{ name: string }[]>`
        SELECT migration_name AS name FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      timeoutMs,
    );
    databaseOutage().markUp(startedAt);
    const names = new Set(applied.map((row) => row.name));
    const pending = expectedMigrations.filter((name) => !names.has(name));
    return {
      database: "ok",
      migrations: expectedMigrations.length === 0 ? "unknown" : pending.length ? "pending" : "ok",
    };
  } catch (error) {
    if (isDatabaseUnreachable(error)) {
      databaseOutage().markDown(error, startedAt);
      return { database: "unreachable", migrations: "unknown" };
    }
    // Reachable but the query failed, e.g. no _prisma_migrations table: migrations were never deployed.
    return { database: "error", migrations: "unknown" };
  }
}
