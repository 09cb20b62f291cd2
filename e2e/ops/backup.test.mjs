// db:backup / db:restore on a throwaway embedded PostgreSQL with the demo company (`npm run test:ops`):
// an online backup, more rows written, a restore, and every table's row count as at the backup.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import pg from "pg";
import { prepareDatabase, repoRoot, startDatabase } from "./harness.mjs";

const pgPort = Number(process.env.OPS_PG_PORT ?? 5437) + 2;
const backupFile = `${repoRoot}.data/ops-backup-${pgPort}.tar.gz`;
let db;

before(async () => {
  db = await startDatabase(pgPort);
  prepareDatabase(db.url, { seed: true });
});
after(async () => {
  await db.stop();
  rmSync(backupFile, { force: true });
  for (const entry of readdirSync(`${repoRoot}.data`))
    if (entry.startsWith(`ops-${pgPort}.replaced-`))
      rmSync(`${repoRoot}.data/${entry}`, { recursive: true, force: true });
});

/** Row count of every table in the portal's schema. */
async function rowCounts() {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const { rows: tables } = await client.query(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const counts = {};
  for (const { tablename } of tables)
    counts[tablename] = (await client.query(`SELECT count(*)::int AS n FROM "${tablename}"`)).rows[0].n;
  await client.end();
  return counts;
}

const script = (name, args, env = {}) =>
  spawnSync(process.execPath, [`${repoRoot}packages/db/scripts/${name}.mjs`, ...args], {
    encoding: "utf8",
    input: "",
    env: { ...process.env, DATABASE_URL: "", PG_PORT: String(pgPort), PG_DATA_DIR: db.dir, ...env },
  });

test("a backup of the running database restores every table as it was", async () => {
  const atBackup = await rowCounts();
  assert.ok(atBackup.User > 0 && atBackup.CustomerSegment > 0, "the demo company is loaded");

  const backup = script("backup", [backupFile]);
  assert.equal(backup.status, 0, backup.stderr + backup.stdout);
  assert.match(backup.stdout, /online backup/);
  assert.ok(existsSync(backupFile));

  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query(
    `INSERT INTO "CustomerSegment" (id, name, kind, "updatedAt") SELECT 'after-' || g, 'After backup ' || g, 'INDIVIDUALS', now() FROM generate_series(1, 25) g`,
  );
  await client.query(`DELETE FROM "AuditEvent" WHERE id IN (SELECT id FROM "AuditEvent" LIMIT 5)`);
  await client.end();
  assert.notDeepEqual(await rowCounts(), atBackup);

  // Refused while the server runs, and without confirmation.
  assert.notEqual(script("restore", [backupFile, "--yes"]).status, 0);
  await db.pause();
  const unconfirmed = script("restore", [backupFile]);
  assert.notEqual(unconfirmed.status, 0);
  assert.match(unconfirmed.stderr, /not restored/);

  const restore = script("restore", [backupFile, "--yes"]);
  assert.equal(restore.status, 0, restore.stderr + restore.stdout);
  await db.restart();
  assert.deepEqual(await rowCounts(), atBackup);
});

test("with DATABASE_URL set, both point to the server's own backup tools", () => {
  for (const name of ["backup", "restore"]) {
    const result = script(name, [backupFile], { DATABASE_URL: "postgresql://elsewhere/portal" });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /own (backup|tools)|pg_dump/);
  }
});
