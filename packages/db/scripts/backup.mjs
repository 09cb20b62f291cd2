#!/usr/bin/env node
// `npm run db:backup [-- <file>]`: a consistent physical backup of the embedded PostgreSQL (.data/pg) into one
// .tar.gz (default .data/backups/portal-<UTC time>.tar.gz). The embedded package has no pg_dump, so:
// - server running: PostgreSQL's low-level backup API. A temporary replication slot keeps the WAL from being
//   recycled, pg_backup_start checkpoints, the data directory is copied, pg_backup_stop returns the backup_label
//   that makes the restored server replay the WAL written meanwhile (copied after the stop) to a consistent state.
// - server stopped: the data directory as it is (consistent once PostgreSQL has shut down).
// PG_PORT (5433) and PG_DATA_DIR (<repo>/.data/pg) select the server. With DATABASE_URL set, the database is
// not embedded: use that server's own backup or a pg_dump of its version.
import pg from "pg";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync, chownSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const log = (message) => console.log(`[backup] ${message}`);

if (process.env.DATABASE_URL) {
  console.error(
    "[backup] DATABASE_URL points at your own PostgreSQL server: back it up with that server's own backup\n" +
      '(or a pg_dump of the same major version, e.g. `pg_dump --format=custom "$DATABASE_URL"`). ' +
      "db:backup handles the embedded database only.",
  );
  process.exit(2);
}

const dataDir = resolve(process.env.PG_DATA_DIR ?? `${root}.data/pg`);
const port = Number(process.env.PG_PORT ?? 5433);
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const target = resolve(process.argv[2] ?? `${root}.data/backups/portal-${stamp}.tar.gz`);
if (!existsSync(`${dataDir}/PG_VERSION`)) {
  console.error(`[backup] no database in ${dataDir} (start the portal once with npm start).`);
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });

/** Copy `paths` of the data directory into `into` (tar pipe keeps owners and modes). */
function copy(into, paths, excludes = []) {
  // Files that change or vanish while PostgreSQL runs are expected: the WAL replay makes them consistent.
  const flags = ["--warning=no-file-changed", "--warning=no-file-removed", "--ignore-failed-read"];
  const exclude = excludes.flatMap((e) => ["--exclude", e]);
  try {
    execFileSync("sh", [
      "-c",
      `tar -C "$1" ${flags.join(" ")} ${exclude.map((e) => `'${e}'`).join(" ")} -cf - ${paths.join(" ")} | tar -C "$2" -xf -`,
      "copy",
      dataDir,
      into,
    ]);
  } catch (error) {
    if (error.status !== 1) throw error; // GNU tar: 1 means "some files differed", expected for a live copy
  }
}

const client = new pg.Client({
  host: "localhost",
  port,
  user: "postgres",
  password: "postgres",
  database: "postgres",
});
const online = await client.connect().then(
  () => true,
  () => false,
);

const staging = `${dirname(target)}/.staging-${stamp}`;
mkdirSync(staging, { recursive: true, mode: 0o700 });
try {
  if (online) {
    log(`server on port ${port} is running: online backup`);
    await client.query("SELECT pg_create_physical_replication_slot('portal_backup', true, true)");
    const { rows } = await client.query("SELECT pg_backup_start($1, true) AS lsn", [`portal ${stamp}`]);
    log(`backup started at WAL ${rows[0].lsn}`);
    copy(staging, ["."], ["./pg_wal/*", "./postmaster.pid", "./postmaster.opts", "./pg_replslot/*"]);
    const stop = await client.query("SELECT lsn, labelfile, spcmapfile FROM pg_backup_stop(false)");
    const { lsn, labelfile, spcmapfile } = stop.rows[0];
    // The WAL from the start's checkpoint to the stop, which the restored server replays.
    await client.query("SELECT pg_switch_wal()");
    copy(staging, ["./pg_wal"], ["./pg_wal/archive_status/*"]);
    writeFileSync(`${staging}/backup_label`, labelfile);
    if (spcmapfile) writeFileSync(`${staging}/tablespace_map`, spcmapfile);
    const owner = statSync(dataDir);
    for (const file of ["backup_label", "tablespace_map"])
      if (existsSync(`${staging}/${file}`)) chownSync(`${staging}/${file}`, owner.uid, owner.gid);
    log(`backup stopped at WAL ${lsn}`);
  } else {
    log(`no server on port ${port}: copying the stopped data directory`);
    copy(staging, ["."], ["./postmaster.pid", "./postmaster.opts"]);
  }
  execFileSync("tar", ["-C", staging, "-czf", target, "."]);
  log(`written ${target} (${(statSync(target).size / 1024 / 1024).toFixed(1)} MB)`);
} finally {
  if (online) await client.end();
  rmSync(staging, { recursive: true, force: true });
}
