/**
 * The ranking read from the stored fit in SQL gives exactly what scoring every application and sorting in
 * memory gave (compareRanking, stable sorts); its SQL scope is applicationScope; rows without a stored fit
 * (factories, rows from before the migration, raw writes, expired certificates) are scored when read.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createApplication,
  createCandidate,
  createHiringProfile,
  createPosition,
} from "@portal/db/factories";
import type { CandidateStage } from "@portal/db";
import { compareRanking } from "@portal/domain";
import { candidateStages, pipelineTableInput } from "@portal/validators";
import { applicationFitInclude, scoreApplication } from "../src/services/hiring/fit";
import { pipelineTable } from "../src/services/hiring/pipeline/read";
import { applicationScope, applicationScopeSql } from "../src/scopes";
import { setupOrganization, type Org } from "./harness";

/** Deterministic choices (mulberry32), so a failing order reproduces. */
function seededRandom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
  };
}

let org: Org;
let positionId: string;
beforeAll(async () => {
  org = await setupOrganization();
  const position = await createPosition(org.db, { departmentId: org.org.deptA.id, title: "Ranked" });
  positionId = position.id;
  const profile = await createHiringProfile(org.db, {
    positionId,
    requirements: [
      { kind: "EXPERTISE", weight: 3, mustHave: true, segmentId: org.org.segmentA.id, level: 2 },
      { kind: "LANGUAGE", weight: 2, language: "en", cefr: "B1" },
      { kind: "CERTIFICATION", weight: 1, certification: "First aid" },
    ],
  });
  // Few distinct facts and names, so scores and names tie often; names differ in case and accents.
  const rnd = seededRandom(11);
  const names = ["Ann", "ann", "Ånn", "Bob", "Zoë", "Émile", "bob"];
  for (let i = 0; i < 40; i++) {
    const c = await createCandidate(org.db, {
      name: rnd.pick(names),
      email: `ranked.${i}@candidate.example`,
      expertise: rnd.next() < 0.8 ? [{ segmentId: org.org.segmentA.id, level: rnd.int(0, 3) }] : [],
      languages: rnd.next() < 0.5 ? [{ language: "en", cefr: rnd.pick(["A2", "B1", "C1"]) }] : [],
      certifications: rnd.next() < 0.3 ? [{ name: "first aid ", expiresAt: null }] : [],
    });
    const app = await createApplication(org.db, {
      candidateId: c.id,
      positionId,
      profileId: profile.id,
      stage: rnd.pick(["APPLIED", "SCREENING", "INTERVIEW", "OFFER", "REJECTED"] as CandidateStage[]),
    });
    // Days in stage tie too: 0-3 days.
    await org.db.application.update({
      where: { id: app.id },
      data: { stageChangedAt: new Date(Date.now() - rnd.int(0, 3) * 86_400_000 - 60_000) },
    });
  }
});
afterAll(() => org?.drop());

const DAY = 86_400_000;
type Expected = {
  id: string;
  name: string;
  stage: CandidateStage;
  eligible: boolean;
  score: number;
  days: number;
  email: string;
};

/** Every application of the position scored in memory, in ranking order (what ranking did before storing fits). */
async function expectedRanking(
  now: Date,
  filter: (e: Expected) => boolean = () => true,
): Promise<Expected[]> {
  const apps = await org.db.application.findMany({ where: { positionId }, include: applicationFitInclude });
  return apps
    .map((a) => {
      const fit = scoreApplication(a, now);
      const days = Math.max(0, Math.floor((now.getTime() - a.stageChangedAt.getTime()) / DAY));
      return {
        id: a.id,
        name: a.candidate.name,
        stage: a.stage,
        eligible: fit.eligible,
        score: fit.score,
        days,
        email: a.candidate.email ?? "",
      };
    })
    .filter(filter)
    .sort(compareRanking);
}

