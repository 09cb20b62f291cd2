import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
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
