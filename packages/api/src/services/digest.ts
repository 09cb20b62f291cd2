/**
 * The weekly digest (issue 18, item 5): per person, the newest published stories and the top feedback themes of
 * their department's customer segment in the last complete week. Who gets one: every active user with a staff
 * record (their department's segment) and every head (the segments of the active departments they head), each
 * segment once. HR and admins without a staff record get none: their scope is the whole company, which the
 * insight page serves; their digest page says so.
 *
 * The weekly `weekly-digest` job builds the week's digests (domain rules: `selectDigestStories`,
 * `rankDigestThemes`), inserting one row per (person, week) with ON CONFLICT DO NOTHING and, in the same
 * transaction, the in-app notification of each row its insert created. Two servers, a retry or a restart
 * therefore build one digest and one notification per person and week; the e-mail is that notification's, sent
 * once by the notification-email job (claimed with SKIP LOCKED, stamped `emailedAt`), and only to people whose
 * `digestEmail` is on.
 */
import { writeAudit, type Db, type DbClient } from "@portal/db";
import {
  buildDigestContent,
  digestHasNews,
  digestWeekOf,
  lastWeeks,
  markdownExcerpt,
  rankDigestThemes,
  selectDigestStories,
  type DigestContent,
  type DigestSection,
  type TagCounts,
} from "@portal/domain";
import { digestContentSchema, type digestQuery } from "@portal/validators";
import type { z } from "zod";
import { countFeedbackWeeks } from "./feedback/insight";
import type { Actor } from "../actor";

const WEEK_MS = 7 * 86_400_000;
/** Weeks of feedback the rising rule looks at (its two windows of four), the digest's week last. */
const themeHistoryWeeks = 8;
/** People whose digests are written in one transaction. */
const batchSize = 200;
/** Weeks listed on the digest page. */
const listedWeeks = 26;

const dayKey = (d: Date) => d.toISOString().slice(0, 10);
export const digestLink = (weekOf: string) => `/digest?week=${weekOf}`;

/** Each recipient's segments: the department of their staff record and the active departments they head. */
export async function digestRecipients(db: DbClient, userIds?: string[]) {
  const users = await db.user.findMany({
    where: {
      active: true,
      ...(userIds ? { id: { in: userIds } } : {}),
      OR: [{ staffMember: { department: { archived: false } } }, { headOf: { some: { archived: false } } }],
    },
    orderBy: { id: "asc" },
    select: {
      id: true,
      staffMember: { select: { department: { select: { archived: true, segmentId: true } } } },
      headOf: { where: { archived: false }, select: { segmentId: true } },
    },
  });
  return users.map((u) => {
    const segments = new Set(u.headOf.map((d) => d.segmentId));
    const own = u.staffMember?.department;
    if (own && !own.archived) segments.add(own.segmentId);
    return { userId: u.id, segmentIds: [...segments].sort() };
  });
}

/** One section per segment: its stories published in the week and its feedback themes (8 weeks of tag counts). */
export async function digestSections(db: Db, segmentIds: string[], weekOf: Date) {
  const weekEnd = new Date(weekOf.getTime() + WEEK_MS);
  const history = lastWeeks(weekOf, themeHistoryWeeks);
  const [segments, stories, figuresOf] = await Promise.all([
    db.customerSegment.findMany({ where: { id: { in: segmentIds } }, select: { id: true, name: true } }),
    db.serviceStory.findMany({
      where: {
        segmentId: { in: segmentIds },
        status: "PUBLISHED",
        publishedAt: { gte: weekOf, lt: weekEnd },
      },
      select: { id: true, segmentId: true, title: true, situation: true, language: true, publishedAt: true },
    }),
    countFeedbackWeeks(db, segmentIds, history[0]!, weekEnd),
  ]);
  const sections = new Map<string, DigestSection>();
  for (const segment of segments) {
    const weeks: TagCounts[] = history.map((w) => figuresOf(segment.id, w).tagCounts);
    sections.set(segment.id, {
      segment,
      stories: selectDigestStories(
        stories
          .filter((s) => s.segmentId === segment.id)
          .map((s) => ({
            id: s.id,
            title: s.title,
            excerpt: markdownExcerpt(s.situation, 200),
            language: s.language,
            publishedAt: s.publishedAt!,
          })),
        weekOf,
      ),
      themes: rankDigestThemes(weeks),
      feedbackTotal: figuresOf(segment.id, weekOf).total,
    });
  }
  return sections;
}

/**
 * The weekly-digest job: builds the digests of the last complete week for everyone who gets one. A person whose
 * digest of that week exists already is left alone (their row, notification and e-mail are not written again).
 */
