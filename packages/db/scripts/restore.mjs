#!/usr/bin/env node
// `npm run db:restore -- <file> [--yes]`: replace the embedded database (.data/pg) with a backup written by
// db:backup. The server must be stopped (stop `npm start` first). Asks for confirmation unless --yes; the replaced
// data directory is kept next to it (.data/pg.replaced-<time>) until you delete it. On its next start PostgreSQL
// replays the WAL in the backup to the consistent state of the end of the backup.
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, renameSync, statSync } from "node:fs";
import { connect } from "node:net";
import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const args = process.argv.slice(2);
const yes = args.includes("--yes");
const file = args.find((a) => !a.startsWith("--"));
const fail = (message, code = 1) => {
  console.error(`[restore] ${message}`);
  process.exit(code);
};

if (process.env.DATABASE_URL)
  fail(
    "DATABASE_URL points at your own PostgreSQL server: restore it with that server's own tools " +
      "(or pg_restore of a matching pg_dump). db:restore handles the embedded database only.",
    2,
  );
if (!file) fail("usage: npm run db:restore -- <backup .tar.gz> [--yes]");
const backup = resolve(file);
if (!existsSync(backup)) fail(`no such file: ${backup}`);
const dataDir = resolve(process.env.PG_DATA_DIR ?? `${root}.data/pg`);
const port = Number(process.env.PG_PORT ?? 5433);

const running = await new Promise((done) => {
  const socket = connect(port, "127.0.0.1");
  socket.once("connect", () => (socket.destroy(), done(true)));
  socket.once("error", () => done(false));
});
if (running || existsSync(`${dataDir}/postmaster.pid`))
  fail(`PostgreSQL is running on port ${port} (or did not shut down): stop the portal first, then restore.`);

if (!yes) {
  if (!process.stdin.isTTY) fail("not restored: nobody to confirm (no terminal); pass --yes from a script.");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(
    `Replace the database in ${dataDir} with ${backup}? Everything written since that backup is set aside. Type "yes": `,
  );
  rl.close();
  if (answer.trim().toLowerCase() !== "yes") fail("not restored.");
}

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const owner = existsSync(dataDir) ? statSync(dataDir) : null;
let setAside = null;
if (existsSync(dataDir)) {
  setAside = `${dataDir}.replaced-${stamp}`;
  renameSync(dataDir, setAside);
}
mkdirSync(dataDir, { mode: 0o700 });
execFileSync("tar", ["-C", dataDir, "-xzf", backup]); // as root: owners and modes as in the backup
chmodSync(dataDir, 0o700);
if (owner) chownSync(dataDir, owner.uid, owner.gid);
console.log(`[restore] restored ${backup} into ${dataDir}`);
if (setAside)
  console.log(`[restore] the replaced data directory is in ${setAside} (delete it when satisfied)`);
