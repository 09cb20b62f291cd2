import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apportionTenths, weightShares } from "./points";
import { scoreFit } from "./score";
import type { PersonAttributes, Requirement } from "./types";

const sumTenths = (xs: readonly number[]) => Math.round(xs.reduce((s, x) => s + x * 10, 0));
const asOf = new Date("2025-06-01T00:00:00Z");

/** True when the tenths left after flooring can go to whole groups of equal contributions. */
function tieRespectingExists(raw: readonly number[]): boolean {
  const tenths = raw.map((r) => Math.round(r * 10 * 1e6) / 1e6);
  const remaining =
    Math.round(tenths.reduce((s, t) => s + t, 0)) - tenths.reduce((s, t) => s + Math.floor(t), 0);
  const sizes = new Map<number, number>();
  for (const t of tenths) if (t > Math.floor(t)) sizes.set(t, (sizes.get(t) ?? 0) + 1);
  let reachable = new Set([0]);
  for (const size of sizes.values())
    reachable = new Set([...reachable, ...[...reachable].map((s) => s + size)]);
  return reachable.has(remaining);
}

describe("apportionTenths", () => {
  const rawArb = fc.array(
    fc.oneof(
      fc.double({ min: 0, max: 100, noNaN: true }),
      fc.constantFrom(0, 100 / 3, 100 / 6, 12.5, 25, 100 / 7),
    ),
    { minLength: 1, maxLength: 12 },
  );

  it("parts add up exactly to the total, each its raw value rounded down or up to a tenth", () => {
    fc.assert(
      fc.property(rawArb, (raw) => {
        const { total, parts } = apportionTenths(raw);
        expect(sumTenths(parts)).toBe(Math.round(total * 10));
        expect(Math.abs(total - raw.reduce((s, r) => s + r, 0))).toBeLessThanOrEqual(0.05 + 1e-9);
        parts.forEach((p, i) => expect(Math.abs(p - raw[i]!)).toBeLessThan(0.1 + 1e-9));
      }),
    );
  });

  it("equal contributions get equal parts whenever a rounding of whole groups adds up", () => {
    fc.assert(
      fc.property(rawArb, (raw) => {
        fc.pre(tieRespectingExists(raw));
        const { parts } = apportionTenths(raw);
        raw.forEach((r, i) =>
          raw.forEach((s, j) => {
            if (r === s) expect(parts[i]).toBe(parts[j]);
          }),
        );
      }),
    );
  });
});

describe("weightShares", () => {
  it("are shares of 100 that add up to exactly 100, proportional to the weights", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 15 }), (weights) => {
        const shares = weightShares(weights);
        expect(sumTenths(shares)).toBe(1000);
        const total = weights.reduce((s, w) => s + w, 0);
        shares.forEach((s, i) => expect(Math.abs(s - (100 * weights[i]!) / total)).toBeLessThan(0.1 + 1e-9));
      }),
    );
  });

  it("reads 50 + 25 + 25 for weights 2, 1, 1", () => {
    expect(weightShares([2, 1, 1])).toEqual([50, 25, 25]);
  });
});

describe("the fit explanation adds up", () => {
  const person: PersonAttributes = {
    expertise: { a: 4, b: 4, c: 2, d: 1 },
    customerFacingYears: 3,
    languages: {},
    certifications: [],
    criteria: { x: 5, y: 3 },
  };
  const requirementArb: fc.Arbitrary<Requirement> = fc.record({
    kind: fc.constant("expertise" as const),
    segmentId: fc.constantFrom("a", "b", "c", "d", "e"),
    level: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
    weight: fc.integer({ min: 1, max: 5 }),
    mustHave: fc.boolean(),
  });

  it("points sum to the score, shares to 100, and equal met requirements of equal weight show equal points", () => {
    fc.assert(
      fc.property(fc.array(requirementArb, { minLength: 1, maxLength: 10 }), (requirements) => {
        const fit = scoreFit(person, requirements, asOf);
        expect(sumTenths(fit.requirements.map((r) => r.points))).toBe(Math.round(fit.score * 10));
        expect(sumTenths(fit.requirements.map((r) => r.share))).toBe(1000);
        fc.pre(
          tieRespectingExists(
            fit.requirements.map(
              (r) => (100 * r.requirement.weight * r.ratio) / requirements.reduce((s, q) => s + q.weight, 0),
            ),
          ),
        );
        fit.requirements.forEach((r, i) =>
          fit.requirements.forEach((s, j) => {
            if (r.status === "met" && s.status === "met" && r.requirement.weight === s.requirement.weight)
              expect(r.points, `requirements ${i} and ${j}`).toBe(s.points);
          }),
        );
      }),
    );
  });

  it("shows two met requirements of equal weight with equal points next to a partial one", () => {
    const fit = scoreFit(
      person,
      [
        { kind: "expertise", segmentId: "a", level: 4, weight: 1, mustHave: false },
        { kind: "expertise", segmentId: "b", level: 4, weight: 1, mustHave: false },
        { kind: "expertise", segmentId: "c", level: 3, weight: 1, mustHave: false },
      ],
      asOf,
    );
    const [a, b, c] = fit.requirements;
    expect(a!.points).toBe(b!.points);
    expect(sumTenths([a!.points, b!.points, c!.points])).toBe(Math.round(fit.score * 10));
  });
});
