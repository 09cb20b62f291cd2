export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      "DATABASE_URL is not set: start the app through `npm start` (embedded PostgreSQL) or set it.",
    );
  return url;
}

/**
 * The migrated, empty database the integration tests copy each test database from (set by test-template.ts, the
 * global setup of their vitest runs); unset, each test database runs the migrations itself.
 */
export const TEST_TEMPLATE_VARIABLE = "PORTAL_TEST_TEMPLATE_DATABASE";
export const testTemplateDatabase = (): string | undefined =>
  process.env[TEST_TEMPLATE_VARIABLE] || undefined;
export function setTestTemplateDatabase(name: string) {
  process.env[TEST_TEMPLATE_VARIABLE] = name;
}

/** The pool settings of pool.ts, unset ones left to its defaults. */
export const poolEnv = () => ({
  DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE,
  DATABASE_CONNECT_TIMEOUT_MS: process.env.DATABASE_CONNECT_TIMEOUT_MS,
  DATABASE_STATEMENT_TIMEOUT_MS: process.env.DATABASE_STATEMENT_TIMEOUT_MS,
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: process.env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS: process.env.DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS,
});
export type PoolEnv = Partial<ReturnType<typeof poolEnv>>;
