import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { daysBetween, daysHistogram, timeToSignOffStats } from "./histogram";

describe("daysHistogram", () => {
  it("uses weekly bars for short durations", () => {
    expect(daysHistogram([0, 6, 7, 20])).toEqual([
      { from: 0, to: 7, count: 2 },
      { from: 7, to: 14, count: 1 },
      { from: 14, to: 21, count: 1 },
    ]);
  });

  it("widens the bars to stay within the limit and keeps the long tail in an open last bar", () => {
    expect(daysHistogram([10, 200]).map((b) => b.to! - b.from)).toEqual(Array(7).fill(30));
    const tail = daysHistogram([1, 365 * 20], 12);
    expect(tail).toHaveLength(12);
    expect(tail.at(-1)).toMatchObject({ to: null, count: 1 });
  });

  it("counts every value exactly once", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1 }), (days) => {
        const bins = daysHistogram(days);
        expect(bins.reduce((s, b) => s + b.count, 0)).toBe(days.length);
        expect(bins.length).toBeLessThanOrEqual(12);
      }),
    );
  });

  it("is empty without values", () => {
    expect(daysHistogram([])).toEqual([]);
  });
});

describe("timeToSignOffStats", () => {
  it("gives median and p90 per department and per position", () => {
    const rows = [
      { departmentId: "d1", positionId: "p1", days: 10 },
      { departmentId: "d1", positionId: "p2", days: 30 },
      { departmentId: "d2", positionId: null, days: 50 },
    ];
    const stats = timeToSignOffStats(rows);
    expect(stats.overall).toEqual({ count: 3, median: 30, p90: 50 });
    expect(stats.departments).toEqual([
      { id: "d1", count: 2, median: 20, p90: 30 },
      { id: "d2", count: 1, median: 50, p90: 50 },
    ]);
    expect(stats.positions.map((p) => p.id)).toEqual(["p1", "p2"]);
  });

  it("counts whole days and never a negative duration", () => {
    expect(daysBetween(new Date("2026-01-01"), new Date("2026-01-31T12:00:00Z"))).toBe(30);
    expect(daysBetween(new Date("2026-02-01"), new Date("2026-01-01"))).toBe(0);
  });
});
