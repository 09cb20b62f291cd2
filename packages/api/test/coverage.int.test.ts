import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@portal/db";
import {
  createDepartment,
  createHiringProfile,
  createPosition,
  createStaffMember,
  createUser,
  setExpertise,
} from "@portal/db/factories";
import { weekStartUtc } from "@portal/domain";
import { coverageOverview } from "../src/services/coverage/overview";
import { coveragePeople, coveragePeopleFull } from "../src/services/coverage/people";
import { snapshotCoverage } from "../src/services/coverage/snapshot";
import { setupOrganization, type Org } from "./harness";

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

let org: Org;
let course: { id: string; versionId: string; ruleId: string };
let deptA2: { id: string };
const people: Record<string, string> = {};

/** A person in department A's position at expertise `level`, with the required course in `course` state. */
async function personA(
  label: string,
  level: number,
  courseState: "passed" | "due" | "none",
  startDate = daysAgo(90),
  departmentId = org.org.deptA.id,
) {
  const positionId = departmentId === org.org.deptA.id ? org.org.positionA.id : null;
  const staff = await createStaffMember(org.db, {
    departmentId,
    positionId,
    name: `Coverage ${label}`,
    startDate,
  });
  if (level > 0)
    await setExpertise(org.db, { staffMemberId: staff.id, segmentId: org.org.segmentA.id, level });
  if (courseState !== "none" && positionId) {
    await org.db.enrolment.create({
      data: {
        staffMemberId: staff.id,
        courseId: course.id,
        versionId: course.versionId,
        source: "RULE",
        ruleId: course.ruleId,
        recertifyMonths: 12,
        passedAt: courseState === "passed" ? new Date() : null,
        dueAt: courseState === "due" ? new Date(Date.now() + 20 * DAY) : null,
      },
    });
  }
  people[label] = staff.id;
  return staff;
}

beforeAll(async () => {
  org = await setupOrganization();
  const { db } = org;
  await db.department.update({ where: { id: org.org.deptA.id }, data: { targetHeadcount: 3 } });
  await db.department.update({ where: { id: org.org.deptB.id }, data: { targetHeadcount: 1 } });
  // A second department serving segment A, without a head: an overlap and a department nobody runs.
  deptA2 = await createDepartment(db, {
    name: "Department A2",
    segmentId: org.org.segmentA.id,
    headId: null,
    targetHeadcount: 1,
  });
  await createHiringProfile(db, {
    positionId: org.org.positionA.id,
    requirements: [
      { kind: "EXPERTISE", segmentId: org.org.segmentA.id, level: 3, weight: 2, mustHave: true },
    ],
  });
  const created = await db.course.create({
    data: {
      title: "Segment A basics",
      versions: { create: { version: 1, status: "PUBLISHED", publishedAt: new Date() } },
    },
    include: { versions: true },
  });
  const rule = await db.courseRule.create({
    data: { courseId: created.id, positionId: org.org.positionA.id, dueDays: 30, recertifyMonths: 12 },
  });
  course = { id: created.id, versionId: created.versions[0]!.id, ruleId: rule.id };

  await personA("signed", 3, "passed", daysAgo(30));
  await personA("lapsed", 3, "passed", daysAgo(60));
  await personA("ready", 3, "passed"); // needs the full readiness: must-have expertise, every course passed, no sign-off
  await personA("short", 2, "passed"); // the same, but a must-have is not met: still onboarding
  await personA("due", 3, "due");
  const left = await personA("left", 3, "passed");
  await db.staffMember.update({ where: { id: left.id }, data: { status: "LEFT" } });

  const head = await org.as("HEAD");
  await head.readiness.signOff({ staffMemberId: people.signed! });
  await head.readiness.signOff({ staffMemberId: people.lapsed! });
  await db.enrolment.updateMany({
    where: { staffMemberId: people.lapsed! },
    data: { passedAt: daysAgo(400) },
  });
});
afterAll(() => org?.drop());

const segmentOf = <S extends { segmentId: string }>(overview: { segments: S[] }, id: string) =>
  overview.segments.find((s) => s.segmentId === id);

