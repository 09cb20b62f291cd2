export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      "DATABASE_URL is not set: start the app through `npm start` (embedded PostgreSQL) or set it.",
    );
  return url;
}
