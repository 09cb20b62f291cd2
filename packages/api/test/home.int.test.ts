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
import { homeSummary } from "../src/services/home";
import { callerFor, setupOrganization, type Org } from "./harness";

let org: Org;
const DAY = 86_400_000;

beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

/**
 * Department A gets a "Home desk" position whose profile asks for segment A at level 3 and whose required course
 * is due 10 days after enrolment; people are arranged in every state the home pages report.
 */
async function arrange() {
  const { db } = org;
  const { deptA, segmentA } = org.org;
  const position = await createPosition(db, { departmentId: deptA.id, title: "Home desk", headcount: 5 });
  await createHiringProfile(db, {
    positionId: position.id,
    requirements: [{ kind: "EXPERTISE", segmentId: segmentA.id, level: 3, weight: 1, mustHave: true }],
  });
  const course = await db.course.create({
    data: {
      title: "Home desk basics",
      versions: { create: { version: 1, status: "PUBLISHED", publishedAt: new Date() } },
    },
    include: { versions: true },
  });
  const rule = await db.courseRule.create({
    data: { courseId: course.id, positionId: position.id, dueDays: 10 },
  });
  const person = async (
    name: string,
    level: number,
    enrolment: { passed?: boolean; enrolledDaysAgo: number },
    userId?: string,
  ) => {
    const staff = await createStaffMember(db, {
      departmentId: deptA.id,
      positionId: position.id,
      name,
      userId,
    });
    await setExpertise(db, { staffMemberId: staff.id, segmentId: segmentA.id, level });
    const enrolledAt = new Date(Date.now() - enrolment.enrolledDaysAgo * DAY);
    await db.enrolment.create({
      data: {
        staffMemberId: staff.id,
        courseId: course.id,
        versionId: course.versions[0]!.id,
        source: "RULE",
        ruleId: rule.id,
        enrolledAt,
        dueAt: new Date(enrolledAt.getTime() + 10 * DAY),
        passedAt: enrolment.passed ? new Date() : null,
      },
    });
    return staff;
  };
  const ready = await person("Rita Ready", 3, { passed: true, enrolledDaysAgo: 20 });
  const late = await person("Lars Late", 3, { enrolledDaysAgo: 30 });
  const learnerUser = await createUser(db, { role: "STAFF", name: "Nina Newcomer" });
  const learner = await person("Nina Newcomer", 1, { enrolledDaysAgo: 1 }, learnerUser.id);
  return { position, course, ready, late, learner, learnerUser };
}

let arranged: Awaited<ReturnType<typeof arrange>>;

