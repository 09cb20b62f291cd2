import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffMember, createUser } from "@portal/db/factories";
import { callerFor, setupOrganization, type Org } from "./harness";
import { sendLearningReminders } from "../src/services/onboarding/reminders";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const days = (n: number) => new Date(Date.now() + n * 86_400_000);

async function learnerWithCourse(
  dueAt: Date | null,
  opts: { passedAt?: Date; certificateExpiresAt?: Date } = {},
) {
  const user = await createUser(org.db, { role: "STAFF" });
  const staff = await createStaffMember(org.db, { userId: user.id, departmentId: org.org.deptA.id });
  const course = await org.db.course.create({
    data: {
      title: `Course ${user.name}`,
      versions: { create: { version: 1, status: "PUBLISHED", publishedAt: new Date() } },
    },
    include: { versions: true },
  });
  const enrolment = await org.db.enrolment.create({
    data: {
      staffMemberId: staff.id,
      courseId: course.id,
      versionId: course.versions[0]!.id,
      source: "MANUAL",
      dueAt,
      passedAt: opts.passedAt ?? null,
    },
  });
  if (opts.certificateExpiresAt) {
    await org.db.certificate.create({
      data: {
        enrolmentId: enrolment.id,
        versionId: course.versions[0]!.id,
        verificationCode: `CERT-${user.id.slice(-8).toUpperCase()}`,
        expiresAt: opts.certificateExpiresAt,
      },
    });
  }
  return { user, enrolment };
}

describe("learning reminders", () => {
  it("notifies due soon, overdue and expiring certificates once, however often the job runs", async () => {
    const soon = await learnerWithCourse(days(2));
    const late = await learnerWithCourse(days(-1));
    const far = await learnerWithCourse(days(20));
    const done = await learnerWithCourse(days(-5), { passedAt: days(-6) });
    const expiring = await learnerWithCourse(null, { passedAt: days(-340), certificateExpiresAt: days(10) });
    const now = new Date();
    const [first, second] = await Promise.all([
      sendLearningReminders(org.db, now),
      sendLearningReminders(org.db, now),
    ]);
    expect(first.created + second.created).toBe(3);
    expect((await sendLearningReminders(org.db, now)).created).toBe(0);
    const kinds = async (userId: string) =>
      (await org.db.notification.findMany({ where: { userId } })).map((n) => n.kind);
    expect(await kinds(soon.user.id)).toEqual(["course.dueSoon"]);
    expect(await kinds(late.user.id)).toEqual(["course.overdue"]);
    expect(await kinds(far.user.id)).toEqual([]);
    expect(await kinds(done.user.id)).toEqual([]);
    expect(await kinds(expiring.user.id)).toEqual(["certificate.expiring"]);
    // Stored as a message key with parameters, no sentence in any language.
    expect(
      await org.db.notification.findMany({ where: { userId: expiring.user.id }, select: { params: true } }),
    ).toEqual([
      { params: { course: `Course ${expiring.user.name}`, expiresAt: expect.stringMatching(/^\d{4}-/) } },
    ]);
  });

  it("each user reads and marks only their own notifications", async () => {
    const a = await learnerWithCourse(days(-2));
    const b = await learnerWithCourse(days(-2));
    await sendLearningReminders(org.db, new Date());
    const callerA = await callerFor(org.db, a.user);
    const callerB = await callerFor(org.db, b.user);
    const listA = await callerA.notifications.list({});
    expect(listA).toMatchObject({
      total: 1,
      unread: 1,
      items: [
        {
          content: {
            kind: "course.overdue",
            params: { course: `Course ${a.user.name}`, dueAt: a.enrolment.dueAt!.toISOString() },
          },
          link: `/learning/${a.enrolment.id}`,
        },
      ],
    });
    // B cannot mark A's notification read.
    expect(await callerB.notifications.markRead({ ids: [listA.items[0]!.id] })).toEqual({ marked: 0 });
    expect(await callerA.notifications.unreadCount()).toBe(1);
    expect(await callerA.notifications.markRead({ ids: "all" })).toEqual({ marked: 1 });
    expect(await callerA.notifications.markRead({ ids: "all" })).toEqual({ marked: 0 });
    expect(await callerA.notifications.unreadCount()).toBe(0);
    expect((await callerA.notifications.list({ unreadOnly: true })).total).toBe(0);
  });
});
