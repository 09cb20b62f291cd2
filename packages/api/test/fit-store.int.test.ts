/**
 * Every service write that changes an input of an application's fit stores the new fit in its own transaction.
 * Triggers clear "fitComputedAt" on any input change, so a write path that forgot to refresh leaves it null
 * right after the call: each test reads the row before anything else could recompute it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApplication, createCandidate, createHiringProfile } from "@portal/db/factories";
import { applicationFitInclude, summarizeFit } from "../src/services/hiring/fit";
import { refreshStoredFit } from "../src/services/hiring/fit-store";
import { anonymizeExpiredCandidates } from "../src/services/hiring/privacy";
import { setupHiring } from "./applications-fixtures";
import { setupOrganization, type Org } from "./harness";

let org: Org;
let h: Awaited<ReturnType<typeof setupHiring>>;
beforeAll(async () => {
  org = await setupOrganization();
  h = await setupHiring(org);
});
afterAll(() => org?.drop());

async function stored(applicationId: string) {
  const a = await org.db.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      fitScore: true,
      fitEligible: true,
      fitMet: true,
      fitPartial: true,
      fitMissing: true,
      fitComputedAt: true,
    },
  });
  return {
    computed: a.fitComputedAt !== null,
    fit: {
      score: a.fitScore,
      eligible: a.fitEligible,
      met: a.fitMet,
      partial: a.fitPartial,
      missing: a.fitMissing,
    },
  };
}
/** The fit scored now from the application's current rows. */
async function live(applicationId: string) {
  return summarizeFit(
    await org.db.application.findUniqueOrThrow({
      where: { id: applicationId },
      include: applicationFitInclude,
    }),
    new Date(),
  );
}
async function expectStoredCurrent(applicationId: string) {
  const s = await stored(applicationId);
  expect(s.computed).toBe(true);
  expect(s.fit).toEqual(await live(applicationId));
  return s.fit;
}

const segmentA = () => org.org.segmentA.id;

