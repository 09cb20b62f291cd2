import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHiringProfile } from "@portal/db/factories";
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
  scorecards: await org.db.scorecard.count(),
  ratings: await org.db.scorecardRating.count(),
  audit: await org.db.auditEvent.count(),
});

describe("applications.get", () => {
  it("explains the fit with declared values until interviewers assess them; then assessed takes precedence", async () => {
    const app = await h.applicant("INTERVIEW");
    const hr = await org.as("HR");
    const before = await hr.applications.get({ applicationId: app.id });
    expect(before.candidate).toMatchObject({
      name: expect.any(String),
      email: expect.stringContaining("@candidate.example"),
    });
    expect(before.position.id).toBe(org.org.positionA.id);
    expect(before.department.id).toBe(org.org.deptA.id);
    expect(before.profile).toMatchObject({ version: 1, latestVersion: 1, newerExists: false });
    const exp = before.requirements[0]!;
    expect(exp).toMatchObject({
      kind: "EXPERTISE",
      declared: 4,
      assessed: null,
      usedSource: "declared",
      status: "met",
    });
    expect(exp.target).toMatchObject({ kind: "EXPERTISE", segmentName: "Segment A", level: 3 });
    // The criterion is only judged at interview: unrated scores nothing.
    expect(before.requirements[3]).toMatchObject({
      kind: "CRITERION",
      declared: null,
      status: "missing",
      points: 0,
    });
    expect(before.fit).toMatchObject({ score: 80, eligible: true, missingMustHaves: [] });
    expect(before.stageHistory).toMatchObject([{ toStage: "INTERVIEW", actor: { id: org.users.hr.id } }]);

    // HR and the head both rate the expertise low: the assessed level (median 2 -> level 1) replaces the declared 4.
    await hr.applications.saveScorecard({
      applicationId: app.id,
      ratings: h.allRatings(2, 5),
      summary: "Knows the theory only",
    });
    await hr.applications.submitScorecard({ applicationId: app.id });
    const head = await org.as("HEAD");
    await head.applications.saveScorecard({
      applicationId: app.id,
      ratings: h.allRatings(2, 3),
      summary: "Needs coaching",
    });
    await head.applications.submitScorecard({ applicationId: app.id });

    const after = await hr.applications.get({ applicationId: app.id });
    expect(after.requirements[0]).toMatchObject({
      declared: 4,
      assessedLevel: 1,
      usedSource: "assessed",
      status: "partial",
      assessed: { median: 2, spread: 0, count: 2 },
    });
    expect(after.requirements[3]).toMatchObject({
      assessed: { median: 4, min: 3, max: 5, spread: 2, count: 2 },
      status: "met",
    });
    // Language ratings are shown, but the declared level stays in the score.
    expect(after.requirements[2]).toMatchObject({
      declared: "C1",
      usedSource: "declared",
      assessed: { median: 4 },
    });
    expect(after.fit.eligible).toBe(false);
    expect(after.fit.missingMustHaves).toEqual([h.req.expertise.id]);
    expect(after.fit.score).toBeLessThan(before.fit.score);
    expect(after.fit.score).toBeGreaterThan(0); // still shown when not eligible
    expect(after.scorecards.map((s) => s.interviewer.name).sort()).toEqual(["Head A", "Hr H"]);
    expect(after.scorecards[0]?.ratings).toHaveLength(4);
  });

  it("shows only submitted scorecards plus the caller's own draft", async () => {
    const app = await h.applicant("INTERVIEW");
    const hr = await org.as("HR");
    await hr.applications.saveScorecard({ applicationId: app.id, ratings: [], summary: "draft" });
    const head = await org.as("HEAD");
    const seenByHead = await head.applications.get({ applicationId: app.id });
    expect(seenByHead.scorecards).toEqual([]);
    expect(seenByHead.myScorecard).toBeNull();
    const seenByHr = await hr.applications.get({ applicationId: app.id });
    expect(seenByHr.myScorecard).toMatchObject({ summary: "draft", submittedAt: null });
    expect(seenByHr.permissions).toEqual({ rate: true, rescreen: true, hire: false });
  });
});

