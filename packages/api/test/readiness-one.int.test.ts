/**
 * loadOneReadiness (one SQL statement for one person) must say exactly what loadReadiness (the many-people loader)
 * says, for every person of a company and at several dates: the STAFF home, "My readiness" and a person's page read
 * the former, the dashboards the latter.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoCompany } from "@portal/db/demo";
import { seedScale } from "@portal/db/scale";
import { seedReadinessScale } from "@portal/db/scale-readiness";
import { createTestDatabase } from "@portal/db/test-database";
import { loadReadiness } from "../src/services/readiness/load";
import { loadOneReadiness } from "../src/services/readiness/one";

type Database = Awaited<ReturnType<typeof createTestDatabase>>;
let demo: Database;
let generated: Database;

beforeAll(async () => {
  [demo, generated] = await Promise.all([createTestDatabase("one-demo"), createTestDatabase("one-gen")]);
  await seedDemoCompany(demo.db);
  await seedScale(generated.db, { staff: 80, segments: 8, departments: 8 });
  await seedReadinessScale(generated.db, { departmentSize: 30, signOffShare: 0.5 });
}, 300_000);
afterAll(async () => {
  await demo?.drop();
  await generated?.drop();
});

const day = 24 * 60 * 60 * 1000;

describe.each([
  ["the demo company", () => demo],
  ["a generated company", () => generated],
])("one person's readiness in one statement: %s", (_name, database) => {
  it("equals the many-people loader for every person, today, in a month and a year ago", async () => {
    const { db } = database();
    const people = await db.staffMember.findMany({ select: { id: true, userId: true, status: true } });
    const stillHere = people.filter((p) => p.status !== "LEFT");
    expect(stillHere.length).toBeGreaterThan(10);
    const now = Date.now();
    for (const asOf of [new Date(now), new Date(now + 30 * day), new Date(now - 365 * day)]) {
      const all = new Map((await loadReadiness(db, {}, asOf)).map((p) => [p.staff.id, p]));
      for (const person of people) {
        const one = await loadOneReadiness(db, { staffMemberId: person.id }, asOf);
        expect(one, person.id).toEqual(all.get(person.id) ?? null);
        expect(await loadOneReadiness(db, { userId: person.userId }, asOf)).toEqual(one);
      }
    }
  });

  it("compares people with sign-offs and course progress", async () => {
    const { db } = database();
    const [signOffs, progress, enrolments] = await Promise.all([
      db.signOff.count({ where: { revokedAt: null } }),
      db.itemProgress.count(),
      db.enrolment.count(),
    ]);
    // Without these the comparison above would compare empty facts.
    expect(signOffs).toBeGreaterThan(0);
    expect(progress).toBeGreaterThan(0);
    expect(enrolments).toBeGreaterThan(0);
  });
});

it("compares people with assessed facts and people hired through the portal (the demo company)", async () => {
  const [assessments, hires] = await Promise.all([
    demo.db.staffAssessment.count(),
    demo.db.application.count({ where: { hiredStaffMemberId: { not: null } } }),
  ]);
  expect(assessments).toBeGreaterThan(0);
  expect(hires).toBeGreaterThan(0);
});

it("is null for someone who is not a staff member", async () => {
  const user = await demo.db.user.findFirstOrThrow({ where: { role: "ADMIN" } });
  expect(await loadOneReadiness(demo.db, { userId: user.id }, new Date())).toBeNull();
  expect(await loadOneReadiness(demo.db, { staffMemberId: "no-such-person" }, new Date())).toBeNull();
});

it("names required courses in the reader's language where the course is offered in it, else in its own", async () => {
  const db = demo.db;
  const versions = await db.courseVersion.findMany({
    where: { status: "PUBLISHED", locales: { has: "sv" } },
    select: { courseId: true, titles: true, course: { select: { title: true } } },
  });
  const swedish = new Map(
    versions.map((v) => [v.courseId, (v.titles as Record<string, { title: string }>).sv!.title]),
  );
  const english = new Map(versions.map((v) => [v.courseId, v.course.title]));
  let compared = 0;
  for (const { id } of await db.staffMember.findMany({
    where: { status: { not: "LEFT" } },
    select: { id: true },
  })) {
    const [sv, el] = await Promise.all([
      loadOneReadiness(db, { staffMemberId: id }, new Date(), "sv"),
      loadOneReadiness(db, { staffMemberId: id }, new Date(), "el"),
    ]);
    for (const [i, item] of sv!.readiness.items.entries()) {
      if (item.kind !== "course" || !swedish.has(item.courseId)) continue;
      compared += 1;
      expect(item.title).toBe(swedish.get(item.courseId));
      expect(item.title).not.toBe(english.get(item.courseId));
      const greek = el!.readiness.items[i]!;
      expect(greek.kind === "course" && greek.title).toBe(english.get(item.courseId));
    }
  }
  expect(compared).toBeGreaterThan(0);
});
