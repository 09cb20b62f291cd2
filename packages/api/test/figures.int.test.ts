/**
 * Issue 16, class 1 "figures that disagree": every figure shown in more than one place comes from one
 * function. For each pair of places (home per role, the /coverage overview, its trend and its tables, the head's
 * readiness dashboard, the department page) this compares the figures on the demo company and on a generated
 * company (the scale seeds at a small size), as each role's caller gets them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "@portal/db";
import { seedDemoCompany } from "@portal/db/demo";
import { seedScale } from "@portal/db/scale";
import { seedReadinessScale } from "@portal/db/scale-readiness";
import { createTestDatabase } from "@portal/db/test-database";
import { createUser } from "@portal/db/factories";
import { snapshotCoverage } from "../src/services/coverage/snapshot";
import { callerFor } from "./harness";

type Database = Awaited<ReturnType<typeof createTestDatabase>>;
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** The coverage page's overview with every segment opened (`coverage.segmentDepartments`), as a reader would. */
async function overviewWithDepartments(caller: Awaited<ReturnType<typeof callerFor>>) {
  const overview = await caller.coverage.overview();
  const segments = await Promise.all(
    overview.segments.map(async (s) => {
      const { departments } = await caller.coverage.segmentDepartments({ segmentId: s.segmentId });
      expect(departments, s.name).toHaveLength(s.departmentCount);
      return { ...s, departments };
    }),
  );
  return { ...overview, segments };
}

const companies: Record<string, { seed: (db: Database["db"]) => Promise<unknown>; database?: Database }> = {
  "the demo company": { seed: (db) => seedDemoCompany(db) },
  "a generated company (300 staff)": {
    seed: async (db) => {
      await seedScale(db, { staff: 300, segments: 8, departments: 16 });
      await seedReadinessScale(db, { departmentSize: 40, signOffShare: 0.6 });
      // The scale seeds make staff and heads; the pages compared here are also read by an admin and HR.
      await createUser(db, { role: "ADMIN", name: "Scale Admin" });
      await createUser(db, { role: "HR", name: "Scale HR" });
    },
  },
};

beforeAll(async () => {
  for (const company of Object.values(companies)) {
    company.database = await createTestDatabase("figures");
    await company.seed(company.database.db);
    // A snapshot of this week taken before a change: the trend must still show the overview's figures.
    await snapshotCoverage(company.database.db, new Date());
  }
}, 300_000);
afterAll(async () => {
  for (const company of Object.values(companies)) await company.database?.drop();
});

describe.each(Object.keys(companies))("one figure, one source: %s", (name) => {
  const db = () => companies[name]!.database!.db;
  const asUser = (user: Pick<User, "id" | "sessionVersion">) => callerFor(db(), user);
  const firstWith = async (role: "ADMIN" | "HR") =>
    asUser(await db().user.findFirstOrThrow({ where: { role, active: true } }));

  it("home (ADMIN, HR) and /coverage: people onboarding, and signed off in every table, total and trend", async () => {
    // A sign-off revoked after the snapshot: the week's snapshot is now behind, the page must not be.
    const signOff = await db().signOff.findFirst({ where: { revokedAt: null }, orderBy: { id: "asc" } });
    if (signOff)
      await db().signOff.update({
        where: { id: signOff.id },
        data: { revokedAt: new Date(), revokeReason: "Figures test" },
      });
    for (const role of ["ADMIN", "HR"] as const) {
      const caller = await firstWith(role);
      const [home, coverage, trend] = await Promise.all([
        caller.home.summary(),
        overviewWithDepartments(caller),
        caller.coverage.trend({ weeks: 4 }),
      ]);
      if (home.role !== role) throw new Error(`expected the ${role} home page`);
      const departments = coverage.segments.flatMap((s) => s.departments);
      // The home page's "N people are onboarding" is the sum of the Onboarding column.
      expect(home.onboarding).toBe(sum(departments.map((d) => d.onboarding)));
      expect(home.onboarding).toBe(coverage.totals.onboarding);
      for (const key of ["signedOff", "readyForReview", "onboarding", "lapsed", "staff"] as const) {
        expect(coverage.totals[key], key).toBe(sum(coverage.segments.map((s) => s[key])));
        for (const s of coverage.segments)
          expect(s[key], `${s.name} ${key}`).toBe(sum(s.departments.map((d) => d[key])));
      }
      // The trend's latest point is the overview's figures, whatever the snapshot said.
      for (const s of coverage.segments) {
        const latest = trend.segments.find((t) => t.segmentId === s.segmentId)?.points.at(-1);
        expect(latest, s.name).toMatchObject({
          signedOff: s.signedOff,
          targetHeadcount: s.target,
          readyForReview: s.readyForReview,
          onboarding: s.onboarding,
        });
      }
      // Home's openings per segment carry the same gap and signed-off count as the segment's table.
      for (const o of home.openingsBySegment) {
        const s = coverage.segments.find((c) => c.segmentId === o.segmentId)!;
        expect(o).toMatchObject({ signedOff: s.signedOff, gap: s.gap, target: s.target });
      }
    }
  });

  it("each head: home, /coverage, the readiness dashboard and the department page agree", async () => {
    const heads = await db().user.findMany({
      where: {
        role: "HEAD",
        active: true,
        headOf: { some: { archived: false, segment: { archived: false } } },
      },
      orderBy: { email: "asc" },
      take: 6,
    });
    expect(heads.length).toBeGreaterThan(0);
    for (const head of heads) {
      const caller = await asUser(head);
      const [home, coverage] = await Promise.all([caller.home.summary(), overviewWithDepartments(caller)]);
      if (home.role !== "HEAD") throw new Error("expected the HEAD home page");
      const byId = new Map(coverage.segments.flatMap((s) => s.departments.map((d) => [d.departmentId, d])));
      let waiting = 0;
      for (const d of home.departments) {
        const covered = byId.get(d.id);
        if (!covered) continue; // a department of an archived segment is not on /coverage
        expect({ staff: d.staff, onboarding: d.onboarding }, d.name).toEqual({
          staff: covered.staff,
          onboarding: covered.onboarding,
        });
        const matrix = await caller.readiness.matrix({ departmentId: d.id, pageSize: 10 });
        expect(
          {
            signedOff: matrix.counts.SIGNED_OFF,
            readyForReview: matrix.counts.READY_FOR_REVIEW,
            lapsed: matrix.counts.LAPSED,
            onboarding: matrix.counts.NOT_STARTED + matrix.counts.IN_PROGRESS,
          },
          d.name,
        ).toEqual({
          signedOff: covered.signedOff,
          readyForReview: covered.readyForReview,
          lapsed: covered.lapsed,
          onboarding: covered.onboarding,
        });
        waiting += covered.readyForReview;
        const page = await caller.departments.byId({ id: d.id });
        expect(page.staffCount, d.name).toBe(covered.staff);
      }
      // "Waiting for your sign-off" on home is the Ready for review column of the head's departments.
      expect(home.waiting.total, head.email).toBe(waiting);
    }
  });
});