describe("scorecards", () => {
  it("refuses submitting with unrated requirements, naming them, and accepts once complete", async () => {
    const app = await h.applicant("INTERVIEW");
    const head = await org.as("HEAD");
    await head.applications.saveScorecard({
      applicationId: app.id,
      ratings: h.allRatings(4).slice(0, 2),
      summary: "",
    });
    await expect(head.applications.submitScorecard({ applicationId: app.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/Not rated yet: #3; #4 Explains fees without jargon\./),
    });
    expect(
      await org.db.scorecard.count({ where: { applicationId: app.id, submittedAt: { not: null } } }),
    ).toBe(0);
    await head.applications.saveScorecard({
      applicationId: app.id,
      ratings: h.allRatings(4),
      summary: "Good",
    });
    const first = await head.applications.submitScorecard({ applicationId: app.id });
    expect(first.changed).toBe(true);
    // A retried submit is harmless; editing a submitted card is refused clearly.
    const before = await counts();
    expect((await head.applications.submitScorecard({ applicationId: app.id })).changed).toBe(false);
    await expect(
      head.applications.saveScorecard({
        applicationId: app.id,
        ratings: h.allRatings(5),
        summary: "Changed my mind",
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("final"),
    });
    expect(await counts()).toEqual(before);
  });

  it("submitting without a draft asks to save first", async () => {
    const app = await h.applicant("INTERVIEW");
    await expect(
      (await org.as("HR")).applications.submitScorecard({ applicationId: app.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses ratings of a requirement from another profile and ratings outside 1-5, writing nothing", async () => {
    const app = await h.applicant("INTERVIEW");
    const hr = await org.as("HR");
    const before = await counts();
    const foreign = h.profileB.requirements[0]!.id;
    await expect(
      hr.applications.saveScorecard({
        applicationId: app.id,
        ratings: [{ requirementId: foreign, rating: 3, note: "" }],
        summary: "",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("not in the profile version"),
    });
    await expect(
      hr.applications.saveScorecard({
        applicationId: app.id,
        ratings: [{ requirementId: h.req.expertise.id, rating: 6, note: "" }],
        summary: "",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      hr.applications.saveScorecard({
        applicationId: app.id,
        ratings: [
          { requirementId: h.req.expertise.id, rating: 3, note: "" },
          { requirementId: h.req.expertise.id, rating: 4, note: "" },
        ],
        summary: "",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await counts()).toEqual(before);
  });

  it("stage rules: HR may rate at SCREENING, a head not; nobody after the decision", async () => {
    const screening = await h.applicant("SCREENING");
    await (
      await org.as("HR")
    ).applications.saveScorecard({
      applicationId: screening.id,
      ratings: h.allRatings(3),
      summary: "Phone screen",
    });
    // A head does not even see a SCREENING application of their own department.
    await expect(
      (await org.as("HEAD")).applications.saveScorecard({
        applicationId: screening.id,
        ratings: [],
        summary: "",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const hired = await h.applicant("HIRED");
    await expect(
      (await org.as("HEAD")).applications.saveScorecard({
        applicationId: hired.id,
        ratings: [],
        summary: "",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const rejected = await h.applicant("REJECTED");
    await expect(
      (await org.as("HR")).applications.saveScorecard({
        applicationId: rejected.id,
        ratings: [],
        summary: "",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("one scorecard per interviewer: saving twice updates the draft; an identical retry writes nothing", async () => {
    const app = await h.applicant("OFFER");
    const admin = await org.as("ADMIN");
    await admin.applications.saveScorecard({
      applicationId: app.id,
      ratings: h.allRatings(3),
      summary: "v1",
    });
    await admin.applications.saveScorecard({
      applicationId: app.id,
      ratings: h.allRatings(4),
      summary: "v2",
    });
    const before = await counts();
    expect(
      (
        await admin.applications.saveScorecard({
          applicationId: app.id,
          ratings: h.allRatings(4),
          summary: "v2",
        })
      ).changed,
    ).toBe(false);
    expect(await counts()).toEqual(before);
    const cards = await org.db.scorecard.findMany({
      where: { applicationId: app.id },
      include: { ratings: true },
    });
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ summary: "v2", interviewerId: org.users.admin.id });
    expect(cards[0]!.ratings.find((r) => r.requirementId === h.req.expertise.id)?.rating).toBe(4);
    const audits = await org.db.auditEvent.count({
      where: { action: "scorecard.save", entityId: cards[0]!.id },
    });
    expect(audits).toBe(2);
  });
});

describe("scope", () => {
  it("a head reads own-department applications from INTERVIEW on, never another department's; cannot hire or re-screen", async () => {
    const head = await org.as("HEAD");
    const own = await h.applicant("OFFER");
    expect((await head.applications.get({ applicationId: own.id })).permissions).toEqual({
      rate: true,
      rescreen: false,
      hire: false,
    });
    const applied = await h.applicant("APPLIED");
    await expect(head.applications.get({ applicationId: applied.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const other = await h.applicant("INTERVIEW", "B");
    await expect(head.applications.get({ applicationId: other.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      head.applications.saveScorecard({ applicationId: other.id, ratings: [], summary: "" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      head.applications.hire({ applicationId: own.id, startDate: "2026-12-01" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(head.applications.rescreen({ applicationId: own.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await org.db.application.findUniqueOrThrow({ where: { id: own.id } })).stage).toBe("OFFER");
  });

  it("staff are refused everything", async () => {
    const staff = await org.as("STAFF");
    const app = await h.applicant("INTERVIEW");
    await expect(staff.applications.get({ applicationId: app.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      staff.applications.saveScorecard({ applicationId: app.id, ratings: [], summary: "" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      staff.applications.hire({ applicationId: app.id, startDate: "2026-12-01" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("applications.rescreen", () => {
  it("moves an open application to the latest version (audited); old-version ratings stop counting; a retry is a no-op", async () => {
    const app = await h.applicant("INTERVIEW", "B");
    const hr = await org.as("HR");
    const oldReq = h.profileB.requirements[0]!;
    await hr.applications.saveScorecard({
      applicationId: app.id,
      ratings: [{ requirementId: oldReq.id, rating: 5, note: "" }],
      summary: "",
    });
    await hr.applications.submitScorecard({ applicationId: app.id });
    expect((await hr.applications.get({ applicationId: app.id })).requirements[0]).toMatchObject({
      usedSource: "assessed",
      assessed: { count: 1 },
    });
    await createHiringProfile(org.db, {
      positionId: org.org.positionB.id,
      requirements: [{ kind: "EXPERTISE", weight: 1, segmentId: org.org.segmentB.id, level: 3 }],
    });
    expect((await hr.applications.get({ applicationId: app.id })).profile).toMatchObject({
      version: 1,
      latestVersion: 2,
      newerExists: true,
    });
    expect(await hr.applications.rescreen({ applicationId: app.id })).toEqual({ changed: true, version: 2 });
    const after = await hr.applications.get({ applicationId: app.id });
    expect(after.profile).toMatchObject({ version: 2, newerExists: false });
    expect(after.requirements[0]).toMatchObject({ usedSource: "declared", assessed: null });
    expect(await hr.applications.rescreen({ applicationId: app.id })).toEqual({ changed: false, version: 2 });
    expect(
      await org.db.auditEvent.count({ where: { action: "application.rescreen", entityId: app.id } }),
    ).toBe(1);
  });

  it("refuses closed applications", async () => {
    const app = await h.applicant("WITHDRAWN");
    await expect((await org.as("HR")).applications.rescreen({ applicationId: app.id })).rejects.toMatchObject(
      { code: "CONFLICT" },
    );
  });
});
