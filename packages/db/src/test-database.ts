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

/**
 * Prisma 6 turns a relation count (`_count: { select: { progress: true } }`) into a join with a subquery that
 * counts the WHOLE related table, grouped by parent (`LEFT JOIN (SELECT "enrolmentId", COUNT(*) FROM
 * "ItemProgress" WHERE 1=1 GROUP BY ...) AS "aggr_selection_0_ItemProgress"`), however few parents are read:
 * 13-40 ms per call for one learner at 2,000 staff, growing with the company. Every integration test refuses
 * that shape, so a new relation count fails its test; count with a filtered `groupBy` or `count` instead.
 */
export function refuseWholeTableAggregates(sql: string) {
  const aggregate = /AS "(aggr_selection_\d+_\w+)"/.exec(sql);
  if (aggregate)
    throw new Error(
      `A relation count (${aggregate[1]}) makes PostgreSQL count the whole related table on every call: ` +
        "count with a filtered groupBy or count instead (packages/db/src/test-database.ts).",
    );
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
  const db = createPrismaClient(url.toString(), "requests", refuseWholeTableAggregates);
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
