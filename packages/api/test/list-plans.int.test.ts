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
import { seedHiringScale } from "@portal/db/scale-hiring";
import { seedReadinessScale } from "@portal/db/scale-readiness";
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
let positionId: string;
const captured: { query: string; params: string }[] = [];

beforeAll(async () => {
  database = await createTestDatabase("plans");
  await seedScale(database.db, { staff: 3000, segments: 20, departments: 60 });
  // One position with a few thousand applications (ranking, board, candidates), everyone enrolled (training
  // progress), and bulk audit events and notifications of the admin (their lists).
  positionId = (await seedHiringScale(database.db, { candidates: 2000 })).positionId;
  await seedReadinessScale(database.db, { departmentSize: 40, signOffShare: 0.3 });
  admin = await createUser(database.db, { role: "ADMIN", name: "Plan Admin" });
  plain = new pg.Client({ connectionString: database.url });
  await plain.connect();
  await plain.query(
    `INSERT INTO "AuditEvent" (id, "actorId", action, "entityType", "entityId", "createdAt")
     SELECT 'plan-audit-' || i, CASE WHEN i % 3 = 0 THEN $1 END, 'staff.update', 'StaffMember', 'e' || i,
            now() - i * interval '1 minute'
     FROM generate_series(1, 3000) i`,
    [admin.id],
  );
  const others = await plain.query<{ id: string }>(`SELECT id FROM "User" ORDER BY id LIMIT 1000`);
  await plain.query(
    `INSERT INTO "Notification" (id, "userId", kind, params, "dedupeKey", "createdAt", "readAt")
     SELECT 'plan-note-' || i, CASE WHEN i % 10 = 0 THEN $1 ELSE ($2::text[])[1 + i % $3] END, 'legacy',
            jsonb_build_object('title', 'Note ' || i, 'body', ''),
            'plan-note-' || i, now() - i * interval '1 minute', CASE WHEN i % 2 = 0 THEN now() END
     FROM generate_series(1, 5000) i`,
    [admin.id, others.rows.map((r) => r.id), others.rows.length],
  );
  // The ranking stores every application's fit on its first read; the steady state reads stored fits.
  await (await callerFor(database.db, admin)).pipeline.table({ positionId });
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
    for (const table of ["Application", "Candidate", "Enrolment", "AuditEvent", "Notification"])
      expect(largeTables.has(table), table).toBe(true);
  });

  for (const direction of ["asc", "desc"] as const)
    // Known gap: the page walks the rank index, but the total counts the position's applications by a seq scan
    // (the fixture's position holds nearly every application, so the planner prefers it).
    it.fails(`hiring ranking by fit, ${direction}, pages 1 and 20 (total not yet by an index)`, async () => {
      for (const page of [1, 20])
        expect(
          await scannedLargeTables((c) => c.pipeline.table({ positionId, sort: "fit", direction, page })),
        ).toEqual([]);
    });

  it("hiring ranking, eligible only and one stage", async () => {
    expect(
      await scannedLargeTables((c) =>
        c.pipeline.table({ positionId, sort: "fit", eligibleOnly: true, stage: "SCREENING" }),
      ),
    ).toEqual([]);
  });

  it("pipeline board: the first cards of each stage", async () => {
    expect(await scannedLargeTables((c) => c.pipeline.board({ positionId }))).toEqual([]);
  });

  // Known gaps (issue 13), kept visible with it.fails: the total of these lists still scans.
  it.fails("candidates list of one position (not yet served by an index)", async () => {
    expect(await scannedLargeTables((c) => c.candidates.list({ positionId }))).toEqual([]);
  });

  it.fails("training progress, overdue first by due date (not yet served by an index)", async () => {
    expect(await scannedLargeTables((c) => c.enrolments.progress({ sort: "dueAt" }))).toEqual([]);
  });

  it.fails("audit log, newest first, and one actor's events (the total counts every event)", async () => {
    expect(await scannedLargeTables((c) => c.audit.list({}))).toEqual([]);
    expect(await scannedLargeTables((c) => c.audit.list({ actorId: admin.id }))).toEqual([]);
  });

  it("notifications list and unread count", async () => {
    expect(await scannedLargeTables((c) => c.notifications.list({}))).toEqual([]);
    expect(await scannedLargeTables((c) => c.notifications.list({ unreadOnly: true }))).toEqual([]);
    expect(await scannedLargeTables((c) => c.notifications.unreadCount())).toEqual([]);
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