describe("stored fit: refreshed by every write that changes it", () => {
  it("creating a candidate into a position", async () => {
    const hr = await org.as("HR");
    const { applicationId } = await hr.candidates.create({
      name: "Cora Create",
      email: "cora@fit.example",
      positionId: org.org.positionA.id,
      expertise: [{ segmentId: segmentA(), level: 3 }],
      languages: [{ language: "en", cefr: "C1" }],
    });
    // Expertise (40) and language (20) met; 0 years and no interview yet.
    expect(await expectStoredCurrent(applicationId!)).toEqual({
      score: 60,
      eligible: true,
      met: 2,
      partial: 0,
      missing: 2,
    });
  });

  it("applying an existing candidate to a position", async () => {
    const hr = await org.as("HR");
    const { candidate } = await hr.candidates.create({
      name: "Abe Apply",
      email: "abe@fit.example",
      customerFacingYears: 1,
    });
    const { application } = await hr.candidates.applyToPosition({
      candidateId: candidate.id,
      positionId: org.org.positionA.id,
    });
    expect(await expectStoredCurrent(application.id)).toMatchObject({ score: 10, eligible: false });
  });

  it("editing a candidate's facts refreshes all of their applications", async () => {
    const hr = await org.as("HR");
    const a = await h.applicant("SCREENING");
    const b = await createApplication(org.db, {
      candidateId: a.candidateId,
      positionId: org.org.positionB.id,
      profileId: h.profileB.id,
    });
    await hr.candidates.update({
      id: a.candidateId,
      data: {
        name: "Ed Edit",
        email: "ed@fit.example",
        customerFacingYears: 1,
        expertise: [{ segmentId: org.org.segmentB.id, level: 2 }],
      },
    });
    expect(await expectStoredCurrent(a.id)).toMatchObject({ score: 10, eligible: false });
    expect(await expectStoredCurrent(b.id)).toMatchObject({ score: 100, eligible: true });
  });

  it("importing: new candidates into a position, and merges into stored candidates", async () => {
    const hr = await org.as("HR");
    const merged = await createCandidate(org.db, { name: "Mia Merge", email: "mia@fit.example" });
    const mergedApp = await createApplication(org.db, {
      candidateId: merged.id,
      positionId: org.org.positionB.id,
      profileId: h.profileB.id,
    });
    const applied = await createCandidate(org.db, { name: "Uno Unchanged", email: "uno@fit.example" });
    const csv = [
      "name,email,phone,years,languages,expertise,certifications,source,notes",
      "Ina Import,ina@fit.example,,5,en:C2,Segment A:3,,,",
      "Mia Merge,mia@fit.example,,0,,Segment B:2,,,",
      "Uno Unchanged,uno@fit.example,,0,,,,,",
    ].join("\n");
    const decisions = [
      { row: 3, email: "mia@fit.example", action: "merge" as const },
      { row: 4, email: "uno@fit.example", action: "merge" as const },
    ];
    const result = await hr.candidates.importCommit({ csv, positionId: org.org.positionA.id, decisions });
    expect(result.totals).toMatchObject({ created: 1, merged: 1, unchanged: 1, applied: 3 });
    const inPositionA = await org.db.application.findMany({
      where: {
        positionId: org.org.positionA.id,
        candidate: { email: { in: ["ina@fit.example", "mia@fit.example", "uno@fit.example"] } },
      },
    });
    expect(inPositionA).toHaveLength(3);
    for (const app of inPositionA) await expectStoredCurrent(app.id);
    expect((await stored(inPositionA.find((x) => x.candidateId === applied.id)!.id)).fit.score).toBe(0);
    // The merged facts (Segment B at 2) reach the candidate's application in another position too.
    expect(await expectStoredCurrent(mergedApp.id)).toMatchObject({ score: 100 });
  });

  it("submitting a scorecard (saving a draft changes nothing)", async () => {
    const head = await org.as("HEAD");
    const app = await h.applicant("INTERVIEW");
    await org.db.$transaction((tx) => refreshStoredFit(tx, { applicationIds: [app.id] }));
    await head.applications.saveScorecard({ applicationId: app.id, ratings: h.allRatings(5, 4) });
    expect((await stored(app.id)).computed).toBe(true);
    await head.applications.submitScorecard({ applicationId: app.id });
    // The interview criterion now counts: every requirement met.
    expect(await expectStoredCurrent(app.id)).toEqual({
      score: 100,
      eligible: true,
      met: 4,
      partial: 0,
      missing: 0,
    });
  });

  it("re-screening against the newest profile version", async () => {
    const hr = await org.as("HR");
    const app = await h.applicant("SCREENING");
    await createHiringProfile(org.db, {
      positionId: org.org.positionA.id,
      requirements: [{ kind: "EXPERIENCE", weight: 1, years: 6 }],
    });
    await hr.applications.rescreen({ applicationId: app.id });
    expect(await expectStoredCurrent(app.id)).toEqual({
      score: 50,
      eligible: true,
      met: 0,
      partial: 1,
      missing: 0,
    });
  });
});

describe("stored fit: erasure keeps the score the candidate had", () => {
  it("on request: languages are erased, the stored fit stays", async () => {
    const hr = await org.as("HR");
    const app = await h.applicant("REJECTED");
    const before = (await stored(app.id)).fit; // not stored yet: the erasure stores it first
    expect(before.score).toBeNull();
    const candidate = await org.db.candidate.findUniqueOrThrow({ where: { id: app.candidateId } });
    await hr.privacy.erase({ candidateId: candidate.id, confirmName: candidate.name });
    const after = await stored(app.id);
    expect(after.computed).toBe(true);
    // Expertise, experience and English met, no interview yet: what the candidate had before the erasure.
    expect(after.fit).toEqual({ score: 80, eligible: true, met: 3, partial: 0, missing: 1 });
    expect((await live(app.id)).score).toBe(60); // scored from what is left, English would be missing
  });

  it("by the retention job", async () => {
    const app = await h.applicant("WITHDRAWN");
    await org.db.application.update({
      where: { id: app.id },
      data: { stageChangedAt: new Date(Date.UTC(2020, 0, 1)) },
    });
    await anonymizeExpiredCandidates(org.db, new Date());
    const after = await stored(app.id);
    expect(after.computed).toBe(true);
    expect(after.fit.score).toBeGreaterThan((await live(app.id)).score);
  });
});
