import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../src/test-database";
import { seedDemoCompany } from "../src/seed/demo-company";
import { demoStoryCourseTitle, demoStoryTitle } from "../src/seed/demo-story-course";

/** The onboarding demo data the e2e journeys and the demo itself rely on. */
let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  t = await createTestDatabase("demo");
  await t.db.$transaction((tx) => seedDemoCompany(tx), { timeout: 120_000 });
}, 180_000);
afterAll(() => t?.drop());

describe("demo onboarding data", () => {
  it("publishes five courses, three with a segment expertise outcome, required by rules with due dates", async () => {
    const versions = await t.db.courseVersion.findMany({
      where: { status: "PUBLISHED" },
      include: { course: true },
    });
    expect(versions.map((v) => v.course.title).sort()).toEqual([
      "Customer-centric basics",
      demoStoryCourseTitle,
      "Serving private individuals",
      "Serving small businesses",
      "Serving the public sector",
    ]);
    expect(versions.filter((v) => v.outcomeSegmentId && v.outcomeLevel! >= 2).length).toBe(3);
    const rules = await t.db.courseRule.findMany();
    expect(rules.every((r) => r.dueDays >= 14 && r.dueDays <= 30)).toBe(true);
    expect(rules.some((r) => r.recertifyMonths === 12)).toBe(true);
  });

  it("gives the demo staff account one course passed with a certificate and one in progress with its quiz not attempted", async () => {
    const enrolments = await t.db.enrolment.findMany({
      where: {
        staffMember: { user: { email: "staff@nordvik.example" } },
        course: { title: { not: demoStoryCourseTitle } },
      },
      include: { certificates: true, attempts: true, progress: { select: { itemId: true } } },
    });
    const passed = enrolments.filter((e) => e.passedAt);
    const open = enrolments.filter((e) => !e.passedAt);
    expect(passed).toHaveLength(1);
    expect(passed[0]!.certificates).toHaveLength(1);
    expect(open).toHaveLength(1);
    expect(open[0]!.progress.length).toBeGreaterThan(0);
    expect(open[0]!.attempts).toHaveLength(0);
  });

  it("has a published story already turned into a scenario of a published course the demo staff account can answer", async () => {
    const item = await t.db.courseItem.findFirstOrThrow({
      where: { sourceStory: { title: demoStoryTitle, status: "PUBLISHED" } },
      include: { module: { include: { version: { include: { course: true } } } } },
    });
    expect(item.kind).toBe("SCENARIO");
    expect(item.module.version).toMatchObject({
      status: "PUBLISHED",
      course: { title: demoStoryCourseTitle },
    });
    const enrolment = await t.db.enrolment.findFirstOrThrow({
      where: { staffMember: { user: { email: "staff@nordvik.example" } }, versionId: item.module.versionId },
      include: { progress: { select: { itemId: true } } },
    });
    expect(enrolment.passedAt).toBeNull();
    expect(enrolment.progress).toEqual([]);
  });

  it("has varied progress, one expired certificate, and training expertise matching what certificates granted", async () => {
    const now = new Date();
    // The integration client refuses relation counts (refuseWholeTableAggregates): the progress rows themselves.
    const all = await t.db.enrolment.findMany({ include: { progress: { select: { itemId: true } } } });
    expect(all.some((e) => !e.passedAt && e.dueAt! < now)).toBe(true); // overdue
    expect(all.some((e) => !e.passedAt && e.dueAt! >= now && e.progress.length > 0)).toBe(true); // in progress
    expect(await t.db.certificate.count({ where: { expiresAt: { lt: now } } })).toBe(1);
    const granted = await t.db.certificate.findMany({
      where: { grantedSegmentId: { not: null } },
      include: { enrolment: true },
    });
    expect(granted.length).toBeGreaterThan(0);
    for (const c of granted) {
      const e = await t.db.expertise.findUniqueOrThrow({
        where: {
          staffMemberId_segmentId: {
            staffMemberId: c.enrolment.staffMemberId,
            segmentId: c.grantedSegmentId!,
          },
        },
      });
      expect(e).toMatchObject({ level: c.grantedLevel, source: "TRAINING" });
      expect(e.evidence).toContain(c.verificationCode);
    }
  });
});
