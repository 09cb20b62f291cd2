import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApplication, createUser } from "@portal/db/factories";
import { setupOrganization, type Org } from "./harness";
import { setupHiring } from "./applications-fixtures";

let org: Org;
let h: Awaited<ReturnType<typeof setupHiring>>;
beforeAll(async () => {
  org = await setupOrganization();
  h = await setupHiring(org);
});
afterAll(() => org?.drop());

const counts = async () => ({
  users: await org.db.user.count(),
  staff: await org.db.staffMember.count(),
  expertise: await org.db.expertise.count(),
  changes: await org.db.expertiseChange.count(),
  stageChanges: await org.db.stageChange.count(),
  audit: await org.db.auditEvent.count(),
});

/** An OFFER application with submitted scorecards by HR and the head of department A. */
async function offerWithScorecards(expertiseRatings: [number, number]) {
  const app = await h.applicant("OFFER");
  const hr = await org.as("HR");
  await hr.applications.saveScorecard({
    applicationId: app.id,
    ratings: h.allRatings(expertiseRatings[0]),
    summary: "",
  });
  await hr.applications.submitScorecard({ applicationId: app.id });
  const head = await org.as("HEAD");
  await head.applications.saveScorecard({
    applicationId: app.id,
    ratings: h.allRatings(expertiseRatings[1]),
    summary: "",
  });
  await head.applications.submitScorecard({ applicationId: app.id });
  return app;
}

describe("applications.hire", () => {
  it("creates the user, the onboarding staff member, expertise with history, and marks the application HIRED", async () => {
    const app = await offerWithScorecards([4, 5]);
    const before = await counts();
    const hr = await org.as("HR");
    const result = await hr.applications.hire({ applicationId: app.id, startDate: "2026-12-01" });
    expect(result.alreadyHired).toBe(false);
    expect(result.oneTimePassword).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    const user = await org.db.user.findUniqueOrThrow({ where: { id: result.user.id } });
    expect(user).toMatchObject({
      role: "STAFF",
      mustChangePassword: true,
      email: expect.stringContaining("@candidate.example"),
    });
    const staff = await org.db.staffMember.findUniqueOrThrow({
      where: { id: result.staff.id },
      include: { expertise: true, expertiseChanges: true },
    });
    expect(staff).toMatchObject({
      userId: user.id,
      departmentId: org.org.deptA.id,
      positionId: org.org.positionA.id,
      status: "ONBOARDING",
    });
    expect(staff.startDate.toISOString().slice(0, 10)).toBe("2026-12-01");
    // Segment A was assessed (median 4.5 -> level 3); the orphan segment was only declared -> SELF.
    const bySegment = new Map(staff.expertise.map((e) => [e.segmentId, e]));
    expect(bySegment.get(org.org.segmentA.id)).toMatchObject({
      level: 3,
      source: "ASSESSED",
      assessedById: org.users.hr.id,
      evidence: expect.stringMatching(/Hr H, Head A/),
    });
    expect(bySegment.get(org.org.orphan.id)).toMatchObject({ level: 2, source: "SELF", assessedById: null });
    expect(
      staff.expertiseChanges.map((c) => [c.segmentId, c.previousLevel, c.level, c.source]).sort(),
    ).toEqual(
      [
        [org.org.segmentA.id, null, 3, "ASSESSED"],
        [org.org.orphan.id, null, 2, "SELF"],
      ].sort(),
    );
    const application = await org.db.application.findUniqueOrThrow({
      where: { id: app.id },
      include: { stageChanges: { orderBy: { createdAt: "asc" } } },
    });
    expect(application).toMatchObject({
      stage: "HIRED",
      hiredStaffMemberId: staff.id,
      hiredAt: expect.any(Date),
    });
    expect(application.stageChanges.at(-1)).toMatchObject({
      fromStage: "OFFER",
      toStage: "HIRED",
      actorId: org.users.hr.id,
    });
    const after = await counts();
    expect(after).toMatchObject({
      users: before.users + 1,
      staff: before.staff + 1,
      expertise: before.expertise + 2,
      changes: before.changes + 2,
      stageChanges: before.stageChanges + 1,
    });
    expect(await org.db.auditEvent.count({ where: { action: "application.hire", entityId: app.id } })).toBe(
      1,
    );

    // The new person can be found in the department's staff list, and a retry returns them without a password.
    const list = await hr.staff.list({ departmentId: org.org.deptA.id, search: result.user.name });
    expect(list.items.map((s) => s.id)).toEqual([staff.id]);
    const retry = await hr.applications.hire({ applicationId: app.id, startDate: "2026-12-01" });
    expect(retry).toMatchObject({ alreadyHired: true, oneTimePassword: null, staff: { id: staff.id } });
    expect(await counts()).toEqual(after);
  });

  it("a hire with an email already used changes nothing and says why", async () => {
    const app = await offerWithScorecards([3, 3]);
    await createUser(org.db, { role: "STAFF", name: "Taken", email: "taken@nordvik.example" });
    const before = await counts();
    await expect(
      (await org.as("HR")).applications.hire({
        applicationId: app.id,
        startDate: "2026-12-01",
        email: "TAKEN@nordvik.example",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("already exists"),
    });
    expect(await counts()).toEqual(before);
    expect((await org.db.application.findUniqueOrThrow({ where: { id: app.id } })).stage).toBe("OFFER");
    // With another email it goes through.
    const ok = await (
      await org.as("ADMIN")
    ).applications.hire({
      applicationId: app.id,
      startDate: "2026-12-01",
      email: "new.hire@nordvik.example",
    });
    expect(ok.user.email).toBe("new.hire@nordvik.example");
  });

  it("two hire calls at once create ONE person; only one gets the password", async () => {
    const app = await offerWithScorecards([3, 4]);
    const before = await counts();
    const [hr, admin] = [await org.as("HR"), await org.as("ADMIN")];
    const results = await Promise.all([
      hr.applications.hire({ applicationId: app.id, startDate: "2026-12-01" }),
      admin.applications.hire({ applicationId: app.id, startDate: "2026-12-01" }),
    ]);
    expect(new Set(results.map((r) => r.staff.id)).size).toBe(1);
    expect(results.filter((r) => r.oneTimePassword !== null)).toHaveLength(1);
    const after = await counts();
    expect(after.users).toBe(before.users + 1);
    expect(after.staff).toBe(before.staff + 1);
    expect(after.stageChanges).toBe(before.stageChanges + 1);
  });

  it("leaves the candidate's other open applications as they are", async () => {
    const app = await offerWithScorecards([4, 4]);
    const other = await createApplication(org.db, {
      candidateId: app.candidateId,
      positionId: org.org.positionB.id,
      profileId: h.profileB.id,
      stage: "INTERVIEW",
    });
    await (await org.as("HR")).applications.hire({ applicationId: app.id, startDate: "2026-12-01" });
    expect(await org.db.application.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      stage: "INTERVIEW",
      hiredStaffMemberId: null,
    });
  });

  it("only from OFFER", async () => {
    const app = await h.applicant("INTERVIEW");
    const before = await counts();
    await expect(
      (await org.as("HR")).applications.hire({ applicationId: app.id, startDate: "2026-12-01" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await counts()).toEqual(before);
  });

  it("refuses a bad start date", async () => {
    const app = await h.applicant("OFFER");
    await expect(
      (await org.as("HR")).applications.hire({ applicationId: app.id, startDate: "2026-02-31" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
