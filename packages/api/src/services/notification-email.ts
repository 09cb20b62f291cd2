import type { Db } from "@portal/db";

export type OutgoingMail = { to: string; subject: string; text: string };

/** What the mail job needs: a way to send one message and the portal's address for links. */
export type NotificationMailer = { send: (mail: OutgoingMail) => Promise<void>; baseUrl: string };

/** A claim older than this is taken as abandoned (a crash mid-send) and the notification is sent again. */
export const emailClaimTimeoutMinutes = 15;
/** Notifications older than this are not mailed: turning SMTP on must not send a backlog of stale news. */
export const emailMaxAgeHours = 24;

type Claimed = { id: string; email: string; name: string; title: string; body: string; link: string | null };

/**
 * Mails in-app notifications to their users. Each batch is claimed in one statement with SKIP LOCKED, so
 * two runs at once (two servers, a restart) never take the same notification; a sent one is stamped
 * `emailedAt` and never taken again. A send that fails keeps its claim and is retried after the claim
 * times out, until the notification is too old.
 */
export async function deliverNotificationEmails(
  db: Db,
  now: Date,
  mailer: NotificationMailer,
  batchSize = 50,
) {
  const staleClaim = new Date(now.getTime() - emailClaimTimeoutMinutes * 60_000);
  const oldest = new Date(now.getTime() - emailMaxAgeHours * 3_600_000);
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "Notification" AS n SET "emailClaimedAt" = ${now}
    FROM "User" AS u
    WHERE u.id = n."userId" AND n.id IN (
      SELECT c.id FROM "Notification" AS c JOIN "User" AS cu ON cu.id = c."userId"
      WHERE c."emailedAt" IS NULL AND c."createdAt" > ${oldest} AND cu.active
        AND (c."emailClaimedAt" IS NULL OR c."emailClaimedAt" < ${staleClaim})
      ORDER BY c."createdAt", c.id
      LIMIT ${batchSize}
      FOR UPDATE OF c SKIP LOCKED
    )
    RETURNING n.id, u.email, u.name, n.title, n.body, n.link`;

  let sent = 0;
  const failed: string[] = [];
  for (const n of claimed) {
    try {
      await mailer.send({ to: n.email, subject: n.title, text: mailText(n, mailer.baseUrl) });
      await db.notification.update({ where: { id: n.id }, data: { emailedAt: new Date() } });
      sent += 1;
    } catch {
      failed.push(n.id);
    }
  }
  return { claimed: claimed.length, sent, failed: failed.length };
}

function mailText(n: Claimed, baseUrl: string) {
  const lines = [`Hello ${n.name},`, "", n.body || n.title];
  if (n.link) lines.push("", `Open it in the portal: ${new URL(n.link, baseUrl).toString()}`);
  lines.push("", "You also find this message in the portal's notification centre.");
  return lines.join("\n");
}