export async function buildWeeklyDigests(db: Db, now: Date, onlyUserIds?: string[]) {
  const weekOf = digestWeekOf(now);
  const recipients = await digestRecipients(db, onlyUserIds);
  const done = new Set(
    (
      await db.weeklyDigest.findMany({
        where: { weekOf, userId: { in: recipients.map((r) => r.userId) } },
        select: { userId: true },
      })
    ).map((d) => d.userId),
  );
  const todo = recipients.filter((r) => !done.has(r.userId));
  const sections = await digestSections(db, [...new Set(todo.flatMap((r) => r.segmentIds))], weekOf);
  let created = 0;
  let notified = 0;
  for (let i = 0; i < todo.length; i += batchSize) {
    const batch = todo.slice(i, i + batchSize).map((r) => {
      const content = buildDigestContent(
        weekOf,
        r.segmentIds.flatMap((id) => sections.get(id) ?? []),
      );
      return { userId: r.userId, content, hasNews: digestHasNews(content) };
    });
    const result = await writeDigests(db, weekOf, batch);
    created += result.created;
    notified += result.notified;
  }
  return { weekOf: dayKey(weekOf), recipients: recipients.length, created, notified };
}

/**
 * Inserts a batch of digests and, for each row this insert created (not one another server or an earlier run
 * wrote), the notification when the week had news: one transaction, so a crash leaves neither.
 */
export async function writeDigests(
  db: Db,
  weekOf: Date,
  batch: { userId: string; content: DigestContent; hasNews: boolean }[],
) {
  if (batch.length === 0) return { created: 0, notified: 0 };
  const week = dayKey(weekOf);
  return db.$transaction(async (tx) => {
    const inserted = await tx.$queryRaw<{ userId: string; hasNews: boolean }[]>`
      INSERT INTO "WeeklyDigest" (id, "userId", "weekOf", content, "hasNews")
      SELECT gen_random_uuid()::text, x.user_id, ${week}::date, x.content::jsonb, x.has_news
      FROM unnest(${batch.map((b) => b.userId)}::text[], ${batch.map((b) => JSON.stringify(b.content))}::text[],
                  ${batch.map((b) => b.hasNews)}::boolean[]) AS x(user_id, content, has_news)
      ON CONFLICT ("userId", "weekOf") DO NOTHING
      RETURNING "userId", "hasNews"`;
    const notify = inserted.filter((r) => r.hasNews).map((r) => r.userId);
    if (notify.length > 0)
      await tx.$executeRaw`
        INSERT INTO "Notification" (id, "userId", kind, params, link, "dedupeKey")
        SELECT gen_random_uuid()::text, u, 'digest.weekly', ${JSON.stringify({ weekOf: week })}::jsonb,
               ${digestLink(week)}, 'digest:' || u || ':' || ${week}
        FROM unnest(${notify}::text[]) AS u
        ON CONFLICT ("dedupeKey") DO NOTHING`;
    return { created: inserted.length, notified: notify.length };
  });
}

const readContent = (value: unknown): DigestContent | null => {
  const parsed = digestContentSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/**
 * The caller's own digests (nobody reads anyone else's): the weeks they have, the chosen week's content (the
 * newest when none is chosen), whether they get digests at all and whether they are mailed.
 */
export async function myDigest(db: Db, actor: Actor, input: z.output<typeof digestQuery>) {
  const [user, weeks, recipient] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { digestEmail: true } }),
    db.weeklyDigest.findMany({
      where: { userId: actor.id },
      orderBy: { weekOf: "desc" },
      take: listedWeeks,
      select: { weekOf: true, hasNews: true },
    }),
    digestRecipients(db, [actor.id]),
  ]);
  const chosen = input.week ? new Date(`${input.week}T00:00:00Z`) : weeks[0]?.weekOf;
  const row = chosen
    ? await db.weeklyDigest.findUnique({
        where: { userId_weekOf: { userId: actor.id, weekOf: chosen } },
        select: { weekOf: true, content: true, createdAt: true },
      })
    : null;
  return {
    receives: (recipient[0]?.segmentIds.length ?? 0) > 0,
    emailEnabled: user.digestEmail,
    weeks: weeks.map((w) => ({ weekOf: dayKey(w.weekOf), hasNews: w.hasNews })),
    digest: row
      ? { weekOf: dayKey(row.weekOf), builtAt: row.createdAt, content: readContent(row.content) }
      : null,
  };
}
export type MyDigest = Awaited<ReturnType<typeof myDigest>>;

/** Turns the caller's own digest e-mail off or on (audited); the digest stays in the app either way. */
export async function setDigestEmail(db: Db, actor: Actor, enabled: boolean) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { digestEmail: true },
    });
    if (before.digestEmail === enabled) return { enabled };
    await tx.user.update({ where: { id: actor.id }, data: { digestEmail: enabled } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "user.setDigestEmail",
      entityType: "User",
      entityId: actor.id,
      before: { digestEmail: before.digestEmail },
      after: { digestEmail: enabled },
    });
    return { enabled };
  });
}

/** The stored digest a digest notification points at, for its e-mail (null when it is gone or unreadable). */
export async function digestForMail(db: DbClient, userId: string, weekOf: string) {
  const row = await db.weeklyDigest.findUnique({
    where: { userId_weekOf: { userId, weekOf: new Date(`${weekOf}T00:00:00Z`) } },
    select: { content: true },
  });
  return row ? readContent(row.content) : null;
}
