import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createDepartment,
  createPosition,
  createSegment,
  createStaffMember,
  createUser,
} from "@portal/db/factories";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const counts = async () => ({
  departments: await org.db.department.count(),
  events: await org.db.auditEvent.count(),
});

describe("departments: changes", () => {
  it("an admin creates and updates a department, each with its audit event", async () => {
    const admin = await org.as("ADMIN");
    const created = await admin.departments.create({
      name: "Students",
      segmentId: org.org.orphan.id,
      headId: "",
      targetHeadcount: 4,
    });
    expect(created).toMatchObject({ name: "Students", headId: null, targetHeadcount: 4, archived: false });
    const head = await createUser(org.db, { role: "HEAD", name: "Head S" });
    const updated = await admin.departments.update({
      id: created.id,
      data: { name: "Student banking", segmentId: org.org.orphan.id, headId: head.id, targetHeadcount: 6 },
    });
    expect(updated).toMatchObject({ name: "Student banking", headId: head.id, targetHeadcount: 6 });
    const events = await org.db.auditEvent.findMany({
      where: { entityId: created.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events).toMatchObject([
      {
        action: "department.create",
        actorId: org.users.admin.id,
        entityType: "Department",
        after: { name: "Students" },
      },
      {
        action: "department.update",
        before: { name: "Students", headId: null },
        after: { name: "Student banking", headId: head.id },
      },
    ]);
  });

  it("refuses bad input and bad references with clear errors, and writes nothing", async () => {
    const admin = await org.as("ADMIN");
    const archivedSegment = await createSegment(org.db, { archived: true });
    const staffUser = await createUser(org.db, { role: "STAFF" });
    const inactiveHead = await createUser(org.db, { role: "HEAD", active: false });
    const before = await counts();
    const base = {
      name: "Nope",
      segmentId: org.org.orphan.id,
      headId: null as string | null,
      targetHeadcount: 1,
    };
    await expect(admin.departments.create({ ...base, name: "", targetHeadcount: -1 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const refusals: [Partial<typeof base>, string][] = [
      [{ segmentId: "missing" }, "The customer segment does not exist."],
      [
        { segmentId: archivedSegment.id },
        "The customer segment is archived. Restore it or choose another one.",
      ],
      [{ headId: "missing" }, "The head does not exist."],
      [{ headId: staffUser.id }, "The head must be a user with the role Department head."],
      [{ headId: inactiveHead.id }, "The head's account is deactivated. Choose an active head."],
    ];
    for (const [change, message] of refusals)
      await expect(admin.departments.create({ ...base, ...change })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message,
      });
    await expect(
      admin.departments.update({
        id: org.org.deptA.id,
        data: { ...base, name: "Department A", headId: staffUser.id },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await counts()).toEqual(before);
    expect(await org.db.department.findUnique({ where: { id: org.org.deptA.id } })).toMatchObject({
      headId: org.users.headA.id,
    });
  });

  it("refuses a duplicate name with a conflict, on create and on update", async () => {
    const admin = await org.as("ADMIN");
    const before = await counts();
    const conflict = { code: "CONFLICT", message: "A department with this name already exists." };
    await expect(
      admin.departments.create({
        name: "Department B",
        segmentId: org.org.segmentA.id,
        headId: null,
        targetHeadcount: 1,
      }),
    ).rejects.toMatchObject(conflict);
    await expect(
      admin.departments.update({
        id: org.org.deptA.id,
        data: { name: "Department B", segmentId: org.org.segmentA.id, headId: null, targetHeadcount: 1 },
      }),
    ).rejects.toMatchObject(conflict);
    expect(await counts()).toEqual(before);
  });

  it("refuses to archive a department that still has staff, and archives an empty one idempotently", async () => {
    const admin = await org.as("ADMIN");
    await expect(
      admin.departments.setArchived({ id: org.org.deptA.id, archived: true }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("still has 1 staff member"),
    });
    expect(await org.db.department.findUnique({ where: { id: org.org.deptA.id } })).toMatchObject({
      archived: false,
    });
    const empty = await createDepartment(org.db, { segmentId: org.org.segmentB.id });
    await createStaffMember(org.db, { departmentId: empty.id, status: "LEFT" }); // people who left do not block archiving
    await admin.departments.setArchived({ id: empty.id, archived: true });
    await admin.departments.setArchived({ id: empty.id, archived: true }); // a retried click
    expect(
      await org.db.auditEvent.count({ where: { entityId: empty.id, action: "department.archive" } }),
    ).toBe(1);
    await admin.departments.setArchived({ id: empty.id, archived: false });
    expect(
      await org.db.auditEvent.count({ where: { entityId: empty.id, action: "department.restore" } }),
    ).toBe(1);
  });

  it("deletes only a department without positions or staff, otherwise suggests archiving", async () => {
    const admin = await org.as("ADMIN");
    await expect(admin.departments.delete({ id: org.org.deptA.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Archive it instead"),
    });
    const withPosition = await createDepartment(org.db, { segmentId: org.org.segmentB.id });
    await createPosition(org.db, { departmentId: withPosition.id });
    await expect(admin.departments.delete({ id: withPosition.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(
      await org.db.department.count({ where: { id: { in: [org.org.deptA.id, withPosition.id] } } }),
    ).toBe(2);
    const empty = await createDepartment(org.db, { segmentId: org.org.segmentB.id });
    await admin.departments.delete({ id: empty.id });
    expect(await org.db.department.findUnique({ where: { id: empty.id } })).toBeNull();
    expect(await org.db.auditEvent.findFirst({ where: { entityId: empty.id } })).toMatchObject({
      action: "department.delete",
      before: { name: empty.name },
    });
    await expect(admin.departments.delete({ id: empty.id })).rejects.toMatchObject({ code: "NOT_FOUND" }); // a retry
  });
});

describe("departments: reads", () => {
  it("lists with search on segment names, counts, flags, sorting, pagination and filters", async () => {
    const hr = await org.as("HR");
    const page = await hr.departments.list({ search: "segment a", pageSize: 10 });
    expect(page.items).toMatchObject([
      {
        name: "Department A",
        segment: { name: "Segment A" },
        head: { name: "Head A" },
        staffCount: 1,
        positionCount: 1,
        noHead: false,
      },
    ]);
    const noHead = await createDepartment(org.db, {
      name: "Zeta without head",
      segmentId: org.org.segmentB.id,
      targetHeadcount: 0,
    });
    await createStaffMember(org.db, { departmentId: noHead.id, status: "ACTIVE" });
    await createStaffMember(org.db, { departmentId: noHead.id, status: "ACTIVE" });
    await createStaffMember(org.db, { departmentId: noHead.id, status: "LEFT" });
    const byStaff = await hr.departments.list({ sort: "staff", direction: "desc", pageSize: 10 });
    expect(byStaff.items[0]).toMatchObject({
      name: "Zeta without head",
      staffCount: 2,
      noHead: true,
      head: null,
    });
    const bySegment = await hr.departments.list({
      segmentId: org.org.segmentB.id,
      sort: "name",
      pageSize: 10,
    });
    expect(bySegment.items.every((d) => d.segment.id === org.org.segmentB.id)).toBe(true);
    for (let i = 0; i < 12; i++)
      await createDepartment(org.db, {
        name: `Paged ${String(i).padStart(2, "0")}`,
        segmentId: org.org.segmentB.id,
      });
    const first = await hr.departments.list({
      search: "paged",
      sort: "name",
      direction: "desc",
      pageSize: 10,
      page: 1,
    });
    const second = await hr.departments.list({
      search: "paged",
      sort: "name",
      direction: "desc",
      pageSize: 10,
      page: 2,
    });
    expect([first.total, first.pageCount, first.items.length, second.items.length]).toEqual([12, 2, 10, 2]);
    expect(second.items.map((d) => d.name)).toEqual(["Paged 01", "Paged 00"]);
    const archived = await createDepartment(org.db, {
      name: "Archived dept",
      segmentId: org.org.segmentB.id,
    });
    await org.db.department.update({ where: { id: archived.id }, data: { archived: true } });
    expect((await hr.departments.list({ search: "Archived dept" })).total).toBe(0);
    expect((await hr.departments.list({ search: "Archived dept", includeArchived: true })).total).toBe(1);
  });

  it("shows a department with its segment, head, positions with open seats and staff by status", async () => {
    const admin = await org.as("ADMIN");
    const d = await admin.departments.byId({ id: org.org.deptA.id });
    expect(d).toMatchObject({
      segment: { name: "Segment A" },
      head: { name: "Head A" },
      staffCount: 1,
      staffByStatus: { ONBOARDING: 1, ACTIVE: 0, LEFT: 0 },
      positions: [{ title: "Advisor A", headcount: 3, filled: 1, open: 2 }],
    });
  });

  it("offers active heads only to admins", async () => {
    await createUser(org.db, { role: "HEAD", name: "Gone head", active: false });
    const heads = await (await org.as("ADMIN")).departments.headOptions();
    expect(heads.map((h) => h.name)).toEqual(expect.arrayContaining(["Head A", "Head B"]));
    expect(heads.map((h) => h.name)).not.toContain("Gone head");
    await expect((await org.as("HEAD")).departments.headOptions()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("departments: scope", () => {
  it("a head sees only their own department, by list, by id and in options", async () => {
    const head = await org.as("HEAD");
    const list = await head.departments.list({ pageSize: 100, includeArchived: true });
    expect(list.items.map((d) => d.id)).toEqual([org.org.deptA.id]);
    expect((await head.departments.list({ search: "Department B" })).total).toBe(0);
    expect((await head.departments.list({ segmentId: org.org.segmentB.id })).total).toBe(0);
    expect((await head.departments.list({ sort: "staff", pageSize: 100 })).items.map((d) => d.id)).toEqual([
      org.org.deptA.id,
    ]);
    const missing = await head.departments.byId({ id: "no-such-department" }).catch((e: unknown) => e);
    const other = await head.departments.byId({ id: org.org.deptB.id }).catch((e: unknown) => e);
    expect(other).toMatchObject({ code: "NOT_FOUND", message: "Department not found." });
    expect(other).toMatchObject({
      code: (missing as { code: string }).code,
      message: (missing as Error).message,
    });
    expect(await head.departments.options()).toEqual([{ id: org.org.deptA.id, name: "Department A" }]);
  });

  it("staff cannot list or read departments; their options hold only their own department", async () => {
    const staff = await org.as("STAFF");
    await expect(staff.departments.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(staff.departments.byId({ id: org.org.deptA.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      staff.departments.create({ name: "X", segmentId: org.org.orphan.id, headId: null, targetHeadcount: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await staff.departments.options()).toEqual([{ id: org.org.deptA.id, name: "Department A" }]);
  });

  it("heads and HR cannot change departments", async () => {
    for (const actor of ["HEAD", "HR"] as const) {
      const caller = await org.as(actor);
      await expect(
        caller.departments.setArchived({ id: org.org.deptA.id, archived: true }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.departments.delete({ id: org.org.deptB.id })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});
