import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@portal/db/factories";
import { digestWeekOf } from "@portal/domain";
import { buildWeeklyDigests } from "../src/services/digest";
import { setupOrganization, type Org } from "./harness";

// Issue 18, item 5: each person reads only their own digest; its sections are their department's segment (a head's
// the segments they head); HR without a department gets none; the e-mail setting is their own and audited.
let org: Org;
const now = new Date();
const week = digestWeekOf(now).toISOString().slice(0, 10);
beforeAll(async () => {
  org = await setupOrganization();
  const { db } = org;
  const { segmentA, segmentB, deptA, deptB } = org.org;
  const inWeek = new Date(digestWeekOf(now).getTime() + 86_400_000);
  await db.serviceStory.create({
    data: {
      authorId: org.users.staffUserA.id,
      segmentId: segmentA.id,
      departmentId: deptA.id,
      title: "Story of segment A",
      situation: "A customer of A.",
      language: "en",
      status: "PUBLISHED",
      publishedAt: inWeek,
    },
  });
  await db.feedback.create({
    data: {
      segmentId: segmentB.id,
      authorId: org.users.staffUserB.id,
      kind: "COMPLAINT",
      tags: ["fees"],
      text: "B",
      createdAt: inWeek,
    },
  });
  void deptB;
  await buildWeeklyDigests(db, now);
});
afterAll(() => org?.drop());

const segmentsOf = (d: {
  digest: { content: { sections: { segment: { name: string } }[] } | null } | null;
}) => d.digest?.content?.sections.map((s) => s.segment.name);

describe("digest.mine", () => {
  it("gives staff and heads their own segment's digest only, whatever week they ask for", async () => {
    const staffA = await (await org.as("STAFF")).digest.mine({});
    expect(staffA).toMatchObject({
      receives: true,
      emailEnabled: true,
      weeks: [{ weekOf: week, hasNews: true }],
    });
    expect(segmentsOf(staffA)).toEqual(["Segment A"]);
    expect(staffA.digest?.content?.sections[0]?.stories.map((s) => s.title)).toEqual(["Story of segment A"]);

    const headB = await (await org.asUser(org.users.headB)).digest.mine({ week });
    expect(segmentsOf(headB)).toEqual(["Segment B"]);
    expect(headB.digest?.content?.sections[0]).toMatchObject({
      stories: [],
      themes: [{ tag: "fees", count: 1 }],
    });
    expect(JSON.stringify(headB)).not.toContain("Story of segment A");

    const staffB = await (await org.asUser(org.users.staffUserB)).digest.mine({ week });
    expect(segmentsOf(staffB)).toEqual(["Segment B"]);
    expect((await (await org.as("HEAD")).digest.mine({ week: "2020-01-06" })).digest).toBeNull();
  });

  it("gives HR and admins without a department no digest, and refuses a malformed week", async () => {
    expect(await (await org.as("HR")).digest.mine({})).toMatchObject({
      receives: false,
      digest: null,
      weeks: [],
    });
    await expect((await org.as("STAFF")).digest.mine({ week: "2026-02-31" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("notifies only people whose week had news, once however often the job runs", async () => {
    await buildWeeklyDigests(org.db, now);
    const notified = await org.db.notification.findMany({
      where: { kind: "digest.weekly" },
      select: { userId: true },
    });
    const { headA, headB, staffUserA, staffUserB } = org.users;
    expect(notified.map((n) => n.userId).sort()).toEqual(
      [headA.id, headB.id, staffUserA.id, staffUserB.id].sort(),
    );
    const newcomer = await createUser(org.db, { role: "HR" });
    expect(await buildWeeklyDigests(org.db, now, [newcomer.id])).toMatchObject({ recipients: 0, created: 0 });
  });
});

describe("digest.setEmail", () => {
  it("turns the caller's own digest e-mail off and on, audited, and nobody else's", async () => {
    const staff = await org.as("STAFF");
    await staff.digest.setEmail({ enabled: false });
    expect((await staff.digest.mine({})).emailEnabled).toBe(false);
    expect((await (await org.asUser(org.users.staffUserB)).digest.mine({})).emailEnabled).toBe(true);
    expect(
      await org.db.auditEvent.count({
        where: { action: "user.setDigestEmail", entityId: org.users.staffUserA.id },
      }),
    ).toBe(1);
    await staff.digest.setEmail({ enabled: true });
    expect((await staff.digest.mine({})).emailEnabled).toBe(true);
    await expect(staff.digest.setEmail({ enabled: "no" as unknown as boolean })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