const hr = () => ({ id: org.users.hr.id, role: "HR" as const });
const table = (now: Date, input: Record<string, unknown> = {}) =>
  pipelineTable(org.db, hr(), pipelineTableInput.parse({ positionId, pageSize: 100, ...input }), now);

describe("ranking from the stored fit", () => {
  it("ranks like compareRanking over freshly scored applications", async () => {
    const now = new Date();
    const expected = await expectedRanking(now);
    const page = await table(now);
    expect(page.items.map((i) => [i.id, i.eligible, i.score])).toEqual(
      expected.map((e) => [e.id, e.eligible, e.score]),
    );
    expect(page.items.map((i) => i.rank)).toEqual(expected.map((_, i) => i + 1));
    expect(page.total).toBe(40);
  });

  it("sorts by the other columns keeping the ranking order among ties, both directions, paged", async () => {
    const now = new Date();
    const ranked = await expectedRanking(now);
    const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const keys = {
      name: (a: Expected, b: Expected) => byCodeUnit(a.name, b.name),
      stage: (a: Expected, b: Expected) =>
        candidateStages.indexOf(a.stage) - candidateStages.indexOf(b.stage),
      daysInStage: (a: Expected, b: Expected) => a.days - b.days,
    };
    for (const [sort, compare] of Object.entries(keys))
      for (const direction of ["asc", "desc"] as const) {
        const expected = [...ranked].sort((a, b) => compare(a, b) * (direction === "desc" ? -1 : 1));
        const second = await table(now, { sort, direction, pageSize: 10, page: 2 });
        expect(
          second.items.map((i) => i.id),
          `${sort} ${direction}`,
        ).toEqual(expected.slice(10, 20).map((e) => e.id));
        expect(second.items.map((i) => i.rank)).toEqual(
          expected.slice(10, 20).map((e) => ranked.indexOf(e) + 1),
        );
      }
    expect((await table(now, { direction: "desc" })).items.map((i) => i.id)).toEqual(
      [...ranked].reverse().map((e) => e.id),
    );
    // By fit the rank is derived from the place on the page: check it both ways, paged, with the eligibility filter.
    for (const eligibleOnly of [false, true])
      for (const direction of ["asc", "desc"] as const) {
        const shown = eligibleOnly ? ranked.filter((e) => e.eligible) : ranked;
        const ordered = direction === "desc" ? [...shown].reverse() : shown;
        const page = await table(now, { direction, eligibleOnly, pageSize: 10, page: 2 });
        expect(shown.length).toBeGreaterThan(10); // so page 2 has rows
        expect(
          page.items.map((i) => [i.id, i.rank]),
          `${direction} ${eligibleOnly}`,
        ).toEqual(ordered.slice(10, 20).map((e) => [e.id, ranked.indexOf(e) + 1]));
        expect(page.total).toBe(shown.length);
      }
  });

  it("filters: rank counts within stage and search, before the eligibility filter", async () => {
    const now = new Date();
    const screening = await expectedRanking(now, (e) => e.stage === "SCREENING");
    const page = await table(now, { stage: "SCREENING", eligibleOnly: true });
    const eligible = screening.filter((e) => e.eligible);
    expect(page.items.map((i) => [i.id, i.rank])).toEqual(
      eligible.map((e) => [e.id, screening.indexOf(e) + 1]),
    );
    expect(page.total).toBe(eligible.length);
    const anns = await expectedRanking(
      now,
      (e) => e.name.toLowerCase().includes("ann") || e.email.includes("ann"),
    );
    expect((await table(now, { search: "ANN" })).items.map((i) => i.id)).toEqual(anns.map((e) => e.id));
    // LIKE wildcards in the search are plain characters.
    expect((await table(now, { search: "%" })).total).toBe(0);
    expect((await table(now, { search: "ranked._" })).total).toBe(0);
    expect((await table(now, { page: 9 })).items).toEqual([]);
    expect((await table(now, { page: 9 })).total).toBe(40);
  });

  it("the board shows each stage in ranking order with its total", async () => {
    const now = new Date();
    const ranked = await expectedRanking(now);
    const board = await (await org.as("HR")).pipeline.board({ positionId });
    for (const column of board.columns) {
      const inStage = ranked.filter((e) => e.stage === column.stage);
      expect(
        column.cards.map((c) => c.id),
        column.stage,
      ).toEqual(inStage.map((e) => e.id));
      expect(column.total).toBe(inStage.length);
    }
  });
});

