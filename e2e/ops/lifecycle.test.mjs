// The production server's life around its database (`npm run test:ops`; needs a production build):
// health answers, a database outage answered 503 (never 500, never the database's address) and survived
// without a restart, and a clean stop on SIGTERM that lets the request in flight finish.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { connect } from "node:net";
import { portOpen, prepareDatabase, signIn, startDatabase, startWeb, trpc, waitFor } from "./harness.mjs";

const pgPort = Number(process.env.OPS_PG_PORT ?? 5437);
const webPort = Number(process.env.PW_PORT ?? 3190);
// A second server without background jobs: nothing but the test's own requests touches its database, so the
// first request after PostgreSQL dies is the one that discovers the outage (pg-boss would notice first otherwise).
const quietPort = Number(process.env.OPS_QUIET_PORT ?? webPort + 1);
let db;
let web;
let quiet;
let admin;

before(async () => {
  db = await startDatabase(pgPort);
  prepareDatabase(db.url, { seed: true });
  web = startWeb({ port: webPort, databaseUrl: db.url });
  quiet = startWeb({ port: quietPort, databaseUrl: db.url, env: { JOBS_DISABLED: "1" } });
  await Promise.all([web.ready(), quiet.ready()]);
  admin = await signIn(web.base, "admin@nordvik.example");
});
after(async () => {
  for (const server of [web, quiet]) if (server?.child.exitCode === null) server.child.kill("SIGKILL");
  await db.stop();
});

const get = (path, init) => fetch(`${web.base}${path}`, { redirect: "manual", ...init });

test("health: live and ready without signing in, states only", async () => {
  const live = await get("/api/health/live");
  assert.equal(live.status, 200);
  assert.deepEqual(await live.json(), { status: "live" });
  // The job runner starts moments after the server; ready waits for it.
  const ready = await waitFor("ready", async () => {
    const r = await get("/api/health/ready");
    return r.status === 200 ? r.json() : null;
  });
  assert.deepEqual(ready, { status: "ready", checks: { database: "ok", migrations: "ok", jobs: "started" } });
});

