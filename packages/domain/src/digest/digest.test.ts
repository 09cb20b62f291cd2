import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { TagCounts } from "../feedback/insight";
import {
  buildDigestContent,
  digestHasNews,
  digestWeekOf,
  rankDigestThemes,
  selectDigestStories,
  type DigestStoryCandidate,
} from "./digest";

const monday = new Date("2026-11-30T00:00:00Z");
const story = (id: string, publishedAt: string): DigestStoryCandidate => ({
  id,
  title: `Story ${id}`,
  excerpt: "…",
  language: "da",
  publishedAt: new Date(publishedAt),
});

describe("digestWeekOf", () => {
  it("is the Monday of the last complete week", () => {
    expect(digestWeekOf(new Date("2026-12-07T06:00:00Z"))).toEqual(monday);
    expect(digestWeekOf(new Date("2026-12-13T23:59:59Z"))).toEqual(monday);
    expect(digestWeekOf(new Date("2026-12-14T00:00:00Z"))).toEqual(new Date("2026-12-07T00:00:00Z"));
  });
});

describe("selectDigestStories", () => {
  it("keeps the week's stories, newest first, at most the limit, in their own language", () => {
    const picked = selectDigestStories(
      [
        story("before", "2026-11-29T23:59:59Z"),
        story("a", "2026-11-30T00:00:00Z"),
        story("c", "2026-12-03T10:00:00Z"),
        story("b", "2026-12-03T10:00:00Z"),
        story("after", "2026-12-07T00:00:00Z"),
      ],
      monday,
      2,
    );
    expect(picked.map((s) => s.id)).toEqual(["b", "c"]);
    expect(picked[0]).toMatchObject({ language: "da", publishedAt: "2026-12-03T10:00:00.000Z" });
  });

  it("never depends on the input's order and never exceeds the limit", () => {
    const candidate = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      at: fc.integer({ min: -3 * 86_400_000, max: 10 * 86_400_000 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(candidate, { selector: (c) => c.id }), fc.nat(6), (cs, limit) => {
        const stories = cs.map((c) => story(c.id, new Date(monday.getTime() + c.at).toISOString()));
        const picked = selectDigestStories(stories, monday, limit);
        expect(selectDigestStories([...stories].reverse(), monday, limit)).toEqual(picked);
        expect(picked.length).toBeLessThanOrEqual(limit);
        for (const s of picked) {
          const t = Date.parse(s.publishedAt) - monday.getTime();
          expect(t >= 0 && t < 7 * 86_400_000).toBe(true);
        }
      }),
    );
  });
});

describe("rankDigestThemes", () => {
  it("ranks the week's tags by volume and flags the rising ones, adding a rising tag that missed the cut", () => {
    const quiet = Array.from({ length: 7 }, () => ({ fees: 2 }));
    const weeks: TagCounts[] = [...quiet.slice(0, 4), {}, {}, { queue: 2 }, { fees: 3, app: 3, queue: 1 }];
    expect(rankDigestThemes(weeks, 2)).toEqual([
      { tag: "app", count: 3, rising: true, isNew: true },
      { tag: "fees", count: 3, rising: false, isNew: false },
      { tag: "queue", count: 1, rising: true, isNew: true },
    ]);
  });

  it("is empty for a week without feedback", () => {
    expect(rankDigestThemes([{ fees: 4 }, {}])).toEqual([]);
    expect(rankDigestThemes([])).toEqual([]);
  });

  it("holds only tags of the week, each once, by volume within the top", () => {
    const week = fc.dictionary(fc.constantFrom("fees", "app", "queue", "loans"), fc.nat(5), { maxKeys: 4 });
    fc.assert(
      fc.property(fc.array(week, { maxLength: 10 }), fc.nat(4), (weeks, limit) => {
        const themes = rankDigestThemes(weeks, limit);
        const last = weeks.at(-1) ?? {};
        expect(new Set(themes.map((t) => t.tag)).size).toBe(themes.length);
        for (const t of themes) expect(t.count).toBe(last[t.tag]);
        const top = themes.slice(0, limit);
        for (let i = 1; i < top.length; i++) expect(top[i - 1]!.count).toBeGreaterThanOrEqual(top[i]!.count);
        for (const t of themes.slice(limit)) expect(t.rising).toBe(true);
      }),
    );
  });
});

describe("buildDigestContent", () => {
  const section = (id: string, name: string, news = false) => ({
    segment: { id, name },
    stories: [],
    themes: news ? [{ tag: "fees", count: 1, rising: false, isNew: false }] : [],
    feedbackTotal: news ? 1 : 0,
  });

  it("keeps each segment once, by name, and tells a quiet week", () => {
    const content = buildDigestContent(monday, [
      section("2", "Young"),
      section("1", "Private"),
      section("2", "Young"),
    ]);
    expect(content.weekOf).toBe("2026-11-30");
    expect(content.sections.map((s) => s.segment.id)).toEqual(["1", "2"]);
    expect(digestHasNews(content)).toBe(false);
    expect(digestHasNews(buildDigestContent(monday, [section("1", "Private", true)]))).toBe(true);
  });
});
