import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffMember } from "@portal/db/factories";
import { companyFigures } from "../src/services/company-figures";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const segmentAOf = async (role: "HR" | "ADMIN") => {
  const caller = await org.as(role);
  const home = await caller.home.summary();
  if (home.role !== "HR" && home.role !== "ADMIN") throw new Error("expected the company summary");
  const coverage = await caller.coverage.overview();
  return {
    home: home.openingsBySegment.find((s) => s.segmentId === org.org.segmentA.id),
    coverage: coverage.segments.find((s) => s.segmentId === org.org.segmentA.id)!,
    counts: home.counts,
    homeAsOf: home.asOf,
    coverageAsOf: coverage.asOf,
  };
};

describe("stored company figures", () => {
  it("follow a change written by any route at once, and home and coverage agree", async () => {
    const { db } = org;
    const before = await segmentAOf("HR");
    expect(before.homeAsOf).toEqual(before.coverageAsOf);

    // Written straight to the database (no service, no explicit invalidation): the triggers raise the version.
    await db.department.update({ where: { id: org.org.deptA.id }, data: { targetHeadcount: 7 } });
    const person = await createStaffMember(db, {
      departmentId: org.org.deptA.id,
      positionId: org.org.positionA.id,
    });
    await db.signOff.create({
      data: { staffMemberId: person.id, positionId: org.org.positionA.id, requirementKeys: [], percent: 100 },
    });

    const after = await segmentAOf("ADMIN");
    expect(after.coverage.target).toBe(7);
    expect(after.coverage.signedOff).toBe(before.coverage.signedOff + 1);
    expect(after.counts.staff).toBe(before.counts.staff + 1);
    expect(after.home).toMatchObject({
      target: 7,
      signedOff: after.coverage.signedOff,
      gap: after.coverage.gap,
    });
    expect(after.homeAsOf).toEqual(after.coverageAsOf);
  });

  it("are computed once for concurrent readers, and not again while nothing changes", async () => {
    let computed = 0;
    const compute = async () => {
      computed += 1;
      await new Promise((r) => setTimeout(r, 50));
      return { n: computed };
    };
    const key = `test-${Date.now()}`;
    const values = await Promise.all(Array.from({ length: 10 }, () => companyFigures(org.db, key, compute)));
    expect(computed).toBe(1);
    expect(values.every((v) => v.n === 1)).toBe(true);
    expect(await companyFigures(org.db, key, compute)).toEqual({ n: 1 });
    expect(computed).toBe(1);
  });

  it("are computed again when a change commits while they are computed", async () => {
    const key = `race-${Date.now()}`;
    let computed = 0;
    const first = await companyFigures(org.db, key, async () => {
      computed += 1;
      // A change that commits after the version was read: these figures must not pass for the new version.
      await org.db.department.update({ where: { id: org.org.deptB.id }, data: { targetHeadcount: 3 } });
      return computed;
    });
    expect(first).toBe(1);
    expect(await companyFigures(org.db, key, async () => (computed += 1))).toBe(2);
  });

  it("do not move when a learner only moves on in a course", async () => {
    const key = `progress-${Date.now()}`;
    let computed = 0;
    await companyFigures(org.db, key, async () => (computed += 1));
    // A column the figures do not read (a learner's position in a course) leaves the version alone.
    await org.db.$executeRaw`UPDATE "Enrolment" SET "lastItemId" = NULL`;
    await org.db.user.updateMany({ data: { locale: "en" } });
    await companyFigures(org.db, key, async () => (computed += 1));
    expect(computed).toBe(1);
  });
});
