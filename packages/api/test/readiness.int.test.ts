import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHiringProfile, createStaffMember, createUser, setExpertise } from "@portal/db/factories";
import { callerFor, setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const expertiseReq = () => ({
  kind: "EXPERTISE" as const,
  segmentId: org.org.segmentA.id,
  level: 3,
  weight: 3,
  mustHave: true,
});
const feesReq = {
  kind: "CRITERION" as const,
  criterion: "Explains fees without jargon",
  rating: 4,
  weight: 1,
  mustHave: false,
};

/** A fresh person in department A's position, at expertise `level` in segment A. */
async function newcomer(level: number) {
  const user = await createUser(org.db, { role: "STAFF" });
  const staff = await createStaffMember(org.db, {
    userId: user.id,
    departmentId: org.org.deptA.id,
    positionId: org.org.positionA.id,
  });
  if (level > 0)
    await setExpertise(org.db, { staffMemberId: staff.id, segmentId: org.org.segmentA.id, level });
  return { user, staff };
}

const signOffsOf = (staffMemberId: string) =>
  org.db.signOff.findMany({ where: { staffMemberId }, orderBy: { signedOffAt: "asc" } });
const auditsOf = (staffMemberId: string) =>
  org.db.auditEvent.findMany({ where: { entityId: staffMemberId, action: { startsWith: "readiness." } } });

describe("readiness", () => {
  beforeAll(async () => {
    await createHiringProfile(org.db, {
      positionId: org.org.positionA.id,
      requirements: [expertiseReq(), feesReq],
    });
  });

  it("explains why a person is not ready, item by item, for their head", async () => {
    const { staff } = await newcomer(2);
    const head = await org.as("HEAD");
    const view = await head.readiness.person({ staffMemberId: staff.id });
    expect(view).toMatchObject({ status: "IN_PROGRESS", mustHavesMet: false, canSignOff: true });
    const expertise = view.items.find((i) => i.kind === "requirement" && i.summary.kind === "EXPERTISE");
    expect(expertise).toMatchObject({ status: "partial", actual: 2, blocking: true, evidence: "expertise" });
    const fees = view.items.find((i) => i.kind === "requirement" && i.summary.kind === "CRITERION");
    expect(fees).toMatchObject({ status: "missing", actual: null, blocking: false, evidence: "none" });
  });

  it("the matrix has one row per person of the department, ordered by what blocks them, with a column per requirement", async () => {
    const ready = await newcomer(3);
    const head = await org.as("HEAD");
    const matrix = await head.readiness.matrix({ departmentId: org.org.deptA.id, pageSize: 100 });
    expect(matrix.items.map((r) => r.staffMemberId)).toContain(ready.staff.id);
    expect(matrix.items.map((r) => r.staffMemberId)).not.toContain(org.org.staffB.id);
    const statuses = matrix.items.map((r) => r.status);
    expect(statuses.indexOf("READY_FOR_REVIEW")).toBeGreaterThan(statuses.lastIndexOf("IN_PROGRESS"));
    const expertiseColumn = matrix.columns.find(
      (c) => c.kind === "requirement" && c.requirement.kind === "EXPERTISE",
    )!;
    expect(expertiseColumn.blocking).toBe(
      matrix.items.filter((r) => r.cells[expertiseColumn.key]?.status !== "met").length,
    );
    expect(matrix.items.find((r) => r.staffMemberId === ready.staff.id)!.cells[expertiseColumn.key]).toEqual({
      status: "met",
      ratio: 1,
      weight: expect.any(Number) as number,
      blocking: false,
      actual: 3,
    });
    // The person page names each item with its column's key, so a cell can link to its explanation.
    const view = await head.readiness.person({ staffMemberId: ready.staff.id });
    expect(view.items.map((i) => i.key)).toContain(expertiseColumn.key);
    const onlyReady = await head.readiness.matrix({
      departmentId: org.org.deptA.id,
      status: "READY_FOR_REVIEW",
    });
    expect(onlyReady.items.every((r) => r.status === "READY_FOR_REVIEW")).toBe(true);
    expect(onlyReady.counts.READY_FOR_REVIEW).toBe(onlyReady.total);
    await expect(head.readiness.matrix({ departmentId: org.org.deptB.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses a sign-off while a must-have is unmet and changes nothing; an override needs a reason and is recorded as one", async () => {
    const { staff, user } = await newcomer(1);
    const head = await org.as("HEAD");
    await expect(
      head.readiness.signOff({ staffMemberId: staff.id, comment: "Looks fine" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("must-have") });
    expect(await signOffsOf(staff.id)).toEqual([]);
    expect(await auditsOf(staff.id)).toEqual([]);
    await expect(
      head.readiness.signOff({ staffMemberId: staff.id, overrideReason: "   " }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const result = await head.readiness.signOff({
      staffMemberId: staff.id,
      overrideReason: "Shadowed a senior for two weeks",
    });
    expect(result).toMatchObject({
      created: true,
      signOff: { override: true, overrideReason: "Shadowed a senior for two weeks" },
    });
    expect((await org.db.staffMember.findUniqueOrThrow({ where: { id: staff.id } })).status).toBe("ACTIVE");
    expect((await auditsOf(staff.id)).map((a) => a.action)).toEqual(["readiness.signOff.override"]);
    // A message key with its parameters, rendered in the reader's language.
    expect(
      await org.db.notification.findMany({
        where: { userId: user.id },
        select: { kind: true, params: true },
      }),
    ).toEqual([{ kind: "readiness.signedOff", params: { position: expect.any(String) } }]);
    const matrix = await head.readiness.matrix({
      departmentId: org.org.deptA.id,
      status: "SIGNED_OFF",
      pageSize: 100,
    });
    expect(matrix.items.find((r) => r.staffMemberId === staff.id)).toMatchObject({ override: true });
  });

  it("signs off a ready person once however often it is submitted, and revokes it back to onboarding", async () => {
    const { staff } = await newcomer(3);
    const head = await org.as("HEAD");
    const [a, b] = await Promise.all([
      head.readiness.signOff({ staffMemberId: staff.id }),
      head.readiness.signOff({ staffMemberId: staff.id }),
    ]);
    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
    expect(await head.readiness.signOff({ staffMemberId: staff.id })).toMatchObject({ created: false });
    expect(await signOffsOf(staff.id)).toHaveLength(1);
    expect(await head.readiness.person({ staffMemberId: staff.id })).toMatchObject({
      status: "SIGNED_OFF",
      signOff: { override: false },
    });

    await expect(
      head.readiness.revoke({ signOffId: (a.created ? a : b).signOff.id, reason: "" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const held = a.created ? a.signOff : b.signOff;
    const revocations = await Promise.all(
      [1, 2].map(() => head.readiness.revoke({ signOffId: held.id, reason: "Complaint about fees" })),
    );
    expect(revocations.filter((r) => r.revoked)).toHaveLength(1);
    expect(await head.readiness.revoke({ signOffId: held.id, reason: "Complaint about fees" })).toEqual({
      revoked: false,
    });
    expect((await auditsOf(staff.id)).filter((e) => e.action === "readiness.revoke")).toHaveLength(1);
    expect((await org.db.staffMember.findUniqueOrThrow({ where: { id: staff.id } })).status).toBe(
      "ONBOARDING",
    );
    expect((await head.readiness.person({ staffMemberId: staff.id })).status).toBe("READY_FOR_REVIEW");
  });

  it("moving a signed-off person to another position, or their leaving, ends the sign-off in the same change", async () => {
    const head = await org.as("HEAD");
    const hr = await org.as("HR");
    const mover = await newcomer(3);
    const leaver = await newcomer(3);
    for (const p of [mover, leaver]) await head.readiness.signOff({ staffMemberId: p.staff.id });
    const startDate = mover.staff.startDate.toISOString().slice(0, 10);

    const moved = {
      departmentId: org.org.deptB.id,
      positionId: org.org.positionB.id,
      startDate,
      status: "ACTIVE" as const,
    };
    await hr.staff.update({ id: mover.staff.id, data: moved });
    await hr.staff.update({ id: mover.staff.id, data: moved }); // a retried save
    const [ended] = await signOffsOf(mover.staff.id);
    expect(ended).toMatchObject({
      revokedAt: expect.any(Date),
      revokeReason: expect.stringContaining("Moved"),
    });
    expect((await auditsOf(mover.staff.id)).map((a) => a.action)).toEqual([
      "readiness.signOff",
      "readiness.revoke",
    ]);
    expect((await hr.readiness.person({ staffMemberId: mover.staff.id })).status).not.toBe("SIGNED_OFF");

    await hr.staff.update({
      id: leaver.staff.id,
      data: { departmentId: org.org.deptA.id, positionId: org.org.positionA.id, startDate, status: "LEFT" },
    });
    expect(await signOffsOf(leaver.staff.id)).toEqual([
      expect.objectContaining({ revokeReason: "Left the company." }),
    ]);

    // A change that keeps the position (a corrected start date) leaves the sign-off alone.
    const stays = await newcomer(3);
    await head.readiness.signOff({ staffMemberId: stays.staff.id });
    await hr.staff.update({
      id: stays.staff.id,
      data: {
        departmentId: org.org.deptA.id,
        positionId: org.org.positionA.id,
        startDate: "2026-01-05",
        status: "ACTIVE",
      },
    });
    expect(await signOffsOf(stays.staff.id)).toEqual([expect.objectContaining({ revokedAt: null })]);
  });

  it("a sign-off lapses when the profile gains a requirement, not when HR saves the same requirements again", async () => {
    const position = await org.db.position.create({
      data: { departmentId: org.org.deptA.id, title: `Lapse desk ${Date.now()}` },
    });
    await createHiringProfile(org.db, { positionId: position.id, requirements: [expertiseReq()] });
    const { staff } = await newcomer(3);
    await org.db.staffMember.update({ where: { id: staff.id }, data: { positionId: position.id } });
    const head = await org.as("HEAD");
    await head.readiness.signOff({ staffMemberId: staff.id });
    await createHiringProfile(org.db, { positionId: position.id, requirements: [expertiseReq()] });
    expect((await head.readiness.person({ staffMemberId: staff.id })).status).toBe("SIGNED_OFF");
    await createHiringProfile(org.db, {
      positionId: position.id,
      requirements: [
        expertiseReq(),
        { kind: "LANGUAGE", language: "sv", cefr: "B2", weight: 1, mustHave: false },
      ],
    });
    const lapsed = await head.readiness.person({ staffMemberId: staff.id });
    expect(lapsed).toMatchObject({ status: "LAPSED", lapsed: [{ kind: "newRequirement" }] });
    // Signing off again replaces the lapsed sign-off: one in force.
    await head.readiness.signOff({ staffMemberId: staff.id });
    expect((await signOffsOf(staff.id)).filter((s) => s.revokedAt === null)).toHaveLength(1);
    expect((await head.readiness.person({ staffMemberId: staff.id })).status).toBe("SIGNED_OFF");
  });

  it("an expired certificate of a required course lapses the sign-off", async () => {
    const { staff } = await newcomer(3);
    const course = await org.db.course.create({
      data: {
        title: `Required ${Date.now()}`,
        versions: { create: { version: 1, status: "PUBLISHED", publishedAt: new Date() } },
      },
      include: { versions: true },
    });
    const head = await org.as("HEAD");
    const longAgo = new Date(Date.now() - 400 * 86_400_000);
    const rule = await org.db.courseRule.create({
      data: { courseId: course.id, positionId: org.org.positionA.id, dueDays: 30, recertifyMonths: 12 },
    });
    try {
      await org.db.enrolment.create({
        data: {
          staffMemberId: staff.id,
          courseId: course.id,
          versionId: course.versions[0]!.id,
          source: "RULE",
          ruleId: rule.id,
          passedAt: new Date(),
          recertifyMonths: 12,
        },
      });
      await head.readiness.signOff({ staffMemberId: staff.id });
      expect((await head.readiness.person({ staffMemberId: staff.id })).status).toBe("SIGNED_OFF");
      await org.db.enrolment.updateMany({
        where: { staffMemberId: staff.id, courseId: course.id },
        data: { passedAt: longAgo },
      });
      expect(await head.readiness.person({ staffMemberId: staff.id })).toMatchObject({
        status: "LAPSED",
        lapsed: [{ kind: "certificateExpired", courseId: course.id }],
      });
    } finally {
      await org.db.courseRule.update({ where: { id: rule.id }, data: { removedAt: new Date() } });
    }
  });

  it("an assessment by the head meets a criterion the person had no evidence for", async () => {
    const { staff } = await newcomer(3);
    const head = await org.as("HEAD");
    await expect(
      head.readiness.assess({
        staffMemberId: staff.id,
        kind: "CRITERION",
        criterion: "explains FEES without jargon",
        rating: 9,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await head.readiness.assess({
      staffMemberId: staff.id,
      kind: "CRITERION",
      criterion: "explains FEES without jargon ",
      rating: 4,
      note: "Observed on three calls",
    });
    const view = await head.readiness.person({ staffMemberId: staff.id });
    expect(view.percent).toBe(100);
    expect(view.items.find((i) => i.kind === "requirement" && i.summary.kind === "CRITERION")).toMatchObject({
      status: "met",
      actual: 4,
      evidence: "assessed",
    });
    const timeline = await head.readiness.timeline({ staffMemberId: staff.id });
    expect(timeline.map((e) => e.kind)).toEqual(
      expect.arrayContaining(["started", "assessment", "expertise"]),
    );
  });

  it("keeps each role to its own: other departments, other people, HR cannot sign off", async () => {
    const { staff, user } = await newcomer(3);
    const headB = await callerFor(org.db, org.users.headB);
    await expect(headB.readiness.person({ staffMemberId: staff.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(headB.readiness.signOff({ staffMemberId: staff.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      headB.readiness.assess({ staffMemberId: staff.id, kind: "EXPERIENCE", years: 3 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect((await org.as("HR")).readiness.signOff({ staffMemberId: staff.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const self = await callerFor(org.db, user);
    expect((await self.readiness.mine()).staff.id).toBe(staff.id);
    await expect(self.readiness.person({ staffMemberId: org.org.staffA.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(self.readiness.timeline({ staffMemberId: org.org.staffA.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await signOffsOf(staff.id)).toEqual([]);
  });

  it("exports the whole filtered matrix for the CSV: columns and each person's status codes, labelled by the client", async () => {
    const head = await org.as("HEAD");
    const { fileName, columns, rows } = await head.readiness.exportCsv({ departmentId: org.org.deptA.id });
    expect(fileName).toBe("readiness-department-a.csv");
    expect(columns).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "requirement",
          mustHave: true,
          requirement: expect.objectContaining({ kind: "EXPERTISE", segmentName: "Segment A", level: 3 }),
        }),
        expect.objectContaining({
          kind: "requirement",
          requirement: expect.objectContaining({ criterion: "Explains fees without jargon", rating: 4 }),
        }),
      ]),
    );
    for (const r of rows) {
      expect(r.cells).toHaveLength(columns.length);
      for (const c of r.cells) expect([null, "met", "partial", "missing"]).toContain(c);
    }
    const matrix = await head.readiness.matrix({ departmentId: org.org.deptA.id, pageSize: 100 });
    expect(rows).toHaveLength(matrix.total);
  });
});
