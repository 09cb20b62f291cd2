/**
 * The weekly digest (issue 18, item 5): what a person's customer segment published and said in one week. Pure:
 * the api loads the week's published stories and the segment's weekly feedback tag counts, these rules choose
 * and rank what goes in, and the result is stored as it was built (`DigestContent`) for the page and the mail.
 */
import { weekStartUtc } from "../coverage/week";
import { defaultRisingRule, risingTags, topTags, type RisingRule, type TagCounts } from "../feedback/insight";

const WEEK_MS = 7 * 86_400_000;

/** How many stories and themes one segment's section holds. */
export const digestStoryLimit = 5;
export const digestThemeLimit = 5;

/** The week a digest built at `now` covers: the last complete ISO week (Monday 00:00 UTC). */
export function digestWeekOf(now: Date): Date {
  return new Date(weekStartUtc(now).getTime() - WEEK_MS);
}

export type DigestStoryCandidate = {
  id: string;
  title: string;
  /** Plain text, in the story's own language. */
  excerpt: string;
  language: string;
  publishedAt: Date;
};

export type DigestStory = Omit<DigestStoryCandidate, "publishedAt"> & { publishedAt: string };

/**
 * The stories of a digest: those published within the week (from `weekOf`, a Monday, for seven days), newest
 * first (ties by id, so every server picks the same), at most `limit`. Stories keep the language they were
 * written in; nothing is translated.
 */
export function selectDigestStories(
  candidates: readonly DigestStoryCandidate[],
  weekOf: Date,
  limit = digestStoryLimit,
): DigestStory[] {
  const from = weekOf.getTime();
  const to = from + WEEK_MS;
  return candidates
    .filter((s) => s.publishedAt.getTime() >= from && s.publishedAt.getTime() < to)
    .sort(
      (a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, Math.max(0, limit))
    .map((s) => ({ ...s, publishedAt: s.publishedAt.toISOString() }));
}

export type DigestTheme = {
  tag: string;
  /** Feedback items carrying the tag in the digest's week. */
  count: number;
  /** Rising by the segment insight's rule (`risingTags`) over the weeks up to and including the digest's. */
  rising: boolean;
  /** Rising and not used at all in the period before. */
  isNew: boolean;
};

/**
 * The feedback themes of a digest: the week's tags by volume (most used first, ties by tag), at most `limit`,
 * each flagged when it is rising; a rising tag used in the week that missed the cut is added after them, so a
 * rising theme is never hidden by steady ones. `weeks` are the segment's tag counts oldest first, the digest's
 * week last (the insight's weekly figures).
 */
export function rankDigestThemes(
  weeks: readonly TagCounts[],
  limit = digestThemeLimit,
  rule: RisingRule = defaultRisingRule,
): DigestTheme[] {
  const week = weeks.at(-1) ?? {};
  const rising = new Map(risingTags(weeks, rule).map((r) => [r.tag, r]));
  const top = topTags(week, limit);
  const shown = new Set(top.map((t) => t.tag));
  const extra = [...rising.values()]
    .filter((r) => !shown.has(r.tag) && (week[r.tag] ?? 0) > 0)
    .map((r) => ({ tag: r.tag, count: week[r.tag]! }));
  return [...top, ...extra].map(({ tag, count }) => ({
    tag,
    count,
    rising: rising.has(tag),
    isNew: rising.get(tag)?.isNew ?? false,
  }));
}

export type DigestSection = {
  segment: { id: string; name: string };
  stories: DigestStory[];
  themes: DigestTheme[];
  /** Feedback items filed for the segment in the week. */
  feedbackTotal: number;
};

/** What one person's digest of one week says (stored as JSON; `version` lets later code read older rows). */
export type DigestContent = { version: 1; weekOf: string; sections: DigestSection[] };

/**
 * A person's digest from their segments' sections (one per segment, by name then id): segments are those of the
 * department their staff record is in and of the departments they head, each once.
 */
export function buildDigestContent(weekOf: Date, sections: readonly DigestSection[]): DigestContent {
  const seen = new Set<string>();
  const unique = sections.filter((s) => {
    if (seen.has(s.segment.id)) return false;
    seen.add(s.segment.id);
    return true;
  });
  return {
    version: 1,
    weekOf: weekOf.toISOString().slice(0, 10),
    sections: unique.sort(
      (a, b) =>
        a.segment.name.localeCompare(b.segment.name, "en") ||
        (a.segment.id < b.segment.id ? -1 : a.segment.id > b.segment.id ? 1 : 0),
    ),
  };
}

/** A week with nothing to tell (no story published, no feedback filed): stored, but nobody is notified. */
export const digestHasNews = (content: DigestContent) =>
  content.sections.some((s) => s.stories.length > 0 || s.themes.length > 0 || s.feedbackTotal > 0);
