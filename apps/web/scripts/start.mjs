// Starts the production server in this process (Next's programmatic server behind node:http), so SIGTERM and
// SIGINT reach the code that can stop cleanly: stop taking connections, let requests in flight finish within
// SHUTDOWN_GRACE_MS (10 s), stop the background jobs and close the database pool, then exit 0.
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

const { default: next } = await import("next");
const app = next({ dev: false, dir: fileURLToPath(new URL("..", import.meta.url)), port });
const handle = app.getRequestHandler();
await app.prepare();

let inFlight = 0;
const server = createServer((req, res) => {
  inFlight++;
  res.on("close", () => inFlight--);
  if (stopping) res.setHeader("Connection", "close"); // a kept-alive client must not send more on this socket
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
  for (const [name, hook] of lifecycle?.shutdownHooks ?? []) {
    await hook().then(
      () => log(`stopped ${name}`),
      (e) => console.error(`[server] stopping ${name} failed:`, e),
    );
  }
  await app.close?.().catch(() => {});
  log("stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
