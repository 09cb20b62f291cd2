/**
 * Throwaway databases for integration tests: each test file gets its own database on the server of
 * DATABASE_URL, built by running the checked-in migration files in order (so tests also prove that the
 * migrations produce a working schema), and dropped afterwards. Never touches the demo data.
 */
import pg from "pg";
import type { Db } from "./client";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createPrismaClient, poolUsage } from "./client";
import { databaseUrl, testTemplateDatabase } from "./env";

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

/** A database name of its own for `label` (unique across processes and calls). */
export const uniqueDatabaseName = (label: string) =>
  `${label}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, "_");

/** The URL of database `name` on the server of DATABASE_URL. */
function databaseUrlOf(name: string) {
  const url = new URL(databaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates database `name` on the server `admin` is connected to and runs the migration files in it, in order. */
export async function createMigratedDatabase(admin: pg.Client, name: string) {
  await admin.query(`CREATE DATABASE "${name}"`);
  const target = new pg.Client({ connectionString: databaseUrlOf(name) });
  await target.connect();
  try {
    for (const m of migrationFiles()) await target.query(m.sql);
  } finally {
    await target.end();
  }
}

/**
 * A throwaway database with the migrated schema. Under the integration tests' global setup (test-template.ts) it
 * is a copy of the run's template, which that setup built by running the migration files: CREATE DATABASE ...
 * TEMPLATE copies files, 0.6 s where running the 25 migrations took 1.6-2.7 s, for each of ~66 test files, on a
 * loaded two-core machine. Without that setup the migrations run here.
 */
export async function createTestDatabase(label = "it") {
  const admin = new pg.Client({ connectionString: databaseUrl() });
  await admin.connect();
  const name = uniqueDatabaseName(label);
  const template = testTemplateDatabase();
  if (template) await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  else await createMigratedDatabase(admin, name);
  const url = databaseUrlOf(name);
  const db = createPrismaClient(url, "requests", refuseWholeTableAggregates);
  return {
    url,
    db,
    /**
     * Drops the database, and fails when the test file left connections behind (leftBehind, openConnections): in a
     * worker that runs several files, a leak would shrink what the files after it have, and a connection that is
     * never given back would make ending the pool (and so this drop) wait forever.
     */
    async drop({ settleMs = SETTLE_MS }: { settleMs?: number } = {}) {
      const dropDatabase = () => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      const left: string[] = [];
      try {
        left.push(...(await leftBehind(db, admin, name, settleMs)));
        // Cut the database first, so that ending the pool does not wait for connections that never come back.
        if (left.length > 0) await dropDatabase();
        await db.$disconnect();
        if (left.length === 0) left.push(...(await openConnections(admin, name, settleMs)));
      } finally {
        await dropDatabase();
        await admin.end();
      }
      if (left.length > 0)
        throw new Error(`The test file left connections to its database behind: ${left.join("; ")}`);
    },
  };
}

/**
 * How long a test file's last background work (a proposal storing its result) may still hold a connection by
 * default; the check's own test waits less.
 */
const SETTLE_MS = 10_000;

/**
 * What a test file left holding connections to its database `name` once its tests are done, after waiting up to
 * `settleMs` for work still running to finish: connections of its own pool still lent out (a transaction never
 * committed or rolled back, a release that never came), and sessions still busy (a statement running or a
 * transaction open).
 */
async function leftBehind(db: Db, admin: pg.Client, name: string, settleMs: number): Promise<string[]> {
  const busySessions = () =>
    admin
      .query<{ state: string; query: string }>(
        `SELECT state, left(query, 120) AS query FROM pg_stat_activity
          WHERE datname = $1 AND state <> 'idle'`,
        [name],
      )
      .then((r) => r.rows);
  for (const giveUpAt = Date.now() + settleMs; ;) {
    const usage = poolUsage(db);
    const busy = await busySessions();
    if ((usage === null || usage.lentOut + usage.waiting === 0) && busy.length === 0) return [];
    if (Date.now() > giveUpAt)
      return [
        ...(usage && usage.lentOut + usage.waiting > 0
          ? [`${usage.lentOut} of its pool's connections lent out, ${usage.waiting} callers waiting`]
          : []),
        ...busy.map((s) => `a session ${s.state}: ${s.query}`),
      ];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Connections to database `name` still open once the file's own pool has ended: clients the file made itself (a
 * second Prisma client, a pg.Client) and never closed. A session ends shortly after its client leaves, so they are
 * counted until none is left or `settleMs` passes.
 */
async function openConnections(admin: pg.Client, name: string, settleMs: number): Promise<string[]> {
  for (const giveUpAt = Date.now() + settleMs; ;) {
    const { rows } = await admin.query<{ open: number }>(
      "SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = $1",
      [name],
    );
    const open = rows[0]!.open;
    if (open === 0) return [];
    if (Date.now() > giveUpAt) return [`${open} connections of clients it never closed`];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