describe("home summary", () => {
  beforeAll(async () => {
    arranged = await arrange();
  });

  it("shows a head who waits for sign-off and who is overdue in their department, and nobody else's", async () => {
    const home = await (await org.as("HEAD")).home.summary();
    if (home.role !== "HEAD") throw new Error("expected the head's summary");
    expect(home.waiting.people.map((p) => p.staffMemberId)).toContain(arranged.ready.id);
    expect(home.waiting.people.every((p) => p.status === "READY_FOR_REVIEW")).toBe(true);
    expect(home.overdue.people.find((p) => p.staffMemberId === arranged.late.id)).toMatchObject({
      name: "Lars Late",
      overdueCourses: 1,
    });
    expect(home.overdue.people.map((p) => p.staffMemberId)).not.toContain(arranged.ready.id);

    const otherHead = await callerFor(org.db, org.users.headB);
    const other = await otherHead.home.summary();
    if (other.role !== "HEAD") throw new Error("expected the head's summary");
    const seen = [...other.waiting.people, ...other.overdue.people].map((p) => p.departmentId);
    expect(seen.every((d) => d === org.org.deptB.id)).toBe(true);
  });

  it("counts a lapsed sign-off as overdue", async () => {
    const head = await org.as("HEAD");
    const staff = await createStaffMember(org.db, {
      departmentId: org.org.deptA.id,
      positionId: arranged.position.id,
      name: "Lea Lapsed",
    });
    await org.db.signOff.create({
      data: {
        staffMemberId: staff.id,
        positionId: arranged.position.id,
        requirementKeys: [],
        percent: 100,
        signedOffById: org.users.headA.id,
      },
    });
    const home = await head.home.summary();
    if (home.role !== "HEAD") throw new Error("expected the head's summary");
    expect(home.overdue.people[0]).toMatchObject({ staffMemberId: staff.id, status: "LAPSED" });
  });

  it("tells a staff member what stands between them and sign-off", async () => {
    const home = await (await callerFor(org.db, arranged.learnerUser)).home.summary();
    if (home.role !== "STAFF") throw new Error("expected the staff summary");
    expect(home.readiness).toMatchObject({ status: "IN_PROGRESS", hasProfile: true });
    expect(home.readiness!.blockers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "requirement",
          actual: 1,
          status: "partial",
          summary: expect.objectContaining({ kind: "EXPERTISE", level: 3, segmentName: "Segment A" }),
        }),
        expect.objectContaining({ kind: "course", courseId: arranged.course.id, title: "Home desk basics" }),
      ]),
    );
  });

  it("shows HR open seats per segment with the segment's coverage gap, the orphan segment excluded", async () => {
    const { db } = org;
    await db.department.update({ where: { id: org.org.deptA.id }, data: { targetHeadcount: 6 } });
    const home = await (await org.as("HR")).home.summary();
    if (home.role !== "HR") throw new Error("expected the HR summary");
    const a = home.openingsBySegment.find((s) => s.segmentId === org.org.segmentA.id)!;
    // The same figures as the coverage page: signed off and not lapsed, against the departments' targets.
    const coverage = (await (await org.as("HR")).coverage.overview()).segments.find(
      (s) => s.segmentId === org.org.segmentA.id,
    )!;
    // "Home desk": 5 seats, 4 people; Advisor A: 3 seats, Staff A.
    expect(a.openSeats).toBe(1 + 2);
    expect(a).toMatchObject({
      name: "Segment A",
      target: 6,
      signedOff: coverage.signedOff,
      gap: coverage.gap,
    });
    expect(coverage.gap).toBe(6 - coverage.signedOff);
    expect(home.openingsBySegment.map((s) => s.segmentId)).not.toContain(org.org.orphan.id);
  });

  it("reads with the same number of queries whatever the number of people", async () => {
    const logged = new PrismaClient({
      adapter: new PrismaPg({ connectionString: org.url }),
      log: [{ emit: "event", level: "query" }],
    });
    let queries = 0;
    logged.$on("query", () => {
      queries += 1;
    });
    const count = async (user: Parameters<typeof homeSummary>[1]) => {
      // ADMIN/HR figures are stored until the data changes: make every count the computing path (the one
      // that reads the company), as after a change, rather than a reuse of figures another test stored.
      await org.db.$executeRaw`UPDATE "CompanyDataVersion" SET "version" = "version" + 1`;
      queries = 0;
      await homeSummary(logged, user);
      return queries;
    };
    try {
      const users = await org.db.user.findMany({
        where: { id: { in: [org.users.headA.id, org.users.hr.id, arranged.learnerUser.id] } },
      });
      const asSession = (id: string) => {
        const u = users.find((x) => x.id === id)!;
        return {
          id: u.id,
          name: u.name,
          email: u.email,
          role: u.role,
          locale: u.locale,
          mustChangePassword: u.mustChangePassword,
        };
      };
      const ids = [org.users.headA.id, org.users.hr.id, arranged.learnerUser.id];
      const countAll = async () => {
        const counts: number[] = [];
        for (const id of ids) counts.push(await count(asSession(id))); // one at a time: the counter is shared
        return counts;
      };
      const before = await countAll();
      const dept = await createDepartment(org.db, {
        segmentId: org.org.segmentA.id,
        headId: org.users.headA.id,
      });
      for (let i = 0; i < 6; i++)
        await createStaffMember(org.db, {
          departmentId: dept.id,
          positionId: (await createPosition(org.db, { departmentId: dept.id })).id,
        });
      const after = await countAll();
      expect(after).toEqual(before);
    } finally {
      await logged.$disconnect();
    }
  });
});
