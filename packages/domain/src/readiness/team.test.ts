import { describe, expect, it } from "vitest";
import { durationStats } from "./team";

describe("durationStats", () => {
  it("median and nearest-rank 90th percentile; nothing to measure gives nulls", () => {
    expect(durationStats([])).toEqual({ count: 0, median: null, p90: null });
    expect(durationStats([30, 10, 20])).toEqual({ count: 3, median: 20, p90: 30 });
    expect(durationStats([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ count: 10, median: 5.5, p90: 9 });
  });
});
