import type { Db } from "@portal/db";
import { locales, type Locale } from "@portal/validators/locales";
import {
  isTimeZone,
  notificationMessage,
  notificationValues,
  readNotificationContent,
} from "@portal/validators";
import { digestForMail } from "./digest";
import { composeDigestMail } from "./digest-mail";
import { createFormatter, createTranslator, type AbstractIntlMessages } from "use-intl/core";

/** A mail: plain text always, and an HTML part for the mails that have one (the weekly digest). */
export type OutgoingMail = { to: string; subject: string; text: string; html?: string };

/**
 * What the mail job needs: a way to send one message, the portal's address for links, and the web app's message
 * catalogue of a locale (each mail is written in its recipient's language) with the time zone its dates are in.
 */
export type NotificationMailer = {
  send: (mail: OutgoingMail) => Promise<void>;
  baseUrl: string;
  /** The `notifications` messages (and any others) of a locale, over English. */
  messages: (locale: Locale) => Promise<AbstractIntlMessages>;
  timeZone: string;
};

/** A claim older than this is taken as abandoned (a crash mid-send) and the notification is sent again. */
export const emailClaimTimeoutMinutes = 15;
/** Notifications older than this are not mailed: turning SMTP on must not send a backlog of stale news. */
export const emailMaxAgeHours = 24;

type Claimed = {
  id: string;
  userId: string;
  email: string;
  name: string;
  locale: string;
  /** The recipient's own time zone, or null for the company's (`NotificationMailer.timeZone`). */
  timeZone: string | null;
  kind: string;
  params: unknown;
  link: string | null;
};

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
        -- a weekly digest is mailed only to people who keep its e-mail on (read at sending time)
        AND (c.kind <> 'digest.weekly' OR cu."digestEmail")
        AND (c."emailClaimedAt" IS NULL OR c."emailClaimedAt" < ${staleClaim})
      ORDER BY c."createdAt", c.id
      LIMIT ${batchSize}
      FOR UPDATE OF c SKIP LOCKED
    )
    RETURNING n.id, n."userId", u.email, u.name, u.locale, u."timeZone", n.kind, n.params, n.link`;

  let sent = 0;
  const failed: string[] = [];
  for (const n of claimed) {
    try {
      await mailer.send({ to: n.email, ...(await composeNotificationMail(db, n, mailer)) });
      await db.notification.update({ where: { id: n.id }, data: { emailedAt: new Date() } });
      sent += 1;
    } catch {
      failed.push(n.id);
    }
  }
  return { claimed: claimed.length, sent, failed: failed.length };
}

/** A digest notification's mail carries the digest itself; every other notification's mail is its message. */
async function composeNotificationMail(
  db: Db,
  n: Claimed,
  mailer: NotificationMailer,
): Promise<Omit<OutgoingMail, "to">> {
  const content = readNotificationContent(n.kind, n.params);
  if (content.kind === "digest.weekly") {
    const digest = await digestForMail(db, n.userId, content.params.weekOf);
    if (digest) return composeDigestMail(n, digest, mailer);
  }
  return composeMail(n, mailer);
}

const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value);

/**
 * The mail of one notification in its recipient's language (English for a locale the portal does not have), its
 * dates in their time zone.
 */
export async function composeMail(
  n: Pick<Claimed, "name" | "locale" | "timeZone" | "kind" | "params" | "link">,
  mailer: Pick<NotificationMailer, "baseUrl" | "messages" | "timeZone">,
): Promise<{ subject: string; text: string }> {
  const locale = isLocale(n.locale) ? n.locale : "en";
  const timeZone = n.timeZone && isTimeZone(n.timeZone) ? n.timeZone : mailer.timeZone;
  const t = createTranslator({
    locale,
    messages: await mailer.messages(locale),
    namespace: "notifications",
    timeZone,
    // A message missing from the catalogue must fail this send (it is retried later), not mail its key.
    onError: (error) => {
      throw error;
    },
  });
  // The catalogue is typed in the web app; here a key is checked at run time (onError above).
  const translate = t as unknown as (key: string, values?: Record<string, string>) => string;
  const format = createFormatter({ locale, timeZone });
  const message = notificationMessage(readNotificationContent(n.kind, n.params));
  const values = notificationValues(message, (d) => format.dateTime(d, { dateStyle: "long" }));
  const { key } = message;
  const subject = translate(`kinds.${key}.title`, values);
  const body = translate(`kinds.${key}.body`, values);
  const lines = [translate("mail.greeting", { name: n.name }), "", body || subject];
  if (n.link) lines.push("", translate("mail.open", { url: new URL(n.link, mailer.baseUrl).toString() }));
  lines.push("", translate("mail.footer"));
  return { subject, text: lines.join("\n") };
}
