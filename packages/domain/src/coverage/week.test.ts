import { describe, expect, it } from "vitest";
import { lastWeeks, weekStartUtc } from "./week";

describe("weekStartUtc", () => {
  it("is the Monday of the week in UTC, whatever the day and hour", () => {
    expect(weekStartUtc(new Date("2026-11-23T00:00:00Z")).toISOString()).toBe("2026-11-23T00:00:00.000Z"); // a Monday
    expect(weekStartUtc(new Date("2026-11-29T23:59:59Z")).toISOString()).toBe("2026-11-23T00:00:00.000Z"); // the Sunday after
    expect(weekStartUtc(new Date("2026-11-30T00:00:00Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });

  it("lists the last weeks oldest first, ending with the current one", () => {
    expect(lastWeeks(new Date("2026-11-25T10:00:00Z"), 3).map((d) => d.toISOString().slice(0, 10))).toEqual([
      "2026-11-09",
      "2026-11-16",
      "2026-11-23",
    ]);
  });
});
