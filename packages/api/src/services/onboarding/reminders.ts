import type { Db, Prisma } from "@portal/db";
import { addDays } from "@portal/domain";
import type { NotificationContent } from "@portal/validators";
import { enqueueWebhookEvent } from "../webhooks/events";

/** How far ahead learners are reminded. */
export const dueSoonDays = 3;
export const certificateWarningDays = 30;

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Reminders as in-app notifications (a message key and its parameters, rendered in the reader's language): a course due within three days, a course overdue, a certificate
 * expiring within thirty days. Each reminder has a dedupe key (what, which, for which date), inserted with
 * skipDuplicates, so a job that runs twice — or twice at once after a restart — notifies once. Returns how
 * many new notifications were created.
 */
export async function sendLearningReminders(db: Db, now: Date) {
  const soon = addDays(now, dueSoonDays);
  const [open, expiring] = await Promise.all([
    db.enrolment.findMany({
      where: {
        passedAt: null,
        dueAt: { not: null, lte: soon },
        staffMember: { status: { not: "LEFT" }, user: { active: true } },
      },
      select: {
        id: true,
        dueAt: true,
        course: { select: { title: true } },
        staffMember: { select: { userId: true } },
      },
    }),
    db.certificate.findMany({
      where: {
        expiresAt: { gt: now, lte: addDays(now, certificateWarningDays) },
        enrolment: { staffMember: { status: { not: "LEFT" }, user: { active: true } } },
      },
      select: {
        id: true,
        expiresAt: true,
        enrolmentId: true,
        enrolment: {
          select: {
            passedAt: true,
            courseId: true,
            course: { select: { title: true } },
            staffMember: { select: { id: true, userId: true } },
          },
        },
      },
    }),
  ]);
  const rows: Prisma.NotificationCreateManyInput[] = [];
  const row = (userId: string, content: NotificationContent, link: string, dedupeKey: string) =>
    rows.push({ userId, kind: content.kind, params: content.params, link, dedupeKey });
  for (const e of open) {
    const overdue = e.dueAt! <= now;
    row(
      e.staffMember.userId,
      {
        kind: overdue ? "course.overdue" : "course.dueSoon",
        params: { course: e.course.title, dueAt: e.dueAt!.toISOString() },
      },
      `/learning/${e.id}`,
      `${overdue ? "overdue" : "due-soon"}:${e.id}:${day(e.dueAt!)}`,
    );
  }
  for (const c of expiring)
    row(
      c.enrolment.staffMember.userId,
      {
        kind: "certificate.expiring",
        params: { course: c.enrolment.course.title, expiresAt: c.expiresAt!.toISOString() },
      },
      `/learning/certificates/${c.id}`,
      `certificate-expiring:${c.id}`,
    );
  if (rows.length === 0) return { created: 0 };
  // The `certificate.expiring` webhook once per certificate (its dedupe key), in the reminders' transaction.
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.createMany({ data: rows, skipDuplicates: true });
    const subscribed = await tx.webhookEndpoint.count({
      where: { active: true, events: { has: "certificate.expiring" } },
    });
    for (const c of subscribed > 0 ? expiring : [])
      await enqueueWebhookEvent(
        tx,
        "certificate.expiring",
        {
          certificateId: c.id,
          staffMemberId: c.enrolment.staffMember.id,
          courseId: c.enrolment.courseId,
          course: c.enrolment.course.title,
          expiresAt: c.expiresAt!.toISOString(),
        },
        { occurredAt: now, dedupeKey: `certificate-expiring:${c.id}` },
      );
    return { created: count };
  });
}
