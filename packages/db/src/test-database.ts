/**
 * Throwaway databases for integration tests: each test file gets its own database on the server of
 * DATABASE_URL, built by running the checked-in migration files in order (so tests also prove that the
 * migrations produce a working schema), and dropped afterwards. Never touches the demo data.
 */
import pg from "pg";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "./client";
import { databaseUrl } from "./env";

const migrationsDir = fileURLToPath(new URL("../prisma/migrations/", import.meta.url));

export function migrationFiles() {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name,
      sql: readFileSync(`${migrationsDir}${name}/migration.sql`, "utf8"),
      schemaPath: `${migrationsDir}${name}/schema.prisma`,
    }));
}

export async function createTestDatabase(label = "it") {
  const admin = new pg.Client({ connectionString: databaseUrl() });
  await admin.connect();
  const name = `${label}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, "_");
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(databaseUrl());
  url.pathname = `/${name}`;
  const target = new pg.Client({ connectionString: url.toString() });
  await target.connect();
  for (const m of migrationFiles()) await target.query(m.sql);
  await target.end();
  const db = createPrismaClient(url.toString());
  return {
    url: url.toString(),
    db,
    async drop() {
      await db.$disconnect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
