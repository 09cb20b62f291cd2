import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { TRPCError } from "@trpc/server";
import { createPrismaClient } from "@portal/db";
import { appRouter } from "../src/root";
import { createCallerFactory, createContext } from "../src/trpc";
import {
  createOutageMonitor,
  databaseOutage,
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnreachable,
} from "../src/outage";
import { setupOrganization, type Org } from "./harness";

let org: Org;
/** A port nothing listens on: what a stopped database looks like to the driver. */
const deadUrl = "postgresql://postgres:postgres@127.0.0.1:1/portal";
const dead = createPrismaClient(deadUrl);
const createCaller = createCallerFactory(appRouter);

beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(async () => {
  await dead.$disconnect().catch(() => {});
  await org.drop();
});

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: unknown) => e,
  );
}

describe("recognising an unreachable database", () => {
  it("recognises Prisma's error for a refused connection", async () => {
    const error = await errorOf(dead.user.count());
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it("recognises a session the server ended (57P01 / connection terminated)", async () => {
    const victim = new pg.Client({ connectionString: org.url });
    await victim.connect();
    victim.on("error", () => {});
    const pid = (await victim.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    await org.db.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
    const error = await errorOf(victim.query("SELECT 1"));
    expect(isDatabaseUnreachable(error)).toBe(true);
    await victim.end().catch(() => {});
  });

  it("does not take ordinary failures for an outage", async () => {
    const duplicate = await errorOf(
      org.db.customerSegment.create({ data: { name: org.org.segmentA.name, kind: "INDIVIDUALS" } }),
    );
    expect(isDatabaseUnreachable(duplicate)).toBe(false);
    expect(isDatabaseUnreachable(new TRPCError({ code: "NOT_FOUND", message: "Segment not found." }))).toBe(
      false,
    );
    expect(isDatabaseUnreachable(new Error("boom"))).toBe(false);
  });
});

describe("the API during an outage", () => {
  it("answers SERVICE_UNAVAILABLE with the generic message when the session cannot be loaded", async () => {
    const error = await errorOf(
      createContext({ db: dead, claims: { id: org.users.admin.id, sessionVersion: 0 } }),
    );
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("SERVICE_UNAVAILABLE");
    expect((error as TRPCError).message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
  });

  it("answers SERVICE_UNAVAILABLE from a procedure, without the database's host or port", async () => {
    const live = await createContext({
      db: org.db,
      claims: { id: org.users.admin.id, sessionVersion: org.users.admin.sessionVersion },
    });
    const caller = createCaller({ ...live, db: dead });
    for (const call of [
      () => caller.segments.options(),
      () =>
        caller.segments.create({
          name: "During the outage",
          kind: "INDIVIDUALS",
          ageMin: "",
          ageMax: "",
          bestCustomerPriority: 3,
        }),
    ]) {
      const error = await errorOf(call());
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("SERVICE_UNAVAILABLE");
      expect((error as TRPCError).message).not.toMatch(/127\.0\.0\.1|:1\b|reach database server/);
    }
    expect(databaseOutage().isDown()).toBe(true);
    // The next call that reaches the database ends the outage.
    await createCaller(live).segments.options();
    expect(databaseOutage().isDown()).toBe(false);
  });

  it("keeps ordinary errors as they were", async () => {
    const caller = await org.as("ADMIN");
    const error = await errorOf(caller.segments.byId({ id: "c000000000000000000000000" }));
    expect((error as TRPCError).code).not.toBe("SERVICE_UNAVAILABLE");
  });
});

describe("outage monitor", () => {
  it("logs one line when the database goes away and one when it is back, however many requests fail", async () => {
    const lines: string[] = [];
    const log = { warn: (l: string) => lines.push(l), info: (l: string) => lines.push(l) };
    let reachable = false;
    let probes = 0;
    const monitor = createOutageMonitor({
      log,
      probeIntervalMs: 10,
      probe: async () => {
        probes++;
        if (!reachable) throw new Error("still down");
      },
    });
    for (let i = 0; i < 100; i++) monitor.markDown(Object.assign(new Error("x"), { code: "ECONNREFUSED" }));
    expect(monitor.isDown()).toBe(true);
    await expect.poll(() => probes).toBeGreaterThan(2);
    reachable = true;
    await expect.poll(() => monitor.isDown()).toBe(false);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/unreachable \(ECONNREFUSED\)/);
    expect(lines[1]).toMatch(/reachable again after/);
  });
});

it("a request in flight across a change (down or back) does not change the state again", () => {
  const lines: string[] = [];
  let clock = 1_000;
  const monitor = createOutageMonitor({
    log: { warn: (l: string) => lines.push(l), info: (l: string) => lines.push(l) },
    now: () => clock,
  });
  const refused = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
  monitor.markDown(refused);
  clock = 5_000;
  monitor.markUp();
  monitor.markDown(refused, 4_000); // in flight across the return: its failure is old news
  expect(monitor.isDown()).toBe(false);
  clock = 6_000;
  monitor.markDown(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: refused }), 5_500);
  expect(monitor.isDown()).toBe(true);
  monitor.markUp(5_800); // started before this outage was noticed: its success is old news too
  expect(monitor.isDown()).toBe(true);
  expect(lines).toEqual([
    "[db] database unreachable (ECONNREFUSED); answering 503 until it is back",
    "[db] database reachable again after 4.0 s; answering normally",
    "[db] database unreachable (ECONNREFUSED); answering 503 until it is back",
  ]);
  clock = 7_000;
  monitor.markUp(6_500);
  expect(lines.at(-1)).toBe("[db] database reachable again after 1.0 s; answering normally");
});
