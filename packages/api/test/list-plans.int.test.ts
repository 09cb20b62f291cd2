/**
 * The main lists page and sort in SQL with an index: each list's queries (as Prisma sends them, captured from the
 * query log) are EXPLAINed on a few thousand rows, and none may read a large table by a sequential scan.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type User } from "@portal/db";
import { createTestDatabase } from "@portal/db/test-database";
import { createUser } from "@portal/db/factories";
import { seedScale } from "@portal/db/scale";
import { callerFor } from "./harness";

/** A table this large is read through an index; smaller ones (segments, departments) may be scanned. */
const LARGE_TABLE_ROWS = 1000;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const loggedClient = (url: string) =>
  new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event", level: "query" }],
  });
let logged: ReturnType<typeof loggedClient>;
let plain: pg.Client;
let admin: User;
let largeTables: Set<string>;
const captured: { query: string; params: string }[] = [];

beforeAll(async () => {
  database = await createTestDatabase("plans");
  await seedScale(database.db, { staff: 3000, segments: 20, departments: 60 });
  admin = await createUser(database.db, { role: "ADMIN", name: "Plan Admin" });
  plain = new pg.Client({ connectionString: database.url });
  await plain.connect();
  await plain.query("VACUUM ANALYZE"); // the steady state: statistics and visibility map current
  const sizes = await plain.query<{ relname: string }>(
    `SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND reltuples > $1`,
    [LARGE_TABLE_ROWS],
  );
  largeTables = new Set(sizes.rows.map((r) => r.relname));
  logged = loggedClient(database.url);
  logged.$on("query", (e) => captured.push({ query: e.query, params: e.params }));
}, 180_000);
afterAll(async () => {
  await logged?.$disconnect();
  await plain?.end();
  await database?.drop();
});

type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };
const seqScans = (node: PlanNode): string[] => [
  ...(node["Node Type"] === "Seq Scan" && node["Relation Name"] ? [node["Relation Name"]] : []),
  ...(node.Plans ?? []).flatMap(seqScans),
];

/** Runs `read` through the logged client and returns the large tables its queries scan sequentially. */
async function scannedLargeTables(read: (caller: Awaited<ReturnType<typeof callerFor>>) => Promise<unknown>) {
  const caller = await callerFor(logged, admin);
  captured.length = 0;
  await read(caller);
  const scanned = new Set<string>();
  for (const { query, params } of captured) {
    if (!/^\s*SELECT/i.test(query)) continue;
    const plan = await plain.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
      `EXPLAIN (FORMAT JSON) ${query}`,
      JSON.parse(params) as unknown[],
    );
    for (const table of seqScans(plan.rows[0]!["QUERY PLAN"][0].Plan))
      if (largeTables.has(table)) scanned.add(`${table} in: ${query.slice(0, 160)}`);
  }
  return [...scanned];
}

describe("main list queries at a few thousand rows", () => {
  it("the fixture has large tables to scan", () => {
    expect(largeTables.has("StaffMember")).toBe(true);
    expect(largeTables.has("User")).toBe(true);
  });

  for (const direction of ["asc", "desc"] as const)
    it(`staff list, page 1, sorted by name ${direction}`, async () => {
      expect(await scannedLargeTables((c) => c.staff.list({ sort: "name", direction }))).toEqual([]);
    });

  // Known gap (issue 13): sorting the whole company by a related name or by date/status still scans and sorts
  // StaffMember. it.fails keeps the gap visible: the day an index serves one of them, its case fails here and
  // becomes an ordinary `it`.
  for (const sort of ["department", "position", "startDate", "status"] as const)
    it.fails(`staff list, page 1, sorted by ${sort} (not yet served by an index)`, async () => {
      expect(await scannedLargeTables((c) => c.staff.list({ sort, direction: "asc" }))).toEqual([]);
    });

  it("staff list by status", async () => {
    expect(await scannedLargeTables((c) => c.staff.list({ status: "ONBOARDING" }))).toEqual([]);
  });

  // Known gap: one department's people are found by index, but the planner joins User for the name sort by a
  // hash join over every user.
  it.fails("staff list of one department (not yet served by an index)", async () => {
    const department = await database.db.department.findFirstOrThrow({ select: { id: true } });
    expect(await scannedLargeTables((c) => c.staff.list({ departmentId: department.id }))).toEqual([]);
  });
});