describe("coverage", () => {
  it("shows the orphan segment as a gap, counts signed-off people against the summed target, and never a lapsed sign-off", async () => {
    const admin = await org.as("ADMIN");
    const overview = await admin.coverage.overview();
    const orphan = segmentOf(overview, org.org.orphan.id)!;
    expect(orphan).toMatchObject({ orphan: true, hasGap: true, departmentCount: 0 });
    expect(await admin.coverage.segmentDepartments({ segmentId: org.org.orphan.id })).toMatchObject({
      departments: [],
    });
    expect(overview.flags).toContainEqual({ kind: "orphanSegment", segmentId: org.org.orphan.id });

    const a = segmentOf(overview, org.org.segmentA.id)!;
    // signed, lapsed, ready, short, due + staff A of the harness (level 2, no enrolment); the person who left does not count.
    expect(a).toMatchObject({
      target: 4,
      staff: 6,
      signedOff: 1,
      lapsed: 1,
      readyForReview: 1,
      onboarding: 3,
      gap: 3,
      overlap: true,
      hasGap: true,
      departmentCount: 2,
    });
    // A segment's departments come when it is opened, from the same figures.
    const { departments } = await admin.coverage.segmentDepartments({ segmentId: org.org.segmentA.id });
    expect(departments.map((d) => [d.name, d.headName, d.belowTarget])).toEqual([
      ["Department A", "Head A", true],
      ["Department A2", null, true],
    ]);
    // The lapsed person has been due again since their certificate expired; "due" should be ready within 20 days.
    expect(a.nextReadyAt!.getTime()).toBeLessThan(Date.now());
    expect(a.lastReadyAt!.getTime() - Date.now()).toBeGreaterThan(19 * DAY);
    expect(a.undated).toBe(2);
    expect(overview.flags).toEqual(
      expect.arrayContaining([
        // Each flag names the departments it speaks of: the page words it without loading them.
        {
          kind: "overlap",
          segmentId: org.org.segmentA.id,
          departmentIds: [org.org.deptA.id, deptA2.id],
          departmentNames: ["Department A", "Department A2"],
        },
        {
          kind: "noHead",
          segmentId: org.org.segmentA.id,
          departmentId: deptA2.id,
          departmentName: "Department A2",
        },
        {
          kind: "belowTarget",
          segmentId: org.org.segmentA.id,
          departmentId: org.org.deptA.id,
          departmentName: "Department A",
          signedOff: 1,
          target: 3,
        },
      ]),
    );
    // Staff B: a position without a profile or a required course asks nothing, so they wait for review.
    expect(segmentOf(overview, org.org.segmentB.id)).toMatchObject({
      target: 1,
      readyForReview: 1,
      signedOff: 0,
      gap: 1,
    });
  });

  it("the light path (sign-offs, profiles and courses) gives exactly the full readiness' answer", async () => {
    const asOf = new Date();
    const byId = (a: { staffMemberId: string }, b: { staffMemberId: string }) =>
      a.staffMemberId.localeCompare(b.staffMemberId);
    const light = (await coveragePeople(org.db, {}, asOf)).sort(byId);
    const full = (await coveragePeopleFull(org.db, {}, asOf)).sort(byId);
    expect(light).toEqual(full);
    expect(new Set(light.map((p) => p.status))).toEqual(
      new Set(["SIGNED_OFF", "LAPSED", "READY_FOR_REVIEW", "ONBOARDING"]),
    );
    expect(light.find((p) => p.staffMemberId === people.ready)?.status).toBe("READY_FOR_REVIEW");
    expect(light.find((p) => p.staffMemberId === people.short)?.status).toBe("ONBOARDING");
  });

  it("a head sees only the segment of their own department; HR sees every segment", async () => {
    const ids = async (actor: "HEAD" | "HR") =>
      (await (await org.as(actor)).coverage.overview()).segments.map((s) => s.segmentId).sort();
    expect(await ids("HEAD")).toEqual([org.org.segmentA.id]);
    expect(await ids("HR")).toEqual([org.org.segmentA.id, org.org.segmentB.id, org.org.orphan.id].sort());
    const headB = await org.asUser(org.users.headB);
    expect((await headB.coverage.overview()).segments.map((s) => s.segmentId)).toEqual([org.org.segmentB.id]);
    expect((await headB.coverage.timeToSignOff()).departments.items.map((d) => d.id)).not.toContain(
      org.org.deptA.id,
    );
    // Opening a segment is scoped the same way: another head's segment, or one that does not exist, is not found.
    const { departments } = await headB.coverage.segmentDepartments({ segmentId: org.org.segmentB.id });
    expect(departments.map((d) => d.departmentId)).toEqual([org.org.deptB.id]);
    for (const segmentId of [org.org.segmentA.id, "no-such-segment"])
      await expect(headB.coverage.segmentDepartments({ segmentId })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
  });

  it("the whole-company overview takes the same number of SQL queries whatever the number of people and departments", async () => {
    const counting = new PrismaClient({
      adapter: new PrismaPg({ connectionString: org.url }),
      log: [{ emit: "event", level: "query" }],
    });
    let queries = 0;
    counting.$on("query", () => {
      queries += 1;
    });
    const admin = { id: org.users.admin.id, role: "ADMIN" as const };
    try {
      queries = 0;
      await coverageOverview(counting, admin);
      const before = queries;
      const extra = await createDepartment(org.db, {
        name: "Department A3",
        segmentId: org.org.segmentA.id,
        headId: org.users.headA.id,
        targetHeadcount: 2,
      });
      const position = await createPosition(org.db, { departmentId: extra.id, title: "Advisor A3" });
      for (let i = 0; i < 12; i++) {
        const user = await createUser(org.db, { role: "STAFF" });
        const staff = await createStaffMember(org.db, {
          userId: user.id,
          departmentId: i % 2 ? extra.id : org.org.deptA.id,
          positionId: i % 2 ? position.id : org.org.positionA.id,
        });
        await setExpertise(org.db, { staffMemberId: staff.id, segmentId: org.org.segmentA.id, level: 3 });
      }
      queries = 0;
      const after = await coverageOverview(counting, admin);
      expect(segmentOf(after, org.org.segmentA.id)?.staff).toBe(18);
      expect(queries).toBe(before);
    } finally {
      await counting.$disconnect();
    }
  });

  it("days from start to first sign-off: median and p90 per department and position, and a histogram", async () => {
    const stats = await (await org.as("HR")).coverage.timeToSignOff();
    expect(stats.overall).toMatchObject({ count: 2, median: 45, p90: 60 });
    expect(stats.departments.items).toEqual([
      { id: org.org.deptA.id, name: "Department A", count: 2, median: 45, p90: 60 },
    ]);
    expect(stats.departments).toMatchObject({ total: 1, page: 1, pageCount: 1 });
    expect(stats.positions.items).toEqual([
      {
        id: org.org.positionA.id,
        name: "Advisor A",
        departmentName: "Department A",
        count: 2,
        median: 45,
        p90: 60,
      },
    ]);
    expect(stats.histogram.reduce((s, b) => s + b.count, 0)).toBe(2);
  });

  it("the weekly snapshot replaces the current week's rows when run again, and the trend shows one point per week", async () => {
    const now = new Date();
    const lastWeek = new Date(now.getTime() - 7 * DAY);
    await snapshotCoverage(org.db, lastWeek);
    await snapshotCoverage(org.db, now);
    const week = weekStartUtc(now);
    const rowsA = () =>
      org.db.coverageSnapshot.findMany({ where: { weekOf: week, segmentId: org.org.segmentA.id } });
    expect(await rowsA()).toEqual([
      expect.objectContaining({ signedOff: 1, targetHeadcount: 6, departments: 3 }),
    ]);

    await (await org.as("HEAD")).readiness.signOff({ staffMemberId: people.ready! });
    await snapshotCoverage(org.db, now);
    expect(await rowsA()).toEqual([expect.objectContaining({ signedOff: 2 })]);
    const activeSegments = await org.db.customerSegment.count({ where: { archived: false } });
    expect(await org.db.coverageSnapshot.count({ where: { weekOf: week } })).toBe(activeSegments);
    expect(await org.db.readinessSnapshot.count({ where: { weekOf: week } })).toBe(
      await org.db.department.count({ where: { archived: false } }),
    );
    expect(
      await org.db.readinessSnapshot.findFirst({ where: { weekOf: week, departmentId: org.org.deptA.id } }),
    ).toMatchObject({ signedOff: 2, lapsed: 1 });

    const trend = await (await org.as("HEAD")).coverage.trend({ weeks: 4 });
    expect(trend.weeks).toHaveLength(4);
    expect(trend.segments.map((s) => s.segmentId)).toEqual([org.org.segmentA.id]);
    expect(trend.segments[0]!.points.map((p) => [p.weekOf.toISOString(), p.signedOff])).toEqual([
      [weekStartUtc(lastWeek).toISOString(), 1],
      [week.toISOString(), 2],
    ]);
    await expect((await org.as("HEAD")).coverage.trend({ weeks: 500 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("the undecided are scored on the facts their must-have kinds need (here a language and a rating, not expertise): still the full readiness' answer", async () => {
    // Runs last: it adds people to department B. A position whose must-haves are a language and an interview criterion.
    const position = await createPosition(org.db, {
      departmentId: org.org.deptB.id,
      title: "Advisor B languages",
    });
    await createHiringProfile(org.db, {
      positionId: position.id,
      requirements: [
        { kind: "LANGUAGE", language: "de", cefr: "B2", weight: 1, mustHave: true },
        { kind: "CRITERION", criterion: "Calm on the phone", rating: 3, weight: 1, mustHave: true },
        { kind: "EXPERIENCE", years: 10, weight: 1, mustHave: false },
      ],
    });
    const person = async (cefr: string, rating: number) => {
      const staff = await createStaffMember(org.db, {
        departmentId: org.org.deptB.id,
        positionId: position.id,
      });
      await org.db.staffAssessment.createMany({
        data: [
          { staffMemberId: staff.id, kind: "LANGUAGE", subject: "de", cefr },
          { staffMemberId: staff.id, kind: "CRITERION", subject: "calm on the phone", value: rating },
        ],
      });
      return staff.id;
    };
    const fluent = await person("C1", 4);
    const weak = await person("A2", 4);
    const unrated = await person("C1", 2);
    const asOf = new Date();
    const byId = (a: { staffMemberId: string }, b: { staffMemberId: string }) =>
      a.staffMemberId.localeCompare(b.staffMemberId);
    const light = (await coveragePeople(org.db, {}, asOf)).sort(byId);
    expect(light).toEqual((await coveragePeopleFull(org.db, {}, asOf)).sort(byId));
    const statusOf = (id: string) => light.find((p) => p.staffMemberId === id)?.status;
    expect([statusOf(fluent), statusOf(weak), statusOf(unrated)]).toEqual([
      "READY_FOR_REVIEW",
      "ONBOARDING",
      "ONBOARDING",
    ]);
  });

  it("time to sign-off pages its department and position tables: every row once across the pages, a page past the end is the last", async () => {
    const { db } = org;
    // Eleven more departments, each with one position and one person signed off 20 days after starting.
    for (let i = 1; i <= 11; i++) {
      const department = await createDepartment(db, {
        name: `Paged department ${String(i).padStart(2, "0")}`,
        segmentId: org.org.segmentB.id,
        headId: null,
        targetHeadcount: 1,
      });
      const position = await createPosition(db, { departmentId: department.id, title: `Paged advisor ${i}` });
      const staff = await createStaffMember(db, {
        departmentId: department.id,
        positionId: position.id,
        startDate: daysAgo(30),
      });
      await db.signOff.create({
        data: { staffMemberId: staff.id, positionId: position.id, percent: 100, signedOffAt: daysAgo(10) },
      });
    }
    const hr = await org.as("HR");
    const all = await hr.coverage.timeToSignOff({
      departments: { page: 1, pageSize: 100 },
      positions: { page: 1, pageSize: 100 },
    });
    expect(all.departments.total).toBeGreaterThanOrEqual(12);
    expect(all.departments.items).toHaveLength(all.departments.total);
    expect(all.positions.items).toHaveLength(all.positions.total);

    const first = await hr.coverage.timeToSignOff();
    expect(first.departments).toMatchObject({ page: 1, pageSize: 10, total: all.departments.total });
    expect(first.departments.items).toHaveLength(10);
    expect(first.overall).toEqual(all.overall);
    const pageCount = first.departments.pageCount;
    expect(pageCount).toBe(Math.ceil(all.departments.total / 10));
    const seen: string[] = [];
    for (let page = 1; page <= pageCount; page++) {
      const { departments, positions } = await hr.coverage.timeToSignOff({
        departments: { page, pageSize: 10 },
        positions: { page: 1, pageSize: 10 },
      });
      seen.push(...departments.items.map((d) => d.id));
      expect(positions.items.map((p) => p.id)).toEqual(all.positions.items.slice(0, 10).map((p) => p.id));
    }
    expect(seen).toEqual(all.departments.items.map((d) => d.id));

    const pastTheEnd = await hr.coverage.timeToSignOff({
      departments: { page: pageCount + 5, pageSize: 10 },
      positions: { page: 1, pageSize: 10 },
    });
    expect(pastTheEnd.departments.page).toBe(pageCount);
    expect(pastTheEnd.departments.items.map((d) => d.id)).toEqual(seen.slice((pageCount - 1) * 10));
    await expect(
      hr.coverage.timeToSignOff({
        departments: { page: 1, pageSize: 7 },
        positions: { page: 1, pageSize: 10 },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
