/**
 * Segment insight over time (issue 18): which tags of a segment's front-line feedback are rising. Pure: the
 * api gives weekly tag counts (oldest week first) and gets the flagged tags back.
 */

/** A week's feedback tags and how many items carried each. */
export type TagCounts = Readonly<Record<string, number>>;

/**
 * A tag is rising when, in the last `window` weeks, it was used at least `minCount` times and at least `factor`
 * times as often as in the `window` weeks before (so a tag that is new in the recent window rises as soon as it
 * reaches `minCount`). The minimum keeps one-off tags (1 -> 2) from being flagged.
 */
export type RisingRule = { window: number; minCount: number; factor: number };
export const defaultRisingRule: RisingRule = { window: 4, minCount: 3, factor: 2 };

export type RisingTag = {
  tag: string;
  /** Uses in the last `window` weeks. */
  recent: number;
  /** Uses in the `window` weeks before those. */
  previous: number;
  /** Not used at all in the previous period. */
  isNew: boolean;
};

const usable = (n: number) => Number.isFinite(n) && n > 0;

/** The tag counts of several weeks added up. */
export function sumTagCounts(weeks: readonly TagCounts[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const week of weeks)
    for (const [tag, n] of Object.entries(week)) if (usable(n)) total[tag] = (total[tag] ?? 0) + n;
  return total;
}

/** Most used first; a tie goes to the tag that sorts first, so the order never depends on the input's order. */
export function topTags(counts: TagCounts, limit: number): { tag: string; count: number }[] {
  return Object.entries(counts)
    .filter(([, n]) => usable(n))
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0))
    .slice(0, Math.max(0, limit));
}

/**
 * The rising tags of a run of weeks (oldest first; a week without feedback is an empty object), the steepest
 * rise first, then the most used, then by tag. Fewer weeks than two windows: the missing ones count as empty.
 */
export function risingTags(weeks: readonly TagCounts[], rule: RisingRule = defaultRisingRule): RisingTag[] {
  const window = Math.max(1, Math.floor(rule.window));
  const minCount = Math.max(1, rule.minCount);
  const recentWeeks = weeks.slice(Math.max(0, weeks.length - window));
  const previousWeeks = weeks.slice(
    Math.max(0, weeks.length - 2 * window),
    Math.max(0, weeks.length - window),
  );
  const recent = sumTagCounts(recentWeeks);
  const previous = sumTagCounts(previousWeeks);
  const rising: RisingTag[] = [];
  for (const [tag, r] of Object.entries(recent)) {
    const p = previous[tag] ?? 0;
    if (r >= minCount && r > p && r >= rule.factor * p)
      rising.push({ tag, recent: r, previous: p, isNew: p === 0 });
  }
  return rising.sort(
    (a, b) =>
      b.recent - b.previous - (a.recent - a.previous) ||
      b.recent - a.recent ||
      (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0),
  );
}
