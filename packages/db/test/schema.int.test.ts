import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import pg from "pg";
import { fileURLToPath } from "node:url";
import { createTestDatabase, migrationFiles } from "../src/test-database";
import { createDepartment, createSegment, createUser } from "../src/factories";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  t = await createTestDatabase("schema");
});
afterAll(() => t?.drop());

describe("migrations", () => {
  it("keep a schema snapshot per migration, the newest equal to schema.prisma", () => {
    const migrations = migrationFiles();
    expect(migrations.length).toBeGreaterThan(0);
    // Exit code 2 from the drift check means schema.prisma changed without a migration.
    const out = execFileSync("bash", ["scripts/check-drift.sh"], {
      cwd: packageDir,
      env: process.env,
      encoding: "utf8",
    });
    expect(out).toContain("migrations match schema.prisma");
  }, 60_000);

  it("turn notifications stored as English text into message keys with parameters (notification_params)", async () => {
    const migration = migrationFiles().find((m) => m.name.endsWith("_notification_params"))!;
    // The table as it was before, in a scratch schema of this database; the migration runs there.
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    let rows: unknown[];
    try {
      await client.query(`CREATE SCHEMA before_params; SET search_path = before_params;
        CREATE TABLE "Notification" (id text PRIMARY KEY, kind text, title text, body text);
        INSERT INTO "Notification" VALUES
        ('1', 'course.dueSoon', 'Due soon: Kund: möten', 'Finish this course by 2026-12-10.'),
        ('2', 'course.overdue', 'Overdue: Basics', 'This course was due on 2026-11-01. Finish it as soon as you can.'),
        ('3', 'certificate.expiring', 'Certificate expiring: AML', 'Your certificate expires on 2027-01-05. Retake…'),
        ('4', 'readiness', 'You are signed off', 'You are signed off as ready for Advisor (private).'),
        ('5', 'readiness', 'You are signed off', 'You are signed off as ready for your position.'),
        ('6', 'readiness', 'Your sign-off was revoked', 'Missed the AML refresher'),
        ('7', 'course.overdue', 'Written by hand', 'no date')`);
      await client.query(migration.sql);
      rows = (await client.query(`SELECT id, kind, params FROM "Notification" ORDER BY id`)).rows;
    } finally {
      await client.query("DROP SCHEMA IF EXISTS before_params CASCADE");
      await client.end();
    }
    expect(rows).toEqual([
      {
        id: "1",
        kind: "course.dueSoon",
        params: { course: "Kund: möten", dueAt: "2026-12-10T00:00:00.000Z" },
      },
      { id: "2", kind: "course.overdue", params: { course: "Basics", dueAt: "2026-11-01T00:00:00.000Z" } },
      {
        id: "3",
        kind: "certificate.expiring",
        params: { course: "AML", expiresAt: "2027-01-05T00:00:00.000Z" },
      },
      { id: "4", kind: "readiness.signedOff", params: { position: "Advisor (private)" } },
      { id: "5", kind: "readiness.signedOff", params: { position: null } },
      { id: "6", kind: "readiness.revoked", params: { reason: "Missed the AML refresher" } },
      { id: "7", kind: "legacy", params: { title: "Written by hand", body: "no date" } },
    ]);
  });

  it("produce a database the generated client can use", async () => {
    const head = await createUser(t.db, { role: "HEAD" });
    const dept = await createDepartment(t.db, { headId: head.id });
    expect(await t.db.department.count({ where: { headId: head.id } })).toBe(1);
    expect(dept.archived).toBe(false);
  });

  it("enforce lower-case emails and expertise levels 0-4 in the database itself", async () => {
    await expect(
      t.db.user.create({
        data: { email: "Mixed@Case.example", name: "x", role: "STAFF", passwordHash: "x" },
      }),
    ).rejects.toThrow();
    const seg = await createSegment(t.db);
    const user = await createUser(t.db, { role: "STAFF" });
    const dept = await createDepartment(t.db, { segmentId: seg.id });
    const member = await t.db.staffMember.create({
      data: { userId: user.id, departmentId: dept.id, startDate: new Date() },
    });
    await expect(
      t.db.expertise.create({
        data: { staffMemberId: member.id, segmentId: seg.id, level: 5, source: "SELF" },
      }),
    ).rejects.toThrow();
  });

  it("refuse to delete a segment that still has departments", async () => {
    const seg = await createSegment(t.db);
    await createDepartment(t.db, { segmentId: seg.id });
    await expect(t.db.customerSegment.delete({ where: { id: seg.id } })).rejects.toThrow();
  });
});
