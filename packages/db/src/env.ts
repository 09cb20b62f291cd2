export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      "DATABASE_URL is not set: start the app through `npm start` (embedded PostgreSQL) or set it.",
    );
  return url;
}

/**
 * Connections each server process keeps to PostgreSQL at most (`DATABASE_POOL_SIZE`, default 10). Requests beyond
 * that wait for a free connection instead of adding load a small database cannot serve: on a 2-core machine
 * more connections only make every query slower. With N servers the database sees up to N x this number.
 */
export function databasePoolSize(): number {
  const raw = process.env.DATABASE_POOL_SIZE;
  if (!raw) return 10;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`DATABASE_POOL_SIZE must be a whole number >= 1, not "${raw}"`);
  return size;
}
