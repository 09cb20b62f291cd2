import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const counts = async () => ({
  changes: await org.db.expertiseChange.count(),
  audit: await org.db.auditEvent.count(),
});

describe("expertise", () => {
  it("keeps the history with the previous level; an identical resubmission is a no-op", async () => {
    const hr = await org.as("HR");
    const input = {
      staffMemberId: org.org.staffA.id,
      segmentId: org.org.segmentA.id,
      level: 3,
      source: "ASSESSED" as const,
      evidence: "Shadowed 20 calls",
    };
    const first = await hr.staff.setExpertise(input);
    expect(first).toMatchObject({
      changed: true,
      expertise: { level: 3, source: "ASSESSED", assessedById: org.users.hr.id },
    });
    const before = await counts();
    const again = await hr.staff.setExpertise(input);
    expect(again.changed).toBe(false);
    expect(await counts()).toEqual(before);
    const history = await hr.staff.expertiseHistory({
      staffMemberId: org.org.staffA.id,
      segmentId: org.org.segmentA.id,
    });
    expect(history.map((h) => [h.previousLevel, h.level, h.source])).toEqual([
      [2, 3, "ASSESSED"],
      [null, 2, "SELF"],
    ]);
    expect(history[0]?.assessedBy).toMatchObject({ id: org.users.hr.id });
    const events = await org.db.auditEvent.findMany({
      where: { entityId: org.org.staffA.id, action: "expertise.set" },
    });
    expect(events).toMatchObject([
      { actorId: org.users.hr.id, before: { level: 2 }, after: { level: 3, source: "ASSESSED" } },
    ]);
  });

  it("a new segment starts a history; self-assessments carry no assessor", async () => {
    const admin = await org.as("ADMIN");
    const r = await admin.staff.setExpertise({
      staffMemberId: org.org.staffA.id,
      segmentId: org.org.orphan.id,
      level: 1,
      source: "SELF",
    });
    expect(r.expertise).toMatchObject({ level: 1, source: "SELF", evidence: "", assessedById: null });
    const detail = await admin.staff.byId({ id: org.org.staffA.id });
    expect(detail.expertise.map((e) => [e.segment.name, e.level])).toEqual([
      ["Orphan segment", 1],
      ["Segment A", 3],
    ]);
    expect(detail.expertise.find((e) => e.level === 3)?.assessedBy).toMatchObject({ name: "Hr H" });
  });

  it("the head of A assesses A's staff, but gets NOT_FOUND for B's staff and nothing is written", async () => {
    const head = await org.as("HEAD");
    const own = await head.staff.setExpertise({
      staffMemberId: org.org.staffA.id,
      segmentId: org.org.segmentB.id,
      level: 2,
      source: "ASSESSED",
      evidence: "Review",
    });
    expect(own.expertise).toMatchObject({ assessedById: org.users.headA.id });
    const before = await counts();
    await expect(
      head.staff.setExpertise({
        staffMemberId: org.org.staffB.id,
        segmentId: org.org.segmentB.id,
        level: 4,
        source: "ASSESSED",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(head.staff.expertiseHistory({ staffMemberId: org.org.staffB.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(head.staff.byId({ id: org.org.staffB.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await head.staff.list({ departmentId: org.org.deptB.id, includeArchived: true })).items).toEqual(
      [],
    );
    expect(await counts()).toEqual(before);
    const b = await org.db.expertise.findUniqueOrThrow({
      where: {
        staffMemberId_segmentId: { staffMemberId: org.org.staffB.id, segmentId: org.org.segmentB.id },
      },
    });
    expect(b.level).toBe(3);
  });

  it("staff cannot set expertise; they read only their own history", async () => {
    const staff = await org.as("STAFF");
    await expect(
      staff.staff.setExpertise({
        staffMemberId: org.org.staffA.id,
        segmentId: org.org.segmentA.id,
        level: 4,
        source: "SELF",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await staff.staff.expertiseHistory({ staffMemberId: org.org.staffA.id })).length).toBeGreaterThan(
      0,
    );
    await expect(staff.staff.expertiseHistory({ staffMemberId: org.org.staffB.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses bad levels and archived segments without writing", async () => {
    const hr = await org.as("HR");
    const before = await counts();
    await expect(
      hr.staff.setExpertise({
        staffMemberId: org.org.staffA.id,
        segmentId: org.org.segmentA.id,
        level: 5,
        source: "SELF",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await org.db.customerSegment.update({ where: { id: org.org.orphan.id }, data: { archived: true } });
    await expect(
      hr.staff.setExpertise({
        staffMemberId: org.org.staffA.id,
        segmentId: org.org.orphan.id,
        level: 2,
        source: "SELF",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("archived"),
    });
    await org.db.customerSegment.update({ where: { id: org.org.orphan.id }, data: { archived: false } });
    expect(await counts()).toEqual(before);
  });
});
