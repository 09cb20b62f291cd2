import { afterAll, beforeAll, expect, it } from "vitest";
import { createServer, connect, type Server, type Socket } from "node:net";
import { createTestDatabase } from "@portal/db/test-database";
import { retryDelay, startJobs, type JobRunner } from "../src/boss";

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let runner: JobRunner | undefined;
let forwarder: Server | undefined;
const sockets: Socket[] = [];
beforeAll(async () => {
  t = await createTestDatabase("jobs_retry");
});
afterAll(async () => {
  await runner?.stop();
  for (const s of sockets) s.destroy();
  forwarder?.close();
  await t?.drop();
});

it("retries after 1 s, doubling up to 30 s", () => {
  expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => retryDelay(n, 1_000, 30_000))).toEqual([
    1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
  ]);
});

/** A free port: listen on 0, read it, close. The database "comes back" when a forwarder opens on it. */
async function freePort() {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

it("started while the database is down, starts within seconds of its return and logs the recovery", async () => {
  const target = new URL(t.url);
  const port = await freePort();
  const viaForwarder = new URL(t.url);
  viaForwarder.hostname = "127.0.0.1";
  viaForwarder.port = String(port);
  const lines: string[] = [];
  runner = startJobs({
    connectionString: viaForwarder.toString(),
    ctx: { db: t.db, now: () => new Date() },
    definitions: [],
    log: { info: (l: string) => lines.push(l), error: (l: string) => lines.push(l) },
  });
  await expect
    .poll(() => lines.filter((l) => l.includes("could not start")).length, { timeout: 15_000 })
    .toBe(2);
  expect(runner.isStarted()).toBe(false);

  forwarder = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    sockets.push(client, upstream);
    client.pipe(upstream).pipe(client);
    const close = () => (client.destroy(), upstream.destroy());
    client.on("error", close);
    upstream.on("error", close);
  });
  await new Promise<void>((resolve) => forwarder!.listen(port, "127.0.0.1", resolve));
  const back = Date.now();
  // Two failures so far: the third attempt comes 4 s after the second, not a minute.
  await expect(runner.ready).resolves.not.toBeNull();
  expect(Date.now() - back).toBeLessThan(6_000);
  expect(runner.isStarted()).toBe(true);
  expect(lines.at(-1)).toMatch(/\[jobs\] started after \d+ failed attempt/);
});