describe("rows without a stored fit are scored when read", () => {
  it("after a write outside the services (a trigger clears the stored fit)", async () => {
    const now = new Date();
    const [top] = await expectedRanking(now);
    const { candidateId } = await org.db.application.findUniqueOrThrow({ where: { id: top!.id } });
    await org.db.candidateExpertise.deleteMany({ where: { candidateId } });
    expect(
      await org.db.application.findUniqueOrThrow({ where: { id: top!.id }, select: { fitComputedAt: true } }),
    ).toEqual({ fitComputedAt: null });
    const page = await table(now);
    expect(page.items.find((i) => i.id === top!.id)).toMatchObject({ eligible: false });
    expect(page.items.map((i) => i.id)).toEqual((await expectedRanking(now)).map((e) => e.id));
  });

  it("when a held certificate has expired since the fit was stored", async () => {
    const position = await createPosition(org.db, { departmentId: org.org.deptA.id, title: "Certified" });
    const profile = await createHiringProfile(org.db, {
      positionId: position.id,
      requirements: [{ kind: "CERTIFICATION", weight: 1, certification: "Key account" }],
    });
    const c = await createCandidate(org.db, {
      name: "Kim Key",
      email: "kim@candidate.example",
      certifications: [{ name: "Key account", expiresAt: new Date(Date.UTC(2031, 0, 1)) }],
    });
    await createApplication(org.db, { candidateId: c.id, positionId: position.id, profileId: profile.id });
    const read = (now: Date) =>
      pipelineTable(org.db, hr(), pipelineTableInput.parse({ positionId: position.id }), now);
    expect((await read(new Date(Date.UTC(2030, 11, 31)))).items[0]).toMatchObject({ score: 100 });
    expect((await read(new Date(Date.UTC(2030, 11, 31, 12)))).items[0]).toMatchObject({ score: 100 }); // still stored
    expect((await read(new Date(Date.UTC(2031, 0, 1)))).items[0]).toMatchObject({ score: 0 });
  });
});

describe("applicationScopeSql", () => {
  it("selects exactly the applications applicationScope selects, for every role", async () => {
    const other = await createCandidate(org.db, { name: "Bea B", email: "bea@candidate.example" });
    const profileB = await createHiringProfile(org.db, { positionId: org.org.positionB.id });
    await createApplication(org.db, {
      candidateId: other.id,
      positionId: org.org.positionB.id,
      profileId: profileB.id,
      stage: "INTERVIEW",
    });
    const { users } = org;
    const actors = [
      { id: users.admin.id, role: "ADMIN" as const },
      { id: users.hr.id, role: "HR" as const },
      { id: users.headA.id, role: "HEAD" as const },
      { id: users.headB.id, role: "HEAD" as const },
      { id: users.staffUserA.id, role: "STAFF" as const },
    ];
    for (const actor of actors) {
      const viaPrisma = (
        await org.db.application.findMany({
          where: applicationScope(actor),
          select: { id: true },
          orderBy: { id: "asc" },
        })
      ).map((a) => a.id);
      const viaSql = (
        await org.db.$queryRaw<
          { id: string }[]
        >`SELECT a.id FROM "Application" a WHERE ${applicationScopeSql(actor)} ORDER BY a.id COLLATE "C"`
      ).map((a) => a.id);
      expect(viaSql, `${actor.role} ${actor.id}`).toEqual(
        [...viaPrisma].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
  });
});
