import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createApplication,
  createCandidate,
  createHiringProfile,
  createPosition,
  createScorecard,
} from "@portal/db/factories";
import { writeAudit, type CandidateStage } from "@portal/db";
import { anonymizeExpiredCandidates, retentionCutoff } from "../src/services/hiring/privacy";
import { setupOrganization, type Org } from "./harness";

let org: Org;
let profileId: string;
let requirementId: string;
let positionId: string;
beforeAll(async () => {
  org = await setupOrganization();
  const position = await createPosition(org.db, {
    departmentId: org.org.deptA.id,
    title: "Privacy advisor",
    headcount: 2,
  });
  positionId = position.id;
  const profile = await createHiringProfile(org.db, {
    positionId,
    requirements: [{ kind: "CRITERION", criterion: "Listens", rating: 3, weight: 10 }],
  });
  profileId = profile.id;
  requirementId = profile.requirements[0]!.id;
});
afterAll(() => org?.drop());

const NOW = new Date();

/** A candidate with full personal data and one application per stage given, each last changed at `changedAt`. */
async function candidateWith(stages: CandidateStage[], changedAt: Date, name?: string) {
  const candidate = await createCandidate(org.db, {
    name,
    customerFacingYears: 4,
    source: "Referral by Jane",
    expertise: [{ segmentId: org.org.segmentA.id, level: 3 }],
    languages: [
      { language: "en", cefr: "C1" },
      { language: "sv", cefr: "B2" },
    ],
    certifications: [{ name: "AML basics" }],
  });
  await org.db.candidate.update({
    where: { id: candidate.id },
    data: { phone: "+46 70 123 45 67", notes: "Lives near the office" },
  });
  await org.db.candidateCv.create({
    data: {
      candidateId: candidate.id,
      fileName: "cv.pdf",
      mimeType: "application/pdf",
      size: 3,
      content: Buffer.from("cv!"),
    },
  });
  for (const stage of stages) {
    const position =
      stages.length > 1
        ? await createPosition(org.db, { departmentId: org.org.deptB.id, title: `P ${Math.random()}` })
        : { id: positionId };
    const profile =
      position.id === positionId
        ? profileId
        : (await createHiringProfile(org.db, { positionId: position.id })).id;
    const app = await createApplication(org.db, {
      candidateId: candidate.id,
      positionId: position.id,
      profileId: profile,
      stage,
    });
    await org.db.application.update({ where: { id: app.id }, data: { stageChangedAt: changedAt } });
  }
  return candidate;
}

const monthsBefore = (months: number, ms = 0) => new Date(retentionCutoff(NOW, months).getTime() + ms);

