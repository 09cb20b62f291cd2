/**
 * `npm run bench:load -- [--staff 10000] [--seconds 10] [--connections 50] [--only <regex>] [--fresh-seed]
 *   [--no-build] [--report-only] [--json <file>] [--cpu-prof <dir>]`
 *
 * Builds or reuses the scale seed in an embedded PostgreSQL of its own (`.data/pg-bench-<staff>`, PG_PORT,
 * default 5439), builds and starts the production server (PW_PORT or PORT, default 3100), signs in as each role
 * and drives `connections` concurrent connections at every procedure a main page needs, then at Next's trivial
 * `/api/auth/csrf` handler (the baseline, measured first and last in the same run). Prints per target req/s, p50,
 * p99, errors, the server's peak RSS and req/s as a share of the baseline, and PASS/FAIL against the targets of
 * issue 13. Exits 1 when a target fails (`--report-only` exits 0).
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { benchEnv } from "./env";
import { benchDatabaseUrl, prepareBench, repoRoot, signInEveryRole } from "./harness";
import { measure, type Measurement } from "./measure";
import { cookieHeader } from "./sign-in";
import { startServer, treeRssBytes } from "./server";
import { baseline, targets, type Role, type Target } from "./targets";
import { verdict, formatTable } from "./report";

const { values } = parseArgs({
  options: {
    staff: { type: "string", default: "10000" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    only: { type: "string" },
    "fresh-seed": { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    "report-only": { type: "boolean", default: false },
    json: { type: "string" },
    "cpu-prof": { type: "string" },
  },
});
const staff = Number(values.staff);

const databaseUrl = benchDatabaseUrl(staff, values["fresh-seed"]);
const port = benchEnv.webPort();
const connections = Number(values.connections);
const seconds = Number(values.seconds);

const fixtures = await prepareBench({ databaseUrl, staff, noBuild: values["no-build"] });
const server = await startServer({ repoRoot, port, databaseUrl, cpuProfileDir: values["cpu-prof"] });
const results: { target: Target; m: Measurement }[] = [];
try {
  const sessions = await signInEveryRole(server.base, fixtures);
  const cookies = Object.fromEntries(
    Object.entries(sessions).map(([role, session]) => [role, cookieHeader(session)]),
  ) as Record<Role, string>;
  console.log(
    `[bench] server up on ${server.base}, RSS ${mb(treeRssBytes(server.child.pid!))}; signed in as ` +
      Object.values(fixtures.emails).join(", "),
  );
  const only = values.only ? new RegExp(values.only) : null;
  const run = async (target: Target) => {
    const m = await measure({
      url: `${server.base}${target.path}`,
      cookie: target.role ? cookies[target.role] : null,
      connections,
      seconds,
      serverPid: server.child.pid!,
    });
    console.log(
      `[bench] ${target.name}: ${m.reqPerSec.toFixed(1)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.errors} errors`,
    );
    results.push({ target, m });
  };
  await run(baseline);
  for (const target of targets(fixtures)) if (!only || only.test(target.name)) await run(target);
  await run(baseline);
} finally {
  await server.stop();
}

const report = verdict(results);
console.log(
  `\nLoad at ${connections} connections, ${seconds} s per target, scale seed --staff ${staff} ` +
    `(${fixtures.departmentPeople}-person department, ${fixtures.candidates} candidates), Node ${process.version}\n`,
);
console.log(formatTable(report));
const failed = report.rows.filter((r) => r.pass === false);
console.log(
  failed.length
    ? `\n${failed.length} target(s) FAIL: ${failed.map((r) => r.name).join("; ")}`
    : "\nEvery target PASS",
);
if (values.json)
  writeFileSync(values.json, JSON.stringify({ staff, connections, seconds, ...report }, null, 2));
if (failed.length && !values["report-only"]) process.exitCode = 1;

function mb(bytes: number | null) {
  return bytes === null ? "n/a" : `${Math.round(bytes / 2 ** 20)} MB`;
}
