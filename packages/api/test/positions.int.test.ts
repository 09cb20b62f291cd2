import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDepartment, createPosition, createStaffMember } from "@portal/db/factories";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const counts = async () => ({
  positions: await org.db.position.count(),
  events: await org.db.auditEvent.count(),
});

describe("positions: changes", () => {
  it("HR creates and updates a position, each with its audit event", async () => {
    const hr = await org.as("HR");
    const created = await hr.positions.create({
      title: "Teller",
      departmentId: org.org.deptA.id,
      headcount: 2,
    });
    expect(created).toMatchObject({ title: "Teller", headcount: 2, description: "", archived: false });
    const updated = await hr.positions.update({
      id: created.id,
      data: {
        title: "Senior teller",
        departmentId: org.org.deptA.id,
        headcount: 3,
        description: "Cash desk",
      },
    });
    expect(updated).toMatchObject({ title: "Senior teller", headcount: 3, description: "Cash desk" });
    const events = await org.db.auditEvent.findMany({
      where: { entityId: created.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events).toMatchObject([
      {
        action: "position.create",
        actorId: org.users.hr.id,
        entityType: "Position",
        after: { title: "Teller" },
      },
      {
        action: "position.update",
        before: { title: "Teller", headcount: 2 },
        after: { title: "Senior teller", headcount: 3 },
      },
    ]);
  });

  it("refuses bad input and unusable departments with clear errors, and writes nothing", async () => {
    const admin = await org.as("ADMIN");
    const archived = await createDepartment(org.db, { segmentId: org.org.segmentB.id });
    await org.db.department.update({ where: { id: archived.id }, data: { archived: true } });
    const before = await counts();
    await expect(
      admin.positions.create({ title: " ", departmentId: org.org.deptA.id, headcount: -2 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      admin.positions.create({ title: "X", departmentId: "missing", headcount: 1 }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "The department does not exist.",
    });
    await expect(
      admin.positions.create({ title: "X", departmentId: archived.id, headcount: 1 }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "The department is archived. Restore it or choose another one.",
    });
    expect(await counts()).toEqual(before);
  });

  it("titles are unique per department, not across departments", async () => {
    const hr = await org.as("HR");
    const before = await counts();
    const conflict = {
      code: "CONFLICT",
      message: "A position with this title already exists in this department.",
    };
    await expect(
      hr.positions.create({ title: "Advisor A", departmentId: org.org.deptA.id, headcount: 1 }),
    ).rejects.toMatchObject(conflict);
    await expect(
      hr.positions.update({
        id: org.org.positionB.id,
        data: { title: "Advisor B", departmentId: org.org.deptA.id, headcount: 1 },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" }); // staff B holds it in department B
    expect(await counts()).toEqual(before);
    const same = await hr.positions.create({
      title: "Advisor A",
      departmentId: org.org.deptB.id,
      headcount: 1,
    });
    expect(same.departmentId).toBe(org.org.deptB.id);
    await expect(
      hr.positions.update({
        id: same.id,
        data: { title: "Advisor B", departmentId: org.org.deptB.id, headcount: 1 },
      }),
    ).rejects.toMatchObject(conflict);
  });

  it("archives and restores idempotently; deletes only a position nobody held", async () => {
    const hr = await org.as("HR");
    const p = await createPosition(org.db, { departmentId: org.org.deptB.id, title: "Short-lived" });
    await hr.positions.setArchived({ id: p.id, archived: true });
    await hr.positions.setArchived({ id: p.id, archived: true }); // a retried click
    expect(await org.db.auditEvent.count({ where: { entityId: p.id, action: "position.archive" } })).toBe(1);
    await hr.positions.setArchived({ id: p.id, archived: false });
    expect(await org.db.position.findUnique({ where: { id: p.id } })).toMatchObject({ archived: false });

    const held = await createPosition(org.db, { departmentId: org.org.deptB.id, title: "Once held" });
    await createStaffMember(org.db, { departmentId: org.org.deptB.id, positionId: held.id, status: "LEFT" });
    await expect(hr.positions.delete({ id: held.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Archive it instead"),
    });
    expect(await org.db.position.findUnique({ where: { id: held.id } })).not.toBeNull();

    await hr.positions.delete({ id: p.id });
    expect(await org.db.position.findUnique({ where: { id: p.id } })).toBeNull();
    expect(
      await org.db.auditEvent.findFirst({ where: { entityId: p.id, action: "position.delete" } }),
    ).toMatchObject({ before: { title: "Short-lived" } });
  });
});

describe("positions: reads", () => {
  it("lists with seats, search on department names, sorting, filters and archived", async () => {
    const hr = await org.as("HR");
    const dept = await createDepartment(org.db, { name: "Seats dept", segmentId: org.org.segmentB.id });
    const big = await createPosition(org.db, { departmentId: dept.id, title: "Big", headcount: 5 });
    const small = await createPosition(org.db, { departmentId: dept.id, title: "Small", headcount: 1 });
    for (const status of ["ACTIVE", "ONBOARDING", "LEFT"] as const)
      await createStaffMember(org.db, { departmentId: dept.id, positionId: big.id, status });
    await createStaffMember(org.db, { departmentId: dept.id, positionId: small.id, status: "ACTIVE" });
    await createStaffMember(org.db, { departmentId: dept.id, positionId: small.id, status: "ACTIVE" });
    const page = await hr.positions.list({ search: "seats dept", sort: "headcount", direction: "desc" });
    expect(page.items).toMatchObject([
      {
        title: "Big",
        headcount: 5,
        filled: 2,
        open: 3,
        department: { name: "Seats dept", segment: { name: "Segment B" } },
      },
      { title: "Small", headcount: 1, filled: 2, open: 0 },
    ]);
    expect(
      (await hr.positions.list({ departmentId: dept.id, sort: "title" })).items.map((p) => p.title),
    ).toEqual(["Big", "Small"]);
    await org.db.position.update({ where: { id: small.id }, data: { archived: true } });
    expect((await hr.positions.list({ departmentId: dept.id })).total).toBe(1);
    expect((await hr.positions.list({ departmentId: dept.id, includeArchived: true })).total).toBe(2);
    const byId = await hr.positions.byId({ id: big.id });
    expect(byId).toMatchObject({ filled: 2, open: 3, department: { name: "Seats dept" } });
    expect(byId.staff.map((s) => s.status).sort()).toEqual(["ACTIVE", "LEFT", "ONBOARDING"]);
  });

  it("offers positions in use, optionally of one department", async () => {
    const options = await (await org.as("ADMIN")).positions.options({ departmentId: org.org.deptA.id });
    expect(options.every((o) => o.departmentId === org.org.deptA.id)).toBe(true);
    expect(options.map((o) => o.title)).toContain("Advisor A");
  });
});

describe("positions: scope", () => {
  it("a head gets nothing of another department's positions: list, id, options", async () => {
    const head = await org.as("HEAD");
    const list = await head.positions.list({ pageSize: 100, includeArchived: true });
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((p) => p.departmentId === org.org.deptA.id)).toBe(true);
    expect((await head.positions.list({ search: "Advisor B" })).total).toBe(0);
    expect((await head.positions.list({ departmentId: org.org.deptB.id })).total).toBe(0);
    await expect(head.positions.byId({ id: org.org.positionB.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Position not found.",
    });
    await expect(head.positions.byId({ id: "no-such-position" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Position not found.",
    });
    expect(await head.positions.options({ departmentId: org.org.deptB.id })).toEqual([]);
    expect((await head.positions.options()).every((o) => o.departmentId === org.org.deptA.id)).toBe(true);
    const own = await head.positions.byId({ id: org.org.positionA.id });
    expect(own.staff.map((s) => s.name)).toEqual(["Staff A"]);
  });

  it("staff and heads cannot change positions; staff cannot list them", async () => {
    const staff = await org.as("STAFF");
    await expect(staff.positions.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(staff.positions.byId({ id: org.org.positionA.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await staff.positions.options()).every((o) => o.departmentId === org.org.deptA.id)).toBe(true);
    const head = await org.as("HEAD");
    await expect(
      head.positions.create({ title: "Mine", departmentId: org.org.deptA.id, headcount: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(head.positions.delete({ id: org.org.positionA.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
