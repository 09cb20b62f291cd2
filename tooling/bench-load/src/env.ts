/** The bench's configuration from the environment (the lint rule keeps reads of process.env here). */
export const benchEnv = {
  /** Set: use that database as is; unset: the bench starts an embedded PostgreSQL of its own. */
  databaseUrl: () => process.env.DATABASE_URL,
  /** The embedded PostgreSQL's port (default 5439, apart from the demo's 5433). */
  pgPort: () => process.env.PG_PORT ?? "5439",
  /** The production server's port. */
  webPort: () => Number(process.env.PW_PORT ?? process.env.PORT ?? 3100),
  /** The environment child processes inherit. */
  inherited: (): NodeJS.ProcessEnv => ({ ...process.env }),
};
