#!/usr/bin/env node
/**
 * `npm test`: every check of the repository, in two phases so that two cores are kept busy.
 *
 * 1. Static and unit checks together with the production build (turbo runs them side by side; the build is cached
 *    for what follows).
 * 2. Two lanes at once, each on a throwaway PostgreSQL of its own: the integration tests (then the lifecycle, backup
 *    and fault tests, which start their own servers), and Playwright against the seeded demo company. One after the
 *    other they left a core idle most of the time: the browser, the web server and PostgreSQL of the e2e run wait on
 *    each other, and so do vitest and PostgreSQL.
 *
 * The integration lane is the shorter one: it ends with the administrator's every-page scans (read-only, on a
 * server and seeded database of their own), which the e2e lane then leaves out, so that both lanes end near the
 * same time instead of one core idling while the other finishes.
 *
 * Every lane runs to its end even when the other fails, so one run reports every failure; the exit code is non-zero
 * when any failed. Each line of output is prefixed with its lane. Elapsed times are printed at the end.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const started = Date.now();
const elapsed = (from) => `${((Date.now() - from) / 60_000).toFixed(1)} min`;
const timings = [];

/** Runs one shell command with its output prefixed; resolves to its exit code. */
function lane(name, command, env) {
  const from = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, { cwd: root, shell: true, env });
    const prefix = (stream, out) => {
      let rest = "";
      stream.on("data", (chunk) => {
        const lines = (rest + chunk.toString()).split("\n");
        rest = lines.pop();
        for (const line of lines) out.write(`[${name}] ${line}\n`);
      });
      stream.on("end", () => rest && out.write(`[${name}] ${rest}\n`));
    };
    prefix(child.stdout, process.stdout);
    prefix(child.stderr, process.stderr);
    const stop = (signal) => child.kill(signal);
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    child.on("exit", (code, signal) => {
      const result = code ?? (signal ? 1 : 0);
      timings.push(`${name}: ${result === 0 ? "passed" : `FAILED (${result})`} in ${elapsed(from)}`);
      resolve(result);
    });
  });
}

const withFreshDb = (command) => `node packages/db/scripts/with-db.mjs --fresh -- "${command}"`;
// Each lane its own embedded PostgreSQL (PG_PORT and the next port). PW_PORT is the e2e server's: the ops tests
// choose their own ports unless told, and must not be told the e2e server's while it runs.
const pgPort = Number(process.env.PG_PORT ?? 5434);
const { PW_PORT: _e2ePort, ...opsEnv } = process.env;

function report(codes) {
  console.log(`\n[test] ${timings.join("\n[test] ")}\n[test] total ${elapsed(started)}`);
  process.exit(codes.some((code) => code !== 0) ? 1 : 0);
}

const first = await lane(
  "static",
  "npm run format:check && turbo run lint typecheck test build",
  process.env,
);
if (first !== 0) report([first]);

// The administrator's every-page groups (e2e/tests/scans/every-page.spec.ts): read-only, about a sixth of the e2e
// run (the build is the static phase's). Their own Playwright server is on e2ePort + 10 (its identity provider
// and mailbox follow from that port).
const movedScans = "an administrator's .* pages";
const e2ePort = Number(process.env.PW_PORT ?? 3100);
const seeded = (command) => withFreshDb(`npm run db:deploy && npm run db:seed && ${command}`);

const second = await Promise.all([
  lane(
    "integration",
    [
      withFreshDb("npm run db:deploy && npm run test:integration"),
      "npm run test:ops",
      "npm run test:faults",
      // Playwright itself, not turbo's test:e2e: turbo would restore the cached build under the e2e lane's server.
      `PW_PORT=${e2ePort + 10} ${seeded(`cd e2e && npx playwright test --grep \\"${movedScans}\\"`)}`,
    ].join(" && "),
    { ...opsEnv, PG_PORT: String(pgPort) },
  ),
  // Left out through the environment (PW_GREP_INVERT, read by e2e/playwright.config.ts), not by arguments after
  // `--`: turbo hashes those into every task of the run, so the build would miss the cache and be made again, and
  // the other lane's turbo would then restore the cached build under this lane's running server.
  lane("e2e", seeded("npm run test:e2e"), {
    ...process.env,
    PG_PORT: String(pgPort + 1),
    PW_GREP_INVERT: movedScans,
  }),
]);
report(second);
