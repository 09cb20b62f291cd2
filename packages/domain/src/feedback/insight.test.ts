import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defaultRisingRule, risingTags, sumTagCounts, topTags, type TagCounts } from "./insight";

const week = (counts: Record<string, number> = {}): TagCounts => counts;
const empty = (n: number) => Array.from({ length: n }, () => week());
const tags = fc.constantFrom("fees", "app", "queue", "loans", "pension");
const weekArb = fc.dictionary(tags, fc.integer({ min: 0, max: 6 }), { maxKeys: 5 });
const weeksArb = fc.array(weekArb, { minLength: 0, maxLength: 14 });

describe("risingTags", () => {
  it("flags a tag used at least three times in the last four weeks and twice as often as the four before", () => {
    const weeks = [
      ...empty(4),
      week({ fees: 1 }),
      week({ app: 1 }),
      week(),
      week({ fees: 1 }),
      week({ fees: 2, app: 1 }),
      week({ fees: 1, app: 1 }),
      week({ app: 1 }),
      week({ fees: 1 }),
    ];
    // fees: 4 in the last four weeks against 2 before; app: 3 against 1. Both rise by 2: the more used first.
    expect(risingTags(weeks)).toEqual([
      { tag: "fees", recent: 4, previous: 2, isNew: false },
      { tag: "app", recent: 3, previous: 1, isNew: false },
    ]);
  });

  it("marks a tag that is new in the recent period, and ignores one below the minimum", () => {
    const weeks = [...empty(8), week({ queue: 2, rare: 1 }), week({ queue: 1, rare: 1 })];
    expect(risingTags(weeks)).toEqual([{ tag: "queue", recent: 3, previous: 0, isNew: true }]);
  });

  it("does not flag a steady or falling tag", () => {
    const steady = Array.from({ length: 8 }, () => week({ loans: 2 }));
    expect(risingTags(steady)).toEqual([]);
    const falling = [...Array.from({ length: 4 }, () => week({ loans: 3 })), ...empty(3), week({ loans: 4 })];
    expect(risingTags(falling)).toEqual([]);
  });

  it("reads fewer weeks than two periods as if the missing ones were empty", () => {
    expect(risingTags([week({ pension: 3 })])).toEqual([
      { tag: "pension", recent: 3, previous: 0, isNew: true },
    ]);
    expect(risingTags([])).toEqual([]);
  });

  it("flags only tags that meet the rule", () => {
    fc.assert(
      fc.property(weeksArb, (weeks) => {
        for (const r of risingTags(weeks)) {
          expect(r.recent).toBeGreaterThanOrEqual(defaultRisingRule.minCount);
          expect(r.recent).toBeGreaterThan(r.previous);
          expect(r.recent).toBeGreaterThanOrEqual(defaultRisingRule.factor * r.previous);
          expect(r.isNew).toBe(r.previous === 0);
        }
      }),
    );
  });

  it("keeps a rising tag rising when used more recently, and never flags a tag for more use long ago", () => {
    fc.assert(
      fc.property(weeksArb, tags, fc.integer({ min: 1, max: 5 }), (weeks, tag, extra) => {
        const eight = [...empty(8), ...weeks].slice(-8); // exactly the two periods
        const rises = (run: TagCounts[]) => risingTags(run).some((r) => r.tag === tag);
        const add = (at: number) =>
          eight.map((w, i) => (i === at ? { ...w, [tag]: (w[tag] ?? 0) + extra } : w));
        if (rises(eight)) expect(rises(add(7))).toBe(true);
        else expect(rises(add(0))).toBe(false);
      }),
    );
  });

  it("decides each tag on its own counts and ignores weeks before the two periods", () => {
    fc.assert(
      fc.property(weeksArb, weeksArb, (early, late) => {
        const all = [...early, ...late];
        const lastEight = all.slice(-8);
        expect(risingTags(all)).toEqual(risingTags(lastEight));
        for (const r of risingTags(all)) {
          const only = all.map((w) => (w[r.tag] ? { [r.tag]: w[r.tag]! } : {}));
          expect(risingTags(only)).toEqual([r]);
        }
      }),
    );
  });
});

describe("topTags and sumTagCounts", () => {
  it("orders by count, then by tag, and leaves out unused tags", () => {
    expect(topTags({ b: 2, a: 2, c: 5, d: 0 }, 3)).toEqual([
      { tag: "c", count: 5 },
      { tag: "a", count: 2 },
      { tag: "b", count: 2 },
    ]);
    expect(topTags({ a: 1 }, 0)).toEqual([]);
  });

  it("adds up weeks, whatever their order", () => {
    fc.assert(
      fc.property(weeksArb, (weeks) => {
        expect(sumTagCounts([...weeks].reverse())).toEqual(sumTagCounts(weeks));
        const total = Object.values(sumTagCounts(weeks)).reduce((s, n) => s + n, 0);
        expect(total).toBe(weeks.reduce((s, w) => s + Object.values(w).reduce((a, n) => a + n, 0), 0));
      }),
    );
  });
});
