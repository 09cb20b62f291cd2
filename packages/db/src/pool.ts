import type { PoolConfig } from "pg";
import { poolEnv, type PoolEnv } from "./env";

/**
 * The database pool's limits, chosen so that a few stuck requests cannot starve all the others. Each can be
 * changed by environment (README "Operations"); 0 turns a timeout off.
 * - DATABASE_POOL_SIZE (10): connections per server process. pg-boss keeps 2 more of its own.
 * - DATABASE_CONNECT_TIMEOUT_MS (5000): waiting for a connection, from the pool or a new one. A full pool or an
 *   unreachable server then fails the request within seconds (answered 503) instead of hanging.
 * - DATABASE_STATEMENT_TIMEOUT_MS (30000): PostgreSQL cancels a statement running longer.
 * - DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS (30000): PostgreSQL ends a session whose transaction sits idle
 *   longer, releasing its locks and its pool slot.
 * Those two timeouts are for requests. Maintenance commands (db:seed, seed:scale) run statements and
 * transactions that may rightly take minutes: `poolConfig(url, env, "maintenance")` leaves both off, unless
 * DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS (0: none) sets a statement limit of their own.
 */
export const poolDefaults = {
  size: 10,
  connectTimeoutMs: 5_000,
  statementTimeoutMs: 30_000,
  idleInTransactionTimeoutMs: 30_000,
} as const;

function readMs(env: PoolEnv, name: keyof PoolEnv, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number >= 0, not "${raw}".`);
  return value;
}

/** What the pool serves: the server's requests and jobs, or a maintenance command run by an operator. */
export type PoolPurpose = "requests" | "maintenance";

export function poolConfig(
  connectionString: string,
  env: PoolEnv = poolEnv(),
  purpose: PoolPurpose = "requests",
): PoolConfig {
  const size = readMs(env, "DATABASE_POOL_SIZE", poolDefaults.size);
  if (size < 1) throw new Error("DATABASE_POOL_SIZE must be at least 1.");
  const connectionTimeoutMillis = readMs(env, "DATABASE_CONNECT_TIMEOUT_MS", poolDefaults.connectTimeoutMs);
  if (purpose === "maintenance")
    return {
      connectionString,
      max: size,
      connectionTimeoutMillis,
      statement_timeout: readMs(env, "DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS", 0),
      idle_in_transaction_session_timeout: 0,
    };
  return {
    connectionString,
    max: size,
    connectionTimeoutMillis,
    statement_timeout: readMs(env, "DATABASE_STATEMENT_TIMEOUT_MS", poolDefaults.statementTimeoutMs),
    idle_in_transaction_session_timeout: readMs(
      env,
      "DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS",
      poolDefaults.idleInTransactionTimeoutMs,
    ),
  };
}
