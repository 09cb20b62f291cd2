/**
 * The weekly digest demo data (issue 18, item 5): last week's digest of everyone who gets one (staff with a
 * department, heads), chosen by the domain's rules from the demo stories and feedback seeded before it, with the
 * notification of each digest that has news, so /digest and the bell are not empty after seeding. The weekly job
 * builds the same rows (packages/api `buildWeeklyDigests`); it leaves these alone (one row per person and week).
 * Runs inside the demo seed's transaction, after the stories and the feedback.
 */
import {
  buildDigestContent,
  digestHasNews,
  digestWeekOf,
  lastWeeks,
  markdownExcerpt,
  rankDigestThemes,
  selectDigestStories,
  weekStartUtc,
  type DigestSection,
} from "@portal/domain";
import type { DbClient } from "../client";

const WEEK_MS = 7 * 86_400_000;

export async function seedDemoDigests(db: DbClient, now = new Date()) {
  const weekOf = digestWeekOf(now);
  const week = weekOf.toISOString().slice(0, 10);
  const weeks = lastWeeks(weekOf, 8);
  const weekEnd = new Date(weekOf.getTime() + WEEK_MS);
  const [segments, stories, feedback, users] = await Promise.all([
    db.customerSegment.findMany({ where: { archived: false }, select: { id: true, name: true } }),
    db.serviceStory.findMany({
      where: { status: "PUBLISHED", publishedAt: { gte: weekOf, lt: weekEnd } },
      select: { id: true, segmentId: true, title: true, situation: true, language: true, publishedAt: true },
    }),
    db.feedback.findMany({
      where: { createdAt: { gte: weeks[0]!, lt: weekEnd } },
      select: { segmentId: true, tags: true, createdAt: true },
    }),
    db.user.findMany({
      where: { active: true },
      select: {
        id: true,
        staffMember: { select: { department: { select: { archived: true, segmentId: true } } } },
        headOf: { where: { archived: false }, select: { segmentId: true } },
      },
    }),
  ]);
  const sections = new Map<string, DigestSection>();
  for (const segment of segments) {
    const tagWeeks = weeks.map((w) => {
      const counts: Record<string, number> = {};
      for (const f of feedback)
        if (f.segmentId === segment.id && weekStartUtc(f.createdAt).getTime() === w.getTime())
          for (const tag of f.tags) counts[tag] = (counts[tag] ?? 0) + 1;
      return counts;
    });
    sections.set(segment.id, {
      segment,
      stories: selectDigestStories(
        stories
          .filter((s) => s.segmentId === segment.id)
          .map((s) => ({ ...s, excerpt: markdownExcerpt(s.situation, 200), publishedAt: s.publishedAt! })),
        weekOf,
      ),
      themes: rankDigestThemes(tagWeeks),
      feedbackTotal: feedback.filter(
        (f) => f.segmentId === segment.id && weekStartUtc(f.createdAt).getTime() === weekOf.getTime(),
      ).length,
    });
  }
  let digests = 0;
  for (const user of users) {
    const ids = new Set(user.headOf.map((d) => d.segmentId));
    const own = user.staffMember?.department;
    if (own && !own.archived) ids.add(own.segmentId);
    if (ids.size === 0) continue;
    const content = buildDigestContent(
      weekOf,
      [...ids].flatMap((id) => sections.get(id) ?? []),
    );
    const hasNews = digestHasNews(content);
    await db.weeklyDigest.create({ data: { userId: user.id, weekOf, content, hasNews, createdAt: weekEnd } });
    if (hasNews)
      await db.notification.create({
        data: {
          userId: user.id,
          kind: "digest.weekly",
          params: { weekOf: week },
          link: `/digest?week=${week}`,
          dedupeKey: `digest:${user.id}:${week}`,
          createdAt: new Date(Math.min(now.getTime(), weekEnd.getTime() + 6 * 3_600_000)),
        },
      });
    digests++;
  }
  return digests;
}
