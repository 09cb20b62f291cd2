// Starts the production server in this process (Next's programmatic server behind node:http), so SIGTERM and
// SIGINT reach the code that can stop cleanly: stop taking connections, let requests in flight finish within
// SHUTDOWN_GRACE_MS (10 s), stop the background jobs and close the database pool, then exit 0. It also writes
// 503 for the request that discovers a database outage (answerOutagesHonestly).
// AUTH_SECRET is generated once and kept in the git-ignored .data folder, so sessions survive restarts without
// anyone having to configure a secret for the demo.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

const secretFile = fileURLToPath(new URL("../../../.data/auth-secret", import.meta.url));
if (!process.env.AUTH_SECRET) {
  if (!existsSync(secretFile)) {
    mkdirSync(new URL("../../../.data/", import.meta.url), { recursive: true });
    writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}
process.env.AUTH_TRUST_HOST ??= "true";
process.env.NODE_ENV = "production";
const port = Number(process.env.PORT ?? "3000");
const graceMs = Number(process.env.SHUTDOWN_GRACE_MS ?? "10000");
const log = (message) => console.log(`[server] ${message}`);
/** Stopping the jobs (whose running jobs get 10 s) or closing the pool never holds the stop longer than this. */
const HOOK_LIMIT_MS = 15_000;

const { default: next } = await import("next");
const app = next({ dev: false, dir: fileURLToPath(new URL("..", import.meta.url)), port });
const handle = app.getRequestHandler();
await app.prepare();

/**
 * A database outage is answered 503 with Retry-After (packages/api/src/outage.ts). Once the outage monitor knows,
 * the proxy answers pages so and tRPC and route handlers answer so themselves; but the page request that
 * discovers the outage has already been routed: Next renders the error page (the outage message) with 500, or
 * the sign-in form with its outage notice with 200. Corrected where the status is written, for that request
 * and any other still rendering: while the database is known to be away, a 5xx is 503, and so is a page's 2xx
 * (not an API answer such as /api/health/live, nor a server action's result, which the form reads as data).
 * Redirects and 4xx pages are left as they are.
 */
function answerOutagesHonestly(req, res) {
  const page = !/^\/(api|_next)(\/|\?|$)/.test(req.url ?? "") && !req.headers["next-action"];
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    const outage = globalThis[Symbol.for("portal.lifecycle")]?.outage;
    if (status !== 503 && (status >= 500 || (page && status >= 200 && status < 300)) && outage?.isDown()) {
      status = 503;
      if (typeof rest[0] === "string") rest[0] = "Service Unavailable";
      this.setHeader("Retry-After", String(outage.retryAfterSeconds));
      this.setHeader("Cache-Control", "no-store");
    }
    return writeHead.call(this, status, ...rest);
  };
}

// Next logs each error a page throws; the outage error (its digest) is already one line of the outage monitor's.
const consoleError = console.error;
console.error = (...args) => {
  const digest = globalThis[Symbol.for("portal.lifecycle")]?.outage?.digest;
  if (digest && args.some((arg) => arg?.digest === digest)) return;
  consoleError(...args);
};

let inFlight = 0;
const server = createServer((req, res) => {
  inFlight++;
  res.on("close", () => inFlight--);
  if (stopping) res.setHeader("Connection", "close"); // a kept-alive client must not send more on this socket
  answerOutagesHonestly(req, res);
  void handle(req, res);
});
server.listen(port, () => console.log(`\nPortal: http://localhost:${port}\n`));

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  log(
    `${signal}: no new connections; waiting up to ${graceMs / 1000} s for ${inFlight} request(s) in flight`,
  );
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  const idle = setInterval(() => server.closeIdleConnections(), 100); // sockets that finish their request
  const graceOver = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
  if (
    (await Promise.race([closed.then(() => "drained"), graceOver.then(() => "grace over")])) !== "drained"
  ) {
    log(`grace period over; closing ${inFlight} request(s) still open`);
    server.closeAllConnections();
    await closed;
  }
  clearInterval(idle);
  // Registered by the app (src/server/lifecycle.ts): stop pg-boss, close the database pool.
  const lifecycle = globalThis[Symbol.for("portal.lifecycle")];
  // Each within HOOK_LIMIT_MS: a stop must end. The timer also keeps the process alive while a hook waits (with
  // the server closed nothing else may, and Node would exit silently in the middle of the stop).
  for (const [name, hook] of lifecycle?.shutdownHooks ?? []) {
    let timer;
    const outcome = await Promise.race([
      hook().then(
        () => "stopped",
        (e) => (console.error(`[server] stopping ${name} failed:`, e), "failed"),
      ),
      new Promise((resolve) => (timer = setTimeout(() => resolve("timed out"), HOOK_LIMIT_MS))),
    ]);
    clearTimeout(timer);
    if (outcome === "stopped") log(`stopped ${name}`);
    if (outcome === "timed out") log(`stopping ${name} took over ${HOOK_LIMIT_MS / 1000} s; going on`);
  }
  await app.close?.().catch(() => {});
  log("stopped");
  // Writes to a pipe are asynchronous: let the last lines reach the log before exiting.
  await Promise.all(
    [process.stdout, process.stderr].map((stream) => new Promise((r) => stream.write("", r))),
  );
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
