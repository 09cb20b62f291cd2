import { z } from "zod";
import { text } from "./common";
import { feedbackStatuses } from "./enums";

/**
 * What a notification says, stored as a message key (`kind`) and its parameters (`Notification.params`), never as
 * sentences: the notification centre and the e-mail render it in the reader's language (web messages
 * `notifications.kinds.<key>.title|body`). Dates are ISO timestamps, shown in the reader's time zone.
 * `legacy` holds the text of a row written before notifications were keys (migration `notification_params`).
 */
const isoDate = text().refine((s) => !Number.isNaN(Date.parse(s)));

export const notificationContent = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("course.dueSoon"), params: z.object({ course: text(), dueAt: isoDate }) }),
  z.object({ kind: z.literal("course.overdue"), params: z.object({ course: text(), dueAt: isoDate }) }),
  z.object({
    kind: z.literal("certificate.expiring"),
    params: z.object({ course: text(), expiresAt: isoDate }),
  }),
  // position: null when the person's position was unknown at the time.
  z.object({
    kind: z.literal("readiness.signedOff"),
    params: z.object({ position: text().nullable() }),
  }),
  z.object({ kind: z.literal("readiness.revoked"), params: z.object({ reason: text() }) }),
  // Front-line feedback (issue 18): the segment's head or HR changed its status or replied. `excerpt` is the
  // beginning of the author's own text (in the language it was written in), so they know which item it is.
  z.object({
    kind: z.literal("feedback.responded"),
    params: z.object({ status: z.enum(feedbackStatuses), excerpt: text(), replied: z.boolean() }),
  }),
  // --- service stories (issue 18): the author hears of a moderator's decision ---
  z.object({ kind: z.literal("story.published"), params: z.object({ title: text() }) }),
  z.object({ kind: z.literal("story.returned"), params: z.object({ title: text(), comment: text() }) }),
  z.object({ kind: z.literal("story.declined"), params: z.object({ title: text(), reason: text() }) }),
  // --- end service stories ---
  // The weekly digest (issue 18, item 5): `weekOf` is the Monday of the week it covers (YYYY-MM-DD), shown as
  // that day at noon UTC so every time zone shows the same date.
  z.object({ kind: z.literal("digest.weekly"), params: z.object({ weekOf: isoDate }) }),
  z.object({ kind: z.literal("legacy"), params: z.object({ title: text(), body: text() }) }),
]);
export type NotificationContent = z.infer<typeof notificationContent>;
export type NotificationKind = NotificationContent["kind"];

/** A stored row's content; a row this code cannot read (a kind from newer code) shows its kind as its title. */
export function readNotificationContent(kind: string, params: unknown): NotificationContent {
  const parsed = notificationContent.safeParse({ kind, params });
  return parsed.success ? parsed.data : { kind: "legacy", params: { title: kind, body: "" } };
}

/** The message of a content: its key under `notifications.kinds` and its values (dates as Date, to be formatted). */
export function notificationMessage(c: NotificationContent) {
  switch (c.kind) {
    case "course.dueSoon":
      return {
        key: "courseDueSoon",
        values: { course: c.params.course, dueAt: new Date(c.params.dueAt) },
      } as const;
    case "course.overdue":
      return {
        key: "courseOverdue",
        values: { course: c.params.course, dueAt: new Date(c.params.dueAt) },
      } as const;
    case "certificate.expiring":
      return {
        key: "certificateExpiring",
        values: { course: c.params.course, expiresAt: new Date(c.params.expiresAt) },
      } as const;
    case "readiness.signedOff":
      return c.params.position === null
        ? ({ key: "signedOffNoPosition", values: {} } as const)
        : ({ key: "signedOff", values: { position: c.params.position } } as const);
    case "readiness.revoked":
      return { key: "signOffRevoked", values: { reason: c.params.reason } } as const;
    case "feedback.responded":
      return {
        key: c.params.replied ? "feedbackReplied" : "feedbackStatusChanged",
        values: { status: c.params.status, excerpt: c.params.excerpt },
      } as const;
    // --- service stories (issue 18) ---
    case "story.published":
      return { key: "storyPublished", values: { title: c.params.title } } as const;
    case "story.returned":
      return { key: "storyReturned", values: { title: c.params.title, comment: c.params.comment } } as const;
    case "story.declined":
      return { key: "storyDeclined", values: { title: c.params.title, reason: c.params.reason } } as const;
    // --- end service stories ---
    case "digest.weekly":
      return { key: "weeklyDigest", values: { weekOf: new Date(`${c.params.weekOf}T12:00:00Z`) } } as const;
    case "legacy":
      return { key: "legacy", values: { title: c.params.title, body: c.params.body } } as const;
  }
}
export type NotificationMessage = ReturnType<typeof notificationMessage>;

/** A message's values as the strings its text takes, each date formatted by the reader's formatter. */
export function notificationValues(
  m: NotificationMessage,
  formatDate: (d: Date) => string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(m.values).map(([k, v]: [string, string | Date]) => [
      k,
      v instanceof Date ? formatDate(v) : v,
    ]),
  );
}