describe("privacy: erasure on request", () => {
  it("erases exactly the personal fields and keeps the statistics rows; audited without the erased data", async () => {
    const hr = await org.as("HR");
    const candidate = await candidateWith(["REJECTED"], NOW, "Erika Example");
    const app = await org.db.application.findFirstOrThrow({ where: { candidateId: candidate.id } });
    const scorecard = await createScorecard(org.db, {
      applicationId: app.id,
      interviewerId: org.users.headA.id,
      summary: "Mentioned her divorce",
      ratings: [{ requirementId, rating: 4, note: "Erika has two kids" }],
    });
    // a draft is erased too
    await createScorecard(org.db, {
      applicationId: app.id,
      interviewerId: org.users.hr.id,
      submitted: false,
      summary: "Draft about her health",
      ratings: [{ requirementId, rating: 2, note: "Asthma" }],
    });
    // earlier audit rows, as the candidate, application and scorecard areas write them
    await writeAudit(org.db, {
      actorId: org.users.hr.id,
      action: "candidate.create",
      entityType: "Candidate",
      entityId: candidate.id,
      after: { name: "Erika Example", email: candidate.email, customerFacingYears: 4 },
    });
    await writeAudit(org.db, {
      actorId: org.users.hr.id,
      action: "application.move",
      entityType: "Application",
      entityId: app.id,
      before: { stage: "APPLIED", candidate: { name: "Erika Example" } },
      after: { stage: "REJECTED" },
    });
    await writeAudit(org.db, {
      actorId: org.users.headA.id,
      action: "scorecard.save",
      entityType: "Scorecard",
      entityId: scorecard.id,
      after: {
        applicationId: app.id,
        summary: "Mentioned her divorce",
        ratings: [{ requirementId, rating: 4, note: "Erika has two kids" }],
      },
    });

    await expect(
      hr.privacy.erase({ candidateId: candidate.id, confirmName: "Erik Example" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await org.db.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).toMatchObject({
      name: "Erika Example",
      anonymizedAt: null,
    });

    const result = await hr.privacy.erase({ candidateId: candidate.id, confirmName: "  erika   example " });
    expect(result).toMatchObject({ anonymized: true });
    const after = await org.db.candidate.findUniqueOrThrow({
      where: { id: candidate.id },
      include: {
        languages: true,
        certifications: true,
        cv: true,
        expertise: true,
        applications: { include: { stageChanges: true, scorecards: { include: { ratings: true } } } },
      },
    });
    expect(after).toMatchObject({
      name: "Anonymized candidate",
      email: null,
      phone: "",
      notes: "",
      source: "",
      customerFacingYears: 4,
      languages: [],
      certifications: [],
      cv: null,
      expertise: [{ segmentId: org.org.segmentA.id, level: 3 }],
    });
    expect(after.anonymizedAt).toBeInstanceOf(Date);
    expect(after.applications).toHaveLength(1);
    expect(after.applications[0]!.stageChanges).toHaveLength(1);
    // The ratings stay (statistics, fit); what interviewers wrote about the person, submitted or draft, does not.
    const scorecards = [...after.applications[0]!.scorecards].sort(
      (a, b) => b.ratings[0]!.rating - a.ratings[0]!.rating,
    );
    expect(scorecards).toMatchObject([
      { id: scorecard.id, summary: "", ratings: [{ requirementId, rating: 4, note: "" }] },
      { summary: "", submittedAt: null, ratings: [{ requirementId, rating: 2, note: "" }] },
    ]);

    const events = await org.db.auditEvent.findMany({
      where: { entityId: { in: [candidate.id, app.id, scorecard.id] } },
    });
    const order = ["candidate.create", "application.move", "scorecard.save", "candidate.anonymize"]; // createdAt has millisecond precision
    events.sort((a, b) => order.indexOf(a.action) - order.indexOf(b.action));
    expect(events).toMatchObject([
      { action: "candidate.create", after: { name: "[erased]", email: "[erased]", customerFacingYears: 4 } },
      {
        action: "application.move",
        before: { stage: "APPLIED", candidate: { name: "[erased]" } },
        after: { stage: "REJECTED" },
      },
      {
        action: "scorecard.save",
        after: {
          applicationId: app.id,
          summary: "[erased]",
          ratings: [{ requirementId, rating: 4, note: "[erased]" }],
        },
      },
      {
        action: "candidate.anonymize",
        actorId: org.users.hr.id,
        after: {
          reason: "request",
          removed: { languages: 2, certifications: 1, cv: 1 },
          emptiedScorecardText: { notes: 2, summaries: 2 },
          redactedAuditRows: 3,
        },
      },
    ]);
    const text = JSON.stringify(events);
    for (const secret of [
      "Erika",
      "candidate.example",
      "+46",
      "Lives near",
      "Referral",
      "AML",
      "cv.pdf",
      "divorce",
      "two kids",
    ])
      expect(text).not.toContain(secret);

    // a retried erasure is harmless
    expect(await hr.privacy.erase({ candidateId: candidate.id, confirmName: "Erika Example" })).toMatchObject(
      { anonymized: false },
    );
    expect(
      await org.db.auditEvent.count({ where: { entityId: candidate.id, action: "candidate.anonymize" } }),
    ).toBe(1);
    await expect(hr.privacy.erase({ candidateId: "missing", confirmName: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("finds candidates by name or id for the erasure form", async () => {
    const admin = await org.as("ADMIN");
    const c = await candidateWith(["WITHDRAWN"], NOW, "Findable Person");
    expect((await admin.privacy.candidates({ search: "findable" })).map((x) => x.id)).toEqual([c.id]);
    expect(await admin.privacy.candidates({ search: "", candidateId: c.id })).toMatchObject([
      { id: c.id, name: "Findable Person" },
    ]);
    expect(await admin.privacy.candidates({ search: "" })).toEqual([]);
  });
});

describe("privacy: retention", () => {
  it("stores the period (1-120 months, ADMIN) with an audit row; re-saving is harmless", async () => {
    const admin = await org.as("ADMIN");
    const hr = await org.as("HR");
    expect(await hr.privacy.retention()).toEqual({ months: 12, defaultMonths: 12 });
    await expect(admin.privacy.setRetention({ months: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(admin.privacy.setRetention({ months: 121 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await admin.privacy.setRetention({ months: 6 });
    await admin.privacy.setRetention({ months: 6 });
    expect(await hr.privacy.retention()).toMatchObject({ months: 6 });
    expect(await org.db.auditEvent.findMany({ where: { action: "privacy.setRetention" } })).toMatchObject([
      { before: { months: 12 }, after: { months: 6 } },
    ]);
    await admin.privacy.setRetention({ months: 12 });
  });

  it("anonymizes exactly the candidates whose applications all ended before the cutoff; never open or hired ones; idempotent", async () => {
    const hr = await org.as("HR");
    const due = await candidateWith(["REJECTED"], monthsBefore(12, -1000), "Due Rejected");
    const dueTwo = await candidateWith(["REJECTED", "WITHDRAWN"], monthsBefore(13), "Due Two");
    const atBoundary = await candidateWith(["WITHDRAWN"], monthsBefore(12), "Boundary Person");
    const recent = await candidateWith(["REJECTED"], monthsBefore(11), "Recent Person");
    const open = await candidateWith(["REJECTED", "INTERVIEW"], monthsBefore(30), "Open Person");
    const hired = await candidateWith(["HIRED"], monthsBefore(30), "Hired Person");
    const noApplication = await createCandidate(org.db, { name: "Pool Person" });

    // the list shows what the next run would take (at the real date every one of the old ones is due)
    const list = await hr.privacy.dueForRetention({ search: "Due", pageSize: 10 });
    expect(list.items.map((i) => i.name).sort()).toEqual(["Due Rejected", "Due Two"]);

    const first = await anonymizeExpiredCandidates(org.db, NOW);
    const anonymized = await org.db.candidate.findMany({
      where: {
        anonymizedAt: { not: null },
        id: { in: [due.id, dueTwo.id, atBoundary.id, recent.id, open.id, hired.id, noApplication.id] },
      },
    });
    expect(anonymized.map((c) => c.id).sort()).toEqual([due.id, dueTwo.id].sort());
    expect(first.count).toBeGreaterThanOrEqual(2);
    const retentionEvents = await org.db.auditEvent.findMany({
      where: { action: "candidate.anonymize", entityId: { in: [due.id, dueTwo.id] } },
    });
    expect(retentionEvents).toMatchObject([
      { actorId: null, after: { reason: "retention" } },
      { actorId: null, after: { reason: "retention" } },
    ]);
    expect(
      await org.db.auditEvent.findFirst({
        where: { action: "privacy.retentionRun" },
        orderBy: { createdAt: "desc" },
      }),
    ).toMatchObject({ after: { months: 12 } });

    const again = await anonymizeExpiredCandidates(org.db, NOW);
    expect(again.count).toBe(0);
    expect(
      await org.db.auditEvent.count({
        where: { action: "candidate.anonymize", entityId: { in: [due.id, dueTwo.id] } },
      }),
    ).toBe(2);

    // a shorter period takes the recent one; still never the open or hired ones
    await (await org.as("ADMIN")).privacy.setRetention({ months: 6 });
    await anonymizeExpiredCandidates(org.db, NOW);
    const later = await org.db.candidate.findMany({
      where: { id: { in: [atBoundary.id, recent.id, open.id, hired.id] } },
      select: { id: true, anonymizedAt: true },
    });
    expect(Object.fromEntries(later.map((c) => [c.id, c.anonymizedAt !== null]))).toEqual({
      [atBoundary.id]: true,
      [recent.id]: true,
      [open.id]: false,
      [hired.id]: false,
    });
    await (await org.as("ADMIN")).privacy.setRetention({ months: 12 });
  });

  it("runRetention (ADMIN) runs now and returns the count", async () => {
    const admin = await org.as("ADMIN");
    const old = await candidateWith(
      ["REJECTED"],
      new Date(Date.now() - 400 * 24 * 3600 * 1000),
      "Old Rejected",
    );
    const result = await admin.privacy.runRetention();
    expect(result.count).toBeGreaterThanOrEqual(1);
    expect(await org.db.candidate.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      name: "Anonymized candidate",
    });
    expect(await admin.privacy.runRetention()).toEqual({ count: 0 });
  });
});
