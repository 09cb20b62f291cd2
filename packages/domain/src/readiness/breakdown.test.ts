import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { PersonAttributes } from "../fit/types";
import { assessReadiness, readinessBreakdown, type RequiredCourseState } from "./readiness";

const asOf = new Date("2026-11-23T00:00:00Z");
const tenths = (x: number) => Math.round(x * 10);

const arbitraryInput = fc.record({
  levels: fc.array(
    fc.record({ level: fc.integer({ min: 0, max: 4 }), weight: fc.integer({ min: 1, max: 100 }) }),
    {
      maxLength: 6,
    },
  ),
  years: fc.integer({ min: 0, max: 10 }),
  yearsWeight: fc.integer({ min: 1, max: 100 }),
  courses: fc.array(
    fc.record({
      status: fc.constantFrom<RequiredCourseState["status"]>(
        "NOT_STARTED",
        "IN_PROGRESS",
        "COMPLETED",
        "EXPIRED",
      ),
      progress: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { maxLength: 4 },
  ),
});

describe("readinessBreakdown", () => {
  it("the parts' points add up to the readiness percentage, the shares to 100, each part within rounding", () => {
    fc.assert(
      fc.property(arbitraryInput, ({ levels, years, yearsWeight, courses }) => {
        const person: PersonAttributes = {
          expertise: new Map(levels.map((l, i) => [`s${i}`, l.level])),
          customerFacingYears: years,
          languages: new Map(),
          certifications: [],
          criteria: new Map(),
        };
        const readiness = assessReadiness({
          requirements: [
            ...levels.map((l, i) => ({
              id: `r${i}`,
              key: `expertise:s${i}:3`,
              requirement: {
                kind: "expertise" as const,
                segmentId: `s${i}`,
                level: 3 as const,
                weight: l.weight,
                mustHave: i === 0,
              },
            })),
            {
              id: "years",
              key: "experience:5",
              requirement: { kind: "experience" as const, years: 5, weight: yearsWeight, mustHave: false },
            },
          ],
          person,
          courses: courses.map((c, i) => ({ courseId: `c${i}`, title: `Course ${i}`, ...c })),
          signOff: null,
          asOf,
        });
        const { parts, percent } = readinessBreakdown(readiness.items);
        expect(percent).toBe(readiness.percent);
        expect(parts).toHaveLength(readiness.items.length);
        expect(parts.reduce((s, p) => s + tenths(p.points), 0)).toBe(tenths(readiness.percent));
        expect(parts.reduce((s, p) => s + tenths(p.share), 0)).toBe(1000);
        const totalWeight = readiness.items.reduce((s, i) => s + i.weight, 0);
        readiness.items.forEach((item, n) => {
          const part = parts[n]!;
          expect(part.ratio).toBe(item.ratio);
          expect(Math.abs(part.share - (100 * item.weight) / totalWeight)).toBeLessThanOrEqual(0.1 + 1e-9);
          expect(Math.abs(part.points - (100 * item.weight * item.ratio) / totalWeight)).toBeLessThanOrEqual(
            0.1 + 1e-9,
          );
        });
      }),
    );
  });

  it("a part at 83.3 % contributes 83.3 % of its share; points and shares are rounded to add up", () => {
    // Two parts of weight 3 (one met, one at 5/6 = 83.3 %) and one of weight 2 at 0: (3 + 2.5 + 0) / 8 = 68.75 %.
    const { parts, percent } = readinessBreakdown([
      { weight: 3, ratio: 1 },
      { weight: 3, ratio: 5 / 6 },
      { weight: 2, ratio: 0 },
    ]);
    expect(percent).toBe(68.8);
    expect(parts.map((p) => p.share)).toEqual([37.5, 37.5, 25]);
    expect(parts.map((p) => p.points)).toEqual([37.5, 31.3, 0]);
  });

  it("nothing to measure: no parts, 100 %", () => {
    expect(readinessBreakdown([])).toEqual({ parts: [], percent: 100 });
  });
});
