import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const valid = {
  name: "Students",
  kind: "INDIVIDUALS" as const,
  ageMin: 18,
  ageMax: 26,
  bestCustomerPriority: 1,
  tags: ["campus"],
};

describe("segments", () => {
  it("an admin creates a segment, and the audit event is written with it", async () => {
    const admin = await org.as("ADMIN");
    const created = await admin.segments.create(valid);
    expect(created).toMatchObject({ name: "Students", ageMin: 18, tags: ["campus"], archived: false });
    const events = await org.db.auditEvent.findMany({ where: { entityId: created.id } });
    expect(events).toMatchObject([
      { action: "segment.create", actorId: org.users.admin.id, entityType: "CustomerSegment" },
    ]);
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const admin = await org.as("ADMIN");
    const before = await org.db.customerSegment.count();
    const events = await org.db.auditEvent.count();
    await expect(admin.segments.create({ ...valid, name: "", ageMin: 40, ageMax: 20 })).rejects.toMatchObject(
      { code: "BAD_REQUEST" },
    );
    expect(await org.db.customerSegment.count()).toBe(before);
    expect(await org.db.auditEvent.count()).toBe(events);
  });

  it("refuses a duplicate name with a clear conflict", async () => {
    const admin = await org.as("ADMIN");
    await expect(admin.segments.create({ ...valid, name: "Segment A" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "A segment with this name already exists.",
    });
  });

  it("lists with search, sorting, pagination and the orphan flag", async () => {
    const staff = await org.as("STAFF");
    const page = await staff.segments.list({ search: "segment", sort: "name", pageSize: 10 });
    expect(page.items.map((s) => [s.name, s.orphan])).toEqual([
      ["Orphan segment", true],
      ["Segment A", false],
      ["Segment B", false],
    ]);
    const second = await staff.segments.list({ sort: "name", direction: "desc", pageSize: 10, page: 2 });
    expect(second.items).toEqual([]);
    expect(second.total).toBeGreaterThanOrEqual(3);
  });

  it("cannot delete a segment that still has departments: clear error, nothing changed", async () => {
    const admin = await org.as("ADMIN");
    await expect(admin.segments.delete({ id: org.org.segmentA.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("still has 1 department"),
    });
    expect(await org.db.customerSegment.findUnique({ where: { id: org.org.segmentA.id } })).not.toBeNull();
  });

  it("archives idempotently and deletes an unused segment", async () => {
    const admin = await org.as("ADMIN");
    const seg = await admin.segments.create({ ...valid, name: "Temporary" });
    await admin.segments.setArchived({ id: seg.id, archived: true });
    await admin.segments.setArchived({ id: seg.id, archived: true }); // a retried click
    expect(await org.db.auditEvent.count({ where: { entityId: seg.id, action: "segment.archive" } })).toBe(1);
    await admin.segments.delete({ id: seg.id });
    expect(await org.db.customerSegment.findUnique({ where: { id: seg.id } })).toBeNull();
  });
});
