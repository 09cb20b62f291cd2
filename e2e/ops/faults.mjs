// Fault test (`npm run test:faults`; needs a production build): 10 concurrent writers create segments through
// the API while PostgreSQL is killed with SIGKILL and restarted (FAULT_DB_KILLS times) and the web server is
// killed with SIGKILL and restarted (FAULT_WEB_KILLS times). Asserts: every acknowledged write is in the database
// with its audit row, no 500 was ever answered (503 while the database is away), and the portal answers again
// within a few seconds of the database's return without a restart. Prints the figures for RELIABILITY.md.
import pg from "pg";
import {
  assert,
  prepareDatabase,
  signIn,
  sleep,
  startDatabase,
  startWeb,
  trpc,
  waitFor,
} from "./harness.mjs";

const pgPort = Number(process.env.OPS_PG_PORT ?? 5438);
const webPort = Number(process.env.PW_PORT ?? 3191);
const writers = Number(process.env.FAULT_WRITERS ?? 10);
const dbKills = Number(process.env.FAULT_DB_KILLS ?? 3);
const webKills = Number(process.env.FAULT_WEB_KILLS ?? 2);
const log = (message) => console.log(`[faults] ${message}`);
const started = Date.now();

const db = await startDatabase(pgPort);
let web;
const stats = { acknowledged: [], statuses: {}, connectionErrors: 0, fiveHundreds: [] };
let running = true;
const outageLines = []; // "[db] …" transition lines of every web server this run started
const keepOutageLines = (server) => outageLines.push(...server.logs.filter((l) => l.startsWith("[db] ")));
let lastSuccessAt = 0;

async function writer(id, cookie) {
  for (let n = 0; running; n++) {
    const name = `fault-${id}-${n}`;
    try {
      const r = await trpc(web.base, cookie, "segments.create", {
        name,
        kind: "INDIVIDUALS",
        ageMin: "",
        ageMax: "",
        bestCustomerPriority: 3,
      });
      stats.statuses[r.status] = (stats.statuses[r.status] ?? 0) + 1;
      if (r.status === 200) {
        stats.acknowledged.push(name);
        lastSuccessAt = Date.now();
      } else if (r.status >= 500 && r.status !== 503)
        stats.fiveHundreds.push(`${r.status} ${r.text.slice(0, 200)}`);
      else if (r.status === 503) await sleep(50);
    } catch {
      stats.connectionErrors++; // the web server is down or was killed mid-request: outcome unknown, not acknowledged
      await sleep(50);
    }
  }
}

/** Time from `since` until a writer's next acknowledged write. */
const recovery = async (since) => {
  await waitFor("an acknowledged write", () => lastSuccessAt > since, { timeoutMs: 30_000, intervalMs: 20 });
  return lastSuccessAt - since;
};

try {
  prepareDatabase(db.url, { seed: true });
  web = startWeb({ port: webPort, databaseUrl: db.url });
  await web.ready();
  const cookie = await signIn(web.base, "admin@nordvik.example");
  const loops = Array.from({ length: writers }, (_, i) => writer(i, cookie));
  const dbRecoveries = [];
  const webRecoveries = [];
  await waitFor("writes", () => stats.acknowledged.length > 50);

  for (let k = 0; k < dbKills; k++) {
    const before503 = stats.statuses[503] ?? 0;
    db.kill();
    log(`PostgreSQL killed (SIGKILL) with ${stats.acknowledged.length} writes acknowledged`);
    await waitFor("503s during the outage", () => (stats.statuses[503] ?? 0) > before503 + writers);
    await db.restart();
    const back = Date.now();
    dbRecoveries.push(await recovery(back));
    log(`PostgreSQL back; first acknowledged write after ${dbRecoveries.at(-1)} ms`);
    await sleep(1_000);
  }
  for (let k = 0; k < webKills; k++) {
    web.child.kill("SIGKILL");
    await web.exited;
    keepOutageLines(web);
    log(`web server killed (SIGKILL)`);
    web = startWeb({ port: webPort, databaseUrl: db.url });
    await web.ready();
    webRecoveries.push(await recovery(Date.now()));
    log(`web server restarted; first acknowledged write ${webRecoveries.at(-1)} ms after it answered`);
    await sleep(1_000);
  }
  running = false;
  await Promise.all(loops);
  keepOutageLines(web);

  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const { rows } = await client.query(
    `SELECT s.name, count(a.id)::int AS audits FROM "CustomerSegment" s
     LEFT JOIN "AuditEvent" a ON a."entityType" = 'CustomerSegment' AND a."entityId" = s.id AND a.action = 'segment.create'
     WHERE s.name LIKE 'fault-%' GROUP BY s.name`,
  );
  await client.end();
  const stored = new Map(rows.map((r) => [r.name, r.audits]));
  const missing = stats.acknowledged.filter((name) => !stored.has(name));
  const withoutAudit = stats.acknowledged.filter((name) => stored.get(name) !== 1);
  const figures = {
    writers,
    dbKills,
    webKills,
    acknowledged: stats.acknowledged.length,
    storedRows: stored.size,
    missing: missing.length,
    withoutAudit: withoutAudit.length,
    statuses: stats.statuses,
    connectionErrors: stats.connectionErrors,
    dbRecoveryMs: dbRecoveries,
    webRecoveryMs: webRecoveries,
    outageLogLines: outageLines.length,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  console.log(JSON.stringify(figures, null, 2));
  assert(missing.length === 0, `acknowledged writes missing: ${missing.slice(0, 5).join(", ")}`);
  assert(
    withoutAudit.length === 0,
    `acknowledged writes without their audit row: ${withoutAudit.slice(0, 5)}`,
  );
  assert(
    stats.fiveHundreds.length === 0,
    `answered 5xx other than 503:\n${stats.fiveHundreds.slice(0, 5).join("\n")}`,
  );
  assert((stats.statuses[503] ?? 0) > 0, "the outages were answered 503");
  assert(
    outageLines.length === 2 * dbKills,
    `one log line per outage state change:\n${outageLines.join("\n")}`,
  );
  assert(
    Math.max(...dbRecoveries) < 5_000,
    `answered again within 5 s of the database's return: ${dbRecoveries}`,
  );
  log("passed");
} catch (error) {
  console.error(error);
  if (web) console.error(web.logs.slice(-40).join("\n"));
  process.exitCode = 1;
} finally {
  running = false;
  if (web && web.child.exitCode === null) web.child.kill("SIGKILL");
  await db.stop();
}