test("outage: 503 with Retry-After and a generic message, liveness unaffected, back without a restart", async () => {
  const before = await trpc(web.base, admin, "segments.options", undefined, { method: "GET" });
  assert.equal(before.status, 200);
  db.kill();
  const during = await waitFor("the first 503", async () => {
    const r = await trpc(web.base, admin, "segments.options", undefined, { method: "GET" });
    assert.notEqual(r.status, 500, r.text);
    return r.status === 503 ? r : null;
  });
  assert.equal(during.retryAfter, "30");
  assert.match(during.text, /cannot reach its database/);
  assert.doesNotMatch(during.text, new RegExp(`localhost|127\\.0\\.0\\.1|${pgPort}`));
  const write = await trpc(web.base, admin, "segments.create", {
    name: "During the outage",
    kind: "INDIVIDUALS",
    ageMin: "",
    ageMax: "",
    bestCustomerPriority: 3,
  });
  assert.equal(write.status, 503, write.text);
  const ready = await get("/api/health/ready");
  assert.equal(ready.status, 503);
  assert.equal(ready.headers.get("retry-after"), "30");
  assert.equal((await ready.json()).checks.database, "unreachable");
  assert.equal((await get("/api/health/live")).status, 200);
  const page = await get("/", { headers: { cookie: admin } });
  assert.equal(page.status, 503);
  assert.equal(page.headers.get("retry-after"), "30");
  assert.match(await page.text(), /cannot reach its database/);
  const localized = await get("/admin/segments", { headers: { cookie: `${admin}; portal-locale=sv` } });
  assert.equal(localized.status, 503);
  assert.match(await localized.text(), /Portalen når inte sin databas/);
  const signInPage = await get("/login");
  assert.match(await signInPage.text(), /cannot reach its database/);

  await db.restart();
  const back = Date.now();
  await waitFor(
    "answers again",
    async () =>
      (await trpc(web.base, admin, "segments.options", undefined, { method: "GET" })).status === 200,
  );
  assert.ok(Date.now() - back < 5_000, `answered again ${Date.now() - back} ms after the database returned`);
  const transitions = web.logs.filter((line) => /^\[db\] database (unreachable|reachable again)/.test(line));
  assert.equal(transitions.length, 2, transitions.join("\n"));
  // No driver error or stack trace per failed request: only the two lines above name the cause (its code).
  assert.equal(
    web.logs.filter((l) => !l.startsWith("[db] ") && /ECONNREFUSED|57P0\d|Can't reach database/.test(l))
      .length,
    0,
    web.logs.join("\n"),
  );
});

test("the request that discovers an outage answers 503 too: a page, the sign-in form, a file, a tRPC call", async () => {
  const page = (path, cookie) => fetch(`${quiet.base}${path}`, { redirect: "manual", headers: { cookie } });
  // Each answered with the database up, then by the first request after PostgreSQL dies (the server's monitor
  // has not noticed: no jobs, no other requests). Until its backends have exited a request may still succeed.
  const requests = [
    {
      what: "a page (its error page)",
      send: () => page("/", `${admin}; portal-locale=sv`),
      up: 200,
      text: /Portalen når inte sin databas/,
    },
    {
      what: "the sign-in form (its outage notice)",
      send: () => page("/login", admin),
      up: 307,
      text: /cannot reach its database/,
    },
    {
      what: "a route handler",
      send: () => page("/api/company/logo", admin),
      up: [200, 404],
      text: /cannot reach its database/,
    },
    {
      what: "a tRPC call",
      send: async () => {
        const r = await trpc(quiet.base, admin, "segments.options", undefined, { method: "GET" });
        return {
          status: r.status,
          headers: new Headers({ "retry-after": r.retryAfter ?? "" }),
          text: async () => r.text,
        };
      },
      up: 200,
      text: /cannot reach its database/,
    },
  ];
  const upStatuses = (r) => [r.up].flat();
  for (const [i, request] of requests.entries()) {
    await waitFor(`${request.what} answered with the database up`, async () =>
      upStatuses(request).includes((await request.send()).status),
    );
    db.kill();
    const answer = await waitFor(`${request.what} failing`, async () => {
      const r = await request.send();
      if (upStatuses(request).includes(r.status)) return null;
      return { status: r.status, retryAfter: r.headers.get("retry-after"), text: await r.text() };
    });
    assert.equal(answer.status, 503, `${request.what}: ${answer.status} ${answer.text.slice(0, 300)}`);
    assert.equal(answer.retryAfter, "30", request.what);
    assert.match(answer.text, request.text, request.what);
    assert.doesNotMatch(answer.text, new RegExp(`127\\.0\\.0\\.1|:${pgPort}\\b`), request.what);
    // The monitor's line reaches this process through the server's stdout, possibly after the answer: wait for it.
    const downLines = () => quiet.logs.filter((line) => /^\[db\] database unreachable/.test(line)).length;
    await waitFor(`${request.what} recorded the outage`, async () => downLines() >= i + 1);
    assert.equal(downLines(), i + 1, `${request.what} recorded the outage once: ${quiet.logs.join("\n")}`);
    await db.restart();
    // The next request must find a server that knows the database is back, or its outage is not a new one.
    await waitFor(
      `the monitor seeing the database back after ${request.what}`,
      async () => quiet.logs.filter((line) => /^\[db\] database reachable again/.test(line)).length >= i + 1,
    );
  }
  // One line per change of state, no error or stack trace for the requests that found the database gone.
  assert.deepEqual(
    quiet.logs.filter((l) => !l.startsWith("[db] ") && /⨯|Error|ECONNREFUSED|57P0\d/.test(l)),
    [],
    quiet.logs.join("\n"),
  );
});

test("SIGTERM: no new connections, the request in flight finishes, pg-boss and the pool stop, exit 0", async () => {
  // A request whose body is still arriving is in flight for as long as the client wants: the server confirms it
  // has the request (100 Continue) and cannot answer before the body is complete.
  const body = new URLSearchParams({ csrfToken: "x", email: "nobody@example.com", password: "x" }).toString();
  const socket = connect(webPort, "127.0.0.1");
  let received = "";
  socket.on("data", (chunk) => (received += chunk.toString("utf8")));
  const closed = new Promise((resolve) => socket.on("close", resolve));
  socket.write(
    `POST /api/auth/callback/credentials HTTP/1.1\r\nHost: localhost:${webPort}\r\n` +
      `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\n\r\n` +
      body.slice(0, 10),
  );
  await waitFor("100 Continue", () => received.includes("100 Continue"));

  web.child.kill("SIGTERM");
  await waitFor("the server to stop listening", async () => !(await portOpen(webPort)));
  assert.ok(
    web.logs.some((l) => /SIGTERM: no new connections.*1 request/.test(l)),
    web.logs.join("\n"),
  );
  assert.doesNotMatch(received, /HTTP\/1\.1 [2-5]\d\d/, "no answer before the body is complete");

  socket.write(body.slice(10));
  await closed;
  assert.match(
    received,
    /HTTP\/1\.1 [23]\d\d/,
    `the request in flight was answered: ${received.slice(0, 300)}`,
  );
  const { code, signal } = await web.exited;
  assert.equal(signal, null);
  assert.equal(code, 0);
  assert.equal(await portOpen(webPort), false);
  assert.ok(web.logs.includes("[server] stopped background jobs"), web.logs.join("\n"));
  assert.ok(web.logs.includes("[server] stopped database pool"), web.logs.join("\n"));
});
