import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApplication, createCandidate, createHiringProfile } from "@portal/db/factories";
import { setupOrganization, type Org } from "./harness";
import { seedPipeline } from "./pipeline-fixture";

let org: Org;
let p: Awaited<ReturnType<typeof seedPipeline>>;
beforeAll(async () => {
  org = await setupOrganization();
  p = await seedPipeline(org);
});
afterAll(() => org?.drop());

const table = (actor: "HR" | "HEAD", extra: Record<string, unknown> = {}) =>
  org.as(actor).then((c) => c.pipeline.table({ positionId: org.org.positionA.id, ...extra }));

describe("pipeline.positions", () => {
  it("lists every position for HR with counts per stage, open headcount and profile version", async () => {
    const page = await (await org.as("HR")).pipeline.positions({});
    const a = page.items.find((i) => i.id === org.org.positionA.id)!;
    expect(page.items.map((i) => i.id)).toContain(org.org.positionB.id);
    expect(a).toMatchObject({
      profileVersion: 1,
      department: { name: "Department A", segment: { name: "Segment A" } },
    });
    expect(a.byStage).toMatchObject({ APPLIED: 2, SCREENING: 1, INTERVIEW: 1, OFFER: 1, HIRED: 0 });
    expect(a.openHeadcount).toBe(Math.max(0, a.headcount - 1));
  });
  it("shows a head only their department's positions, counting only applications from INTERVIEW on", async () => {
    const page = await (await org.as("HEAD")).pipeline.positions({});
    expect(page.items.map((i) => i.id)).toEqual([org.org.positionA.id]);
    expect(page.items[0]!.byStage).toMatchObject({ APPLIED: 0, SCREENING: 0, INTERVIEW: 1, OFFER: 1 });
  });
  it("searches by title, department or segment", async () => {
    const hr = await org.as("HR");
    expect((await hr.pipeline.positions({ search: "segment b" })).items.map((i) => i.id)).toEqual([
      org.org.positionB.id,
    ]);
  });
});

