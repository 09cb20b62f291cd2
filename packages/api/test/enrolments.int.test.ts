import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createApplication,
  createCandidate,
  createHiringProfile,
  createStaffMember,
  createUser,
} from "@portal/db/factories";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const lesson = { kind: "LESSON" as const, title: "Lesson", body: "Text", durationMinutes: 5 };

async function publishedCourse(title: string) {
  const hr = await org.as("HR");
  const course = await hr.courses.create({ title });
  await hr.courses.saveContent({
    courseId: course.id,
    content: { modules: [{ title: "M", items: [lesson, { ...lesson, title: "Second" }] }] },
  });
  await hr.courses.publish({ id: course.id });
  return course;
}

const enrolmentsOf = (staffMemberId: string) =>
  org.db.enrolment.findMany({
    where: { staffMemberId },
    include: { course: { select: { title: true } } },
    orderBy: { course: { title: "asc" } },
  });

describe("enrolment rules", () => {
  it("a new rule enrols the people it applies to now, due N days out; adding it again does nothing", async () => {
    const course = await publishedCourse("Segment A basics");
    const hr = await org.as("HR");
    const rule = {
      courseId: course.id,
      target: { kind: "segment" as const, segmentId: org.org.segmentA.id },
      dueDays: 14,
    };
    const first = await hr.enrolments.addRule(rule);
    expect(first).toMatchObject({ enrolled: 1, created: true });
    const [enrolment] = await enrolmentsOf(org.org.staffA.id);
    expect(enrolment).toMatchObject({
      source: "RULE",
      ruleId: first.ruleId,
      course: { title: "Segment A basics" },
    });
    expect(Math.round((enrolment!.dueAt!.getTime() - enrolment!.enrolledAt.getTime()) / 86_400_000)).toBe(14);
    expect(await enrolmentsOf(org.org.staffB.id)).toEqual([]);
    expect(await hr.enrolments.addRule(rule)).toEqual({ ruleId: first.ruleId, enrolled: 0, created: false });
  });

  it("creating a staff member enrols them in what their placement requires, in the same transaction", async () => {
    const course = await publishedCourse("Department B desk");
    const hr = await org.as("HR");
    await hr.enrolments.addRule({
      courseId: course.id,
      target: { kind: "department", departmentId: org.org.deptB.id },
      dueDays: 7,
      enrolExisting: false,
    });
    expect((await enrolmentsOf(org.org.staffB.id)).map((e) => e.course.title)).toEqual([]);
    const created = await hr.staff.create({
      email: "newcomer.b@test.example",
      name: "Newcomer B",
      departmentId: org.org.deptB.id,
      positionId: "",
      startDate: "2026-11-23",
      status: "ONBOARDING",
    });
    expect((await enrolmentsOf(created.staff.id)).map((e) => e.course.title)).toEqual(["Department B desk"]);
    const audit = await org.db.auditEvent.findFirst({
      where: { action: "enrolment.auto", entityId: created.staff.id },
    });
    expect(audit?.after).toMatchObject({ reason: "created" });
  });

  it("hiring a candidate enrols the new person inside the hire transaction, once even when the hire is retried", async () => {
    const course = await publishedCourse("Position A onboarding");
    const hr = await org.as("HR");
    await hr.enrolments.addRule({
      courseId: course.id,
      target: { kind: "position", positionId: org.org.positionA.id },
      dueDays: 21,
      enrolExisting: false,
    });
    const profile = await createHiringProfile(org.db, { positionId: org.org.positionA.id });
    const candidate = await createCandidate(org.db, {
      name: "Hired Candidate",
      email: "hired.candidate@test.example",
    });
    const application = await createApplication(org.db, {
      candidateId: candidate.id,
      positionId: org.org.positionA.id,
      profileId: profile.id,
      stage: "OFFER",
    });
    const [first, second] = await Promise.all([
      hr.applications.hire({ applicationId: application.id, startDate: "2026-12-01" }),
      hr.applications.hire({ applicationId: application.id, startDate: "2026-12-01" }),
    ]);
    expect(first.staff.id).toBe(second.staff.id);
    const enrolments = await enrolmentsOf(first.staff.id);
    expect(enrolments.map((e) => [e.course.title, e.source])).toContainEqual([
      "Position A onboarding",
      "RULE",
    ]);
    expect(enrolments.filter((e) => e.courseId === course.id)).toHaveLength(1);
    const audit = await org.db.auditEvent.findFirst({
      where: { action: "enrolment.auto", entityId: first.staff.id },
    });
    expect(audit?.after).toMatchObject({ reason: "hired" });
  });

  it("moving someone enrols them in the new department's courses and keeps the old ones with their progress", async () => {
    const aCourse = await publishedCourse("Dept A only");
    const bCourse = await publishedCourse("Dept B only");
    const hr = await org.as("HR");
    await hr.enrolments.addRule({
      courseId: aCourse.id,
      target: { kind: "department", departmentId: org.org.deptA.id },
      dueDays: 10,
      enrolExisting: false,
    });
    await hr.enrolments.addRule({
      courseId: bCourse.id,
      target: { kind: "department", departmentId: org.org.deptB.id },
      dueDays: 10,
      enrolExisting: false,
    });
    const user = await createUser(org.db, { role: "STAFF" });
    const person = await createStaffMember(org.db, { userId: user.id, departmentId: org.org.deptA.id });
    const updateData = {
      departmentId: org.org.deptB.id,
      positionId: "",
      startDate: "2026-11-01",
      status: "ACTIVE" as const,
    };
    await hr.staff.update({ id: person.id, data: { ...updateData, departmentId: org.org.deptA.id } });
    expect((await enrolmentsOf(person.id)).map((e) => e.course.title)).toEqual([]); // no move, no enrolment
    const kept = await org.db.enrolment.create({
      data: {
        staffMemberId: person.id,
        courseId: aCourse.id,
        versionId: (await org.db.courseVersion.findFirstOrThrow({ where: { courseId: aCourse.id } })).id,
        source: "RULE",
      },
    });
    await hr.staff.update({ id: person.id, data: updateData });
    const after = await enrolmentsOf(person.id);
    expect(after.map((e) => e.course.title)).toEqual(expect.arrayContaining(["Dept A only", "Dept B only"]));
    expect(after.find((e) => e.courseId === aCourse.id)?.id).toBe(kept.id);
  });

  it("removing a rule stops new enrolments but deletes nobody's", async () => {
    const course = await publishedCourse("Removed rule course");
    const hr = await org.as("HR");
    const inPosition = await org.db.staffMember.count({
      where: { positionId: org.org.positionA.id, status: { not: "LEFT" } },
    });
    const { ruleId } = await hr.enrolments.addRule({
      courseId: course.id,
      target: { kind: "position", positionId: org.org.positionA.id },
      dueDays: 5,
    });
    expect(await org.db.enrolment.count({ where: { courseId: course.id } })).toBe(inPosition);
    expect(await hr.enrolments.removeRule({ id: ruleId })).toEqual({ removed: true });
    expect(await hr.enrolments.removeRule({ id: ruleId })).toEqual({ removed: false });
    expect(await org.db.enrolment.count({ where: { courseId: course.id } })).toBe(inPosition);
    const created = await hr.staff.create({
      email: "late.a@test.example",
      name: "Late A",
      departmentId: org.org.deptA.id,
      positionId: org.org.positionA.id,
      startDate: "2026-11-23",
      status: "ONBOARDING",
    });
    expect((await enrolmentsOf(created.staff.id)).map((e) => e.course.title)).not.toContain(
      "Removed rule course",
    );
    expect((await hr.enrolments.rules({ courseId: course.id }))[0]).toMatchObject({
      id: ruleId,
      removedAt: expect.any(Date),
      enrolments: inPosition,
    });
  });

  it("refuses rules for archived targets and drafts-only courses enrol nobody", async () => {
    const hr = await org.as("HR");
    const draft = await hr.courses.create({ title: "Never published" });
    const result = await hr.enrolments.addRule({
      courseId: draft.id,
      target: { kind: "department", departmentId: org.org.deptA.id },
      dueDays: 3,
    });
    expect(result).toMatchObject({ created: true, enrolled: 0 });
    await expect(
      hr.enrolments.addRule({
        courseId: draft.id,
        target: { kind: "segment", segmentId: "missing" },
        dueDays: 3,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("manual enrolment and progress", () => {
  it("a head enrols only their own people, all or nothing; retries are harmless", async () => {
    const course = await publishedCourse("Manual course");
    const head = await org.as("HEAD");
    await expect(
      head.enrolments.enrol({
        courseId: course.id,
        staffMemberIds: [org.org.staffA.id, org.org.staffB.id],
        dueDays: 5,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await org.db.enrolment.count({ where: { courseId: course.id } })).toBe(0);
    expect(
      await head.enrolments.enrol({ courseId: course.id, staffMemberIds: [org.org.staffA.id], dueDays: 5 }),
    ).toEqual({ enrolled: 1, alreadyEnrolled: 0 });
    expect(
      await head.enrolments.enrol({ courseId: course.id, staffMemberIds: [org.org.staffA.id], dueDays: 5 }),
    ).toEqual({ enrolled: 0, alreadyEnrolled: 1 });
  });

  it("progress shows each enrolment's status; a head sees only their department", async () => {
    const course = await publishedCourse("Progress course");
    const hr = await org.as("HR");
    await hr.enrolments.enrol({
      courseId: course.id,
      staffMemberIds: [org.org.staffA.id, org.org.staffB.id],
      dueDays: 0,
    });
    const enrolmentA = await org.db.enrolment.findFirstOrThrow({
      where: { courseId: course.id, staffMemberId: org.org.staffA.id },
      include: { version: { include: { modules: { include: { items: true } } } } },
    });
    await org.db.itemProgress.create({
      data: { enrolmentId: enrolmentA.id, itemId: enrolmentA.version.modules[0]!.items[0]!.id },
    });
    const all = await hr.enrolments.progress({ courseId: course.id, sort: "name" });
    expect(all.items.map((i) => [i.name, i.status, i.progress, i.overdue])).toEqual([
      ["Staff A", "IN_PROGRESS", 0.5, true],
      ["Staff B", "NOT_STARTED", 0, true],
    ]);
    expect(all.summary).toEqual({ enrolments: 2, completed: 0, overdue: 2 });
    const headView = await (await org.as("HEAD")).enrolments.progress({ courseId: course.id });
    expect(headView.items.map((i) => i.name)).toEqual(["Staff A"]);
  });
});
