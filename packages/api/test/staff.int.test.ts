import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@portal/auth/password";
import { createDepartment, createPosition } from "@portal/db/factories";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const newHire = () => ({
  email: "new.hire@test.example",
  name: "New Hire",
  departmentId: org.org.deptA.id,
  positionId: org.org.positionA.id,
  startDate: "2026-04-01",
});

describe("staff: create and update", () => {
  it("refuses a position of another department: BAD_REQUEST and no user is created", async () => {
    const hr = await org.as("HR");
    await expect(hr.staff.create({ ...newHire(), positionId: org.org.positionB.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await org.db.user.findUnique({ where: { email: "new.hire@test.example" } })).toBeNull();
  });

  it("refuses an archived department", async () => {
    const archived = await createDepartment(org.db, {
      name: "Old department",
      segmentId: org.org.segmentA.id,
    });
    await org.db.department.update({ where: { id: archived.id }, data: { archived: true } });
    await expect(
      (await org.as("HR")).staff.create({ ...newHire(), departmentId: archived.id, positionId: "" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("archived"),
    });
    expect(await org.db.user.count({ where: { email: "new.hire@test.example" } })).toBe(0);
  });

  it("creates the STAFF user and the staff member in one transaction, with a one-time password", async () => {
    const hr = await org.as("HR");
    const result = await hr.staff.create(newHire());
    expect(result.user).toMatchObject({
      email: "new.hire@test.example",
      role: "STAFF",
      mustChangePassword: true,
    });
    expect(result.user).not.toHaveProperty("passwordHash");
    expect(result.staff).toMatchObject({
      departmentId: org.org.deptA.id,
      positionId: org.org.positionA.id,
      status: "ONBOARDING",
    });
    const stored = await org.db.user.findUniqueOrThrow({ where: { id: result.user.id } });
    expect(await verifyPassword(stored.passwordHash, result.oneTimePassword)).toBe(true);
    const actions = (
      await org.db.auditEvent.findMany({ where: { entityId: { in: [result.user.id, result.staff.id] } } })
    ).map((e) => e.action);
    expect(actions.sort()).toEqual(["staff.create", "user.create"]);
    await expect(hr.staff.create(newHire())).rejects.toMatchObject({
      code: "CONFLICT",
      message: "A user with this email already exists.",
    });
  });

  it("updates department, position, start date and status; a retried save changes nothing", async () => {
    const hr = await org.as("HR");
    const position = await createPosition(org.db, { departmentId: org.org.deptB.id, title: "Analyst B" });
    const data = {
      departmentId: org.org.deptB.id,
      positionId: position.id,
      startDate: "2026-02-01",
      status: "ACTIVE" as const,
    };
    const after = await hr.staff.update({ id: org.org.staffA.id, data });
    expect(after).toMatchObject({
      departmentId: org.org.deptB.id,
      positionId: position.id,
      status: "ACTIVE",
    });
    await hr.staff.update({ id: org.org.staffA.id, data });
    expect(
      await org.db.auditEvent.count({ where: { entityId: org.org.staffA.id, action: "staff.update" } }),
    ).toBe(1);
    await expect(
      hr.staff.update({ id: org.org.staffA.id, data: { ...data, positionId: org.org.positionA.id } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // Back to department A for the scope tests below.
    await hr.staff.update({
      id: org.org.staffA.id,
      data: { ...data, departmentId: org.org.deptA.id, positionId: org.org.positionA.id },
    });
  });
});

describe("staff: reads and row scopes", () => {
  it("the head of A lists only department A, even when filtering by department B", async () => {
    const head = await org.as("HEAD");
    const page = await head.staff.list({ sort: "name" });
    expect(page.items.map((s) => s.user.name)).toEqual(["New Hire", "Staff A"]);
    expect(page.items.every((s) => s.department.id === org.org.deptA.id)).toBe(true);
    expect((await head.staff.list({ departmentId: org.org.deptB.id })).total).toBe(0);
    expect((await head.staff.list({ search: "Staff B" })).total).toBe(0);
    const options = await head.staff.filterOptions();
    expect(options.departments.map((d) => d.name)).toEqual(["Department A"]);
  });

  it("HR lists everyone with search, filters, sorts and the top expertise", async () => {
    const hr = await org.as("HR");
    const all = await hr.staff.list({ sort: "department", direction: "desc" });
    expect(all.items[0]?.department.name).toBe("Department B");
    const b = await hr.staff.list({ search: "staff b" });
    expect(b.items).toMatchObject([
      { user: { name: "Staff B" }, topExpertise: { level: 3, segment: { name: "Segment B" } } },
    ]);
    expect(
      (await hr.staff.list({ status: "ONBOARDING", departmentId: org.org.deptA.id })).items.map(
        (s) => s.user.name,
      ),
    ).toEqual(["New Hire"]);
    await org.db.staffMember.update({ where: { id: org.org.staffB.id }, data: { status: "LEFT" } });
    expect((await hr.staff.list({ search: "staff b" })).total).toBe(0);
    expect((await hr.staff.list({ search: "staff b", includeArchived: true })).total).toBe(1);
    expect((await hr.staff.list({ status: "LEFT" })).total).toBe(1);
    await org.db.staffMember.update({ where: { id: org.org.staffB.id }, data: { status: "ONBOARDING" } });
  });

  it("byId: the head of A reads A's staff with expertise; B's staff is NOT_FOUND, same as missing", async () => {
    const head = await org.as("HEAD");
    const a = await head.staff.byId({ id: org.org.staffA.id });
    expect(a.expertise).toMatchObject([{ level: 2, segment: { name: "Segment A" } }]);
    expect(a.expertiseChanges).toHaveLength(1);
    expect(a.user).not.toHaveProperty("passwordHash");
    await expect(head.staff.byId({ id: org.org.staffB.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Staff member not found.",
    });
    await expect(head.staff.byId({ id: "missing" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Staff member not found.",
    });
    await expect((await org.as("STAFF")).staff.byId({ id: org.org.staffA.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("me: staff get only their own record; someone without one gets null", async () => {
    const mine = await (await org.as("STAFF")).staff.me();
    expect(mine).toMatchObject({
      id: org.org.staffA.id,
      user: { id: org.users.staffUserA.id },
      expertise: [{ level: 2 }],
    });
    const other = await (await org.asUser(org.users.staffUserB)).staff.me();
    expect(other?.id).toBe(org.org.staffB.id);
    expect(await (await org.as("HEAD")).staff.me()).toBeNull();
    await expect((await org.as("STAFF")).staff.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("field errors reach the form", () => {
  it("a service's field error and a bad input both carry zod field errors for the error formatter", async () => {
    const { fieldErrorsOf } = await import("../src/errors");
    const hr = await org.as("HR");
    const archived = await org.db.department.create({
      data: { name: "Archived for field errors", segmentId: org.org.segmentA.id, archived: true },
    });
    const serviceError = await hr.staff
      .create({
        email: "field.errors@test.example",
        name: "Field Errors",
        departmentId: archived.id,
        positionId: "",
        startDate: "2026-11-23",
        status: "ONBOARDING",
      })
      .catch((e: unknown) => e);
    expect(fieldErrorsOf(serviceError as never)?.fieldErrors).toEqual({
      departmentId: ["errors.chosenDepartmentArchived"],
    });
    const inputError = await hr.staff
      .create({
        email: "not an email",
        name: "",
        departmentId: "",
        positionId: "",
        startDate: "x",
        status: "ONBOARDING",
      })
      .catch((e: unknown) => e);
    expect(Object.keys(fieldErrorsOf(inputError as never)?.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(["email", "name", "departmentId", "startDate"]),
    );
  });
});