describe("pipeline.table (ranking)", () => {
  it("ranks eligible first, then by score, then by name", async () => {
    const page = await table("HR");
    expect(page.items.map((i) => i.name)).toEqual(["Ann", "Bob", "Cid", "Dee", "Eve"]);
    expect(page.items.map((i) => [i.eligible, i.score])).toEqual([
      [true, 100],
      [true, 66.7],
      [true, 66.7],
      [false, 55.6],
      [false, 0],
    ]);
    expect(page.items.map((i) => i.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(page.items[0]!.requirements).toEqual({ met: 2, partial: 0, missing: 0 });
    expect(page.items[3]!.requirements).toEqual({ met: 1, partial: 1, missing: 0 });
  });
  it("filters by stage, eligibility and search, paginates and sorts by other columns", async () => {
    expect((await table("HR", { eligibleOnly: true })).items.map((i) => i.name)).toEqual([
      "Ann",
      "Bob",
      "Cid",
    ]);
    expect((await table("HR", { stage: "APPLIED" })).items.map((i) => i.name)).toEqual(["Bob", "Eve"]);
    expect((await table("HR", { search: "dee@" })).items.map((i) => i.name)).toEqual(["Dee"]);
    const second = await table("HR", { pageSize: 10, page: 1, sort: "name", direction: "desc" });
    expect(second.items.map((i) => i.name)).toEqual(["Eve", "Dee", "Cid", "Bob", "Ann"]);
    expect(second.total).toBe(5);
    expect((await table("HR", { sort: "stage" })).items.map((i) => i.name)).toEqual([
      "Bob",
      "Eve",
      "Cid",
      "Ann",
      "Dee",
    ]);
  });
  it("shows a head only applications from INTERVIEW on, and nothing of another department", async () => {
    expect((await table("HEAD")).items.map((i) => i.name)).toEqual(["Ann", "Dee"]);
    const head = await org.as("HEAD");
    await expect(head.pipeline.table({ positionId: org.org.positionB.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("pipeline.table: scores follow the data (the fit memo is never stale)", () => {
  it("re-ranks after a candidate's facts, a submitted scorecard or the profile's rows change", async () => {
    const ann = await org.db.application.findUniqueOrThrow({
      where: { id: p.apps.Ann },
      select: { candidateId: true },
    });
    expect((await table("HR")).items[0]!.name).toBe("Ann");
    await org.db.candidateLanguage.deleteMany({ where: { candidateId: ann.candidateId } });
    const after = await table("HR");
    expect(after.items.find((i) => i.name === "Ann")).toMatchObject({ score: 66.7 });
    expect(after.items.map((i) => i.name).slice(0, 3)).toEqual(["Ann", "Bob", "Cid"]); // a tie at 66.7: by name
    const expertise = p.profile.requirements[0]!;
    await org.db.profileRequirement.update({ where: { id: expertise.id }, data: { level: 4 } });
    expect((await table("HR", { eligibleOnly: true })).items.map((i) => i.name)).toEqual(["Bob"]);
    await org.db.profileRequirement.update({ where: { id: expertise.id }, data: { level: 3 } });
    await org.db.candidateLanguage.create({
      data: { candidateId: ann.candidateId, language: "en", cefr: "C1" },
    });
    expect((await table("HR")).items[0]).toMatchObject({ name: "Ann", score: 100 });
  });
});

describe("pipeline.position", () => {
  it("gives the header of any view: the position and whether the caller moves candidates", async () => {
    const hr = await (await org.as("HR")).pipeline.position({ positionId: org.org.positionA.id });
    const board = await (await org.as("HR")).pipeline.board({ positionId: org.org.positionA.id });
    expect(hr).toEqual({ position: board.position, canMove: true });
    const head = await (await org.as("HEAD")).pipeline.position({ positionId: org.org.positionA.id });
    expect(head.canMove).toBe(false);
  });
  it("reads a position of another department like a missing one for a head", async () => {
    const head = await org.as("HEAD");
    await expect(head.pipeline.position({ positionId: org.org.positionB.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("pipeline.board", () => {
  it("groups cards by stage with fit, eligibility, version flag and days in stage", async () => {
    const board = await (await org.as("HR")).pipeline.board({ positionId: org.org.positionA.id });
    const col = (s: string) => board.columns.find((c) => c.stage === s)!;
    expect(col("APPLIED").cards.map((c) => c.name)).toEqual(["Bob", "Eve"]);
    expect(col("INTERVIEW").cards[0]).toMatchObject({
      name: "Ann",
      score: 100,
      eligible: true,
      profileVersion: 1,
      newerVersion: null,
      daysInStage: 0,
    });
    expect(board.canMove).toBe(true);
  });
  it("flags applications screened against an older profile version", async () => {
    const v2 = await createHiringProfile(org.db, {
      positionId: org.org.positionB.id,
      requirements: [{ kind: "EXPERIENCE", weight: 1, years: 10 }],
    });
    const board = await (await org.as("HR")).pipeline.board({ positionId: org.org.positionB.id });
    expect(board.columns.find((c) => c.stage === "INTERVIEW")!.cards[0]).toMatchObject({
      name: "Zed",
      profileVersion: 1,
      newerVersion: v2.version,
      score: 100,
    });
    expect(board.position.latestVersion).toBe(2);
  });
  it("is read-only for a head and shows only their visible stages", async () => {
    const board = await (await org.as("HEAD")).pipeline.board({ positionId: org.org.positionA.id });
    expect(board.canMove).toBe(false);
    expect(board.columns.flatMap((c) => c.cards.map((x) => x.name)).sort()).toEqual(["Ann", "Dee"]);
  });
  it("refuses staff and anonymous callers", async () => {
    await expect(
      (await org.as("STAFF")).pipeline.board({ positionId: org.org.positionA.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await org.as("anonymous")).pipeline.board({ positionId: org.org.positionA.id }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("pipeline.compare", () => {
  it("explains each requirement side by side", async () => {
    const result = await (await org.as("HR")).pipeline.compare({ applicationIds: [p.apps.Dee, p.apps.Ann] });
    expect(result.applications.map((a) => a.name)).toEqual(["Dee", "Ann"]);
    expect(result.applications[0]!.requirements).toEqual([
      expect.objectContaining({
        label: expect.objectContaining({ kind: "EXPERTISE", segment: "Segment A", level: 3 }),
        status: "partial",
        actual: 1,
        mustHave: true,
      }),
      expect.objectContaining({
        label: expect.objectContaining({ kind: "LANGUAGE", language: "en", cefr: "B2" }),
        status: "met",
        actual: "C2",
      }),
    ]);
    expect(result.applications[1]!.requirements.map((r) => r.points)).toEqual([66.7, 33.3]);
    expect(result.applications[0]!.requirements[0]!.key).toBe(result.applications[1]!.requirements[0]!.key);
  });
  it("refuses applications of different positions, and fewer than 2 or more than 4", async () => {
    const hr = await org.as("HR");
    await expect(hr.pipeline.compare({ applicationIds: [p.apps.Ann, p.apps.Zed] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("same position"),
    });
    await expect(hr.pipeline.compare({ applicationIds: [p.apps.Ann] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(hr.pipeline.compare({ applicationIds: [p.apps.Ann, p.apps.Ann] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      hr.pipeline.compare({ applicationIds: [p.apps.Ann, p.apps.Bob, p.apps.Cid, p.apps.Dee, p.apps.Eve] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
  it("lets a head compare only applications they can see", async () => {
    const head = await org.as("HEAD");
    expect(
      (await head.pipeline.compare({ applicationIds: [p.apps.Ann, p.apps.Dee] })).applications,
    ).toHaveLength(2);
    await expect(head.pipeline.compare({ applicationIds: [p.apps.Ann, p.apps.Bob] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("pipeline.stats", () => {
  it("computes the funnel, median stage times, time to hire and rejection reasons from a known history", async () => {
    const { db } = org;
    const position = await db.position.create({
      data: { title: "Stats position", departmentId: org.org.deptA.id },
    });
    const profile = await createHiringProfile(db, { positionId: position.id });
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
    // [name, history as [toStage, day]...], every application created on day 0 in APPLIED.
    const histories: [string, [string, number, string?][]][] = [
      [
        "H1",
        [
          ["SCREENING", 2],
          ["INTERVIEW", 4],
          ["OFFER", 10],
          ["HIRED", 12],
        ],
      ],
      [
        "H2",
        [
          ["SCREENING", 4],
          ["INTERVIEW", 6],
          ["REJECTED", 7, "Salary"],
        ],
      ],
      [
        "H3",
        [
          ["INTERVIEW", 6],
          ["REJECTED", 9, "Salary"],
        ],
      ],
      ["H4", [["REJECTED", 1, "No language"]]],
      ["H5", [["WITHDRAWN", 3]]],
      ["H6", []],
    ];
    for (const [name, history] of histories) {
      const c = await createCandidate(db, { name, email: `${name}@stats.example` });
      const last = history.at(-1);
      const app = await db.application.create({
        data: {
          candidateId: c.id,
          positionId: position.id,
          profileId: profile.id,
          createdAt: day(0),
          stage: (last?.[0] ?? "APPLIED") as "APPLIED",
          rejectionReason: last?.[2] ?? null,
          hiredAt: last?.[0] === "HIRED" ? day(last[1]) : null,
        },
      });
      let from: string | null = null;
      for (const [to, at, reason] of [["APPLIED", 0] as [string, number], ...history]) {
        await db.stageChange.create({
          data: {
            applicationId: app.id,
            fromStage: from as "APPLIED" | null,
            toStage: to as "APPLIED",
            createdAt: day(at),
            reason: reason ?? null,
          },
        });
        from = to;
      }
    }
    await db.candidate.update({
      where: { email: "H4@stats.example".toLowerCase() },
      data: { anonymizedAt: new Date() },
    });
    const stats = await (await org.as("HR")).pipeline.stats({ positionId: position.id });
    expect(stats.total).toBe(6);
    expect(Object.fromEntries(stats.funnel.map((f) => [f.stage, f.reached]))).toEqual({
      APPLIED: 6,
      SCREENING: 3,
      INTERVIEW: 3,
      OFFER: 1,
      HIRED: 1,
      REJECTED: 3,
      WITHDRAWN: 1,
    });
    const days = (ms: number | null) => (ms === null ? null : ms / 86_400_000);
    // APPLIED stays: 2, 4, 6, 1, 3 -> median 3; SCREENING: 2, 2 -> 2; INTERVIEW: 6, 1, 3 -> 3; OFFER: 2.
    expect(stats.medianStageMs.map((s) => [s.stage, days(s.medianMs), s.count])).toEqual([
      ["APPLIED", 3, 5],
      ["SCREENING", 2, 2],
      ["INTERVIEW", 3, 3],
      ["OFFER", 2, 1],
    ]);
    expect(days(stats.medianTimeToHireMs)).toBe(12);
    expect(stats.rejectionReasons).toEqual([
      { reason: "Salary", count: 2 },
      { reason: "No language", count: 1 },
    ]);
    expect(stats.anonymized).toBe(1);
  });
  it("gives a head the statistics of their visible applications only", async () => {
    const stats = await (await org.as("HEAD")).pipeline.stats({ positionId: org.org.positionA.id });
    expect(stats.total).toBe(2);
    await expect(
      (await org.as("HEAD")).pipeline.stats({ positionId: org.org.positionB.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("pipeline: a new application with no requirements", () => {
  it("scores 100 and is eligible when the profile requires nothing", async () => {
    const position = await org.db.position.create({
      data: { title: "Empty profile", departmentId: org.org.deptA.id },
    });
    const profile = await createHiringProfile(org.db, { positionId: position.id });
    const c = await createCandidate(org.db, { name: "Nil" });
    await createApplication(org.db, { candidateId: c.id, positionId: position.id, profileId: profile.id });
    const page = await (await org.as("HR")).pipeline.table({ positionId: position.id });
    expect(page.items[0]).toMatchObject({
      name: "Nil",
      eligible: true,
      requirements: { met: 0, partial: 0, missing: 0 },
    });
  });
});
