/**
 * Webhook delivery end to end on pg-boss (issue 19): a local receiver checks each delivery's signature, answers
 * 500 to the first and 200 to the retry; the delivery log shows both attempts. Retries are shortened to 1 s here.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { createTestDatabase } from "@portal/db/test-database";
import { createDepartment, createSegment, createStaffMember, createUser } from "@portal/db/factories";
import { appRouter, createCallerFactory, createContext } from "@portal/api";
import { verifyWebhook, webhookHeaders } from "@portal/domain/webhook-signature";
import { jobs, startJobs, type JobRunner } from "../src";

type Received = { headers: IncomingHttpHeaders; body: string; valid: boolean; answered: number };
let t: Awaited<ReturnType<typeof createTestDatabase>>;
let server: Server;
let url = "";
let secret = "";
const received: Received[] = [];
const env = { ...process.env };
let runner: JobRunner | undefined;

beforeAll(async () => {
  process.env.AUTH_SECRET = "webhook-jobs-test-secret";
  process.env.WEBHOOK_ALLOW_LOCALHOST = "1";
  t = await createTestDatabase("webhooks");
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const header = (name: string) => req.headers[name.toLowerCase()] as string | undefined;
      const valid = verifyWebhook(
        secret,
        { timestamp: header(webhookHeaders.timestamp), signature: header(webhookHeaders.signature) },
        body,
        Math.floor(Date.now() / 1000),
      );
      const answered = received.length === 0 ? 500 : 200;
      received.push({ headers: req.headers, body, valid, answered });
      res.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
});
afterAll(async () => {
  await runner?.stop();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await t?.drop();
  process.env = env;
});

it("signs each delivery, retries a failed one with pg-boss and logs both attempts", async () => {
  const admin = await createUser(t.db, { role: "ADMIN" });
  const segment = await createSegment(t.db, {});
  const from = await createDepartment(t.db, { segmentId: segment.id, name: "From" });
  const to = await createDepartment(t.db, { segmentId: segment.id, name: "To" });
  const staffUser = await createUser(t.db, { role: "STAFF" });
  const staff = await createStaffMember(t.db, { userId: staffUser.id, departmentId: from.id });
  const caller = createCallerFactory(appRouter)(
    await createContext({ db: t.db, claims: { id: admin.id, sessionVersion: admin.sessionVersion } }),
  );
  const created = await caller.webhooks.create({
    url,
    description: "",
    events: ["staff.moved"],
    active: true,
  });
  secret = created.secret;
  await caller.staff.update({
    id: staff.id,
    data: { departmentId: to.id, positionId: null, startDate: "2026-01-05", status: staff.status },
  });

  runner = startJobs({
    connectionString: t.url,
    ctx: {
      db: t.db,
      now: () => new Date(),
      webhookRetry: { retryLimit: 2, retryDelay: 1, retryBackoff: true },
      webhookPollingSeconds: 0.5,
    },
    definitions: jobs.filter((j) => j.name === "webhook-relay"),
    log: { info: () => {}, error: () => {} },
  });
  const boss = (await runner.ready) as PgBoss;
  await boss.send("webhook-relay", {});

  await expect
    .poll(async () => (await t.db.webhookDelivery.findFirst())?.status, { timeout: 30_000, interval: 250 })
    .toBe("SUCCEEDED");
  expect(received.map((r) => [r.valid, r.answered])).toEqual([
    [true, 500],
    [true, 200],
  ]);
  const body = JSON.parse(received[1]!.body) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(["data", "id", "occurredAt", "type"]);
  expect(body).toMatchObject({
    type: "staff.moved",
    data: { staffMemberId: staff.id, from: { departmentId: from.id }, to: { departmentId: to.id } },
  });
  expect(received[0]!.body).toBe(received[1]!.body);
  expect(received[1]!.headers[webhookHeaders.id.toLowerCase()]).toBe(body.id);

  const log = await caller.webhooks.deliveries({ endpointId: created.endpoint.id });
  expect(log.total).toBe(1);
  const [delivery] = log.items;
  expect(delivery).toMatchObject({ status: "SUCCEEDED", attempts: 2, responseCode: 200, lastError: null });
  expect(delivery!.attemptLog.map((a) => [a.number, a.responseCode, a.error])).toEqual([
    [1, 500, "httpStatus"],
    [2, 200, null],
  ]);

  // Re-send: a new delivery of the same event, sent by the next relay run.
  await caller.webhooks.resend({ id: delivery!.id });
  await boss.send("webhook-relay", {});
  await expect
    .poll(
      async () => (await caller.webhooks.deliveries({ endpointId: created.endpoint.id })).items[0]?.status,
      {
        timeout: 30_000,
        interval: 250,
      },
    )
    .toBe("SUCCEEDED");
  expect(received).toHaveLength(3);
  expect(received[2]!.valid).toBe(true);
  expect(JSON.parse(received[2]!.body)).toEqual(body);
});
