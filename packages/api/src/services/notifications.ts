import type { Db } from "@portal/db";
import { readNotificationContent } from "@portal/validators";
import { pageArgs, toPage } from "../pagination";
import type { Actor } from "../actor";

/** The caller's own notifications, newest first, each as its message key and parameters; nobody reads anyone else's. */
export async function listNotifications(
  db: Db,
  actor: Actor,
  q: { page: number; pageSize: number; unreadOnly: boolean },
) {
  const where = { userId: actor.id, ...(q.unreadOnly ? { readAt: null } : {}) };
  // Side by side, not a batch transaction (which holds one pooled connection for three round trips and fails
  // after 2 s waiting for one under load); the counts need no snapshot shared with the page.
  const [items, total, unread] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(q),
      select: { id: true, kind: true, params: true, link: true, createdAt: true, readAt: true },
    }),
    db.notification.count({ where }),
    q.unreadOnly ? null : db.notification.count({ where: { userId: actor.id, readAt: null } }),
  ]);
  // The reader's client renders each one's message in their language.
  const rendered = items.map(({ kind, params, ...n }) => ({
    ...n,
    content: readNotificationContent(kind, params),
  }));
  return { ...toPage(rendered, total, q), unread: unread ?? total };
}

export const unreadCount = (db: Db, actor: Actor) =>
  db.notification.count({ where: { userId: actor.id, readAt: null } });

/** Mark some (or all) of the caller's notifications read; marking again changes nothing. */
export async function markRead(db: Db, actor: Actor, ids: string[] | "all") {
  const { count } = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
  return { marked: count };
}
