import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreFit } from "./score";
import type { PersonAttributes, Requirement } from "./types";

const asOf = new Date("2025-06-01T00:00:00Z");

const person: PersonAttributes = {
  expertise: { retail: 2, sme: 4 },
  customerFacingYears: 3,
  languages: new Map([
    ["de", "B2"],
    ["fr", "A2"],
  ]),
  certifications: [
    { name: "ITIL Foundation", expiresAt: null },
    { name: "PMP", expiresAt: new Date("2025-01-01T00:00:00Z") },
  ],
  criteria: { presentation: 4 },
};

const base = { weight: 1, mustHave: false };

describe("scoreFit", () => {
  it("scores each requirement kind by min(actual, target) / target", () => {
    const requirements: Requirement[] = [
      { ...base, kind: "expertise", segmentId: "retail", level: 4 },
      { ...base, kind: "expertise", segmentId: "sme", level: 3 },
      { ...base, kind: "expertise", segmentId: "public", level: 2 },
      { ...base, kind: "experience", years: 6 },
      { ...base, kind: "language", language: "de", level: "C2" },
      { ...base, kind: "language", language: "es", level: "A1" },
      { ...base, kind: "certification", name: " itil foundation " },
      { ...base, kind: "certification", name: "PMP" },
      { ...base, kind: "criterion", criterionId: "presentation", rating: 5 },
      { ...base, kind: "criterion", criterionId: "negotiation", rating: 3 },
    ];
    const result = scoreFit(person, requirements, asOf);
    expect(result.requirements.map((r) => [r.actual, r.ratio, r.status])).toEqual([
      [2, 0.5, "partial"],
      [4, 1, "met"],
      [0, 0, "missing"],
      [3, 0.5, "partial"],
      ["B2", 4 / 6, "partial"],
      [null, 0, "missing"],
      [true, 1, "met"],
      [false, 0, "missing"],
      [4, 0.8, "partial"],
      [null, 0, "missing"],
    ]);
    // (0.5 + 1 + 0 + 0.5 + 4/6 + 0 + 1 + 0 + 0.8 + 0) / 10 = 0.44666…
    expect(result.score).toBe(44.7);
    expect(result.eligible).toBe(true);
  });

  it("weights requirements and makes points add up to the score", () => {
    const result = scoreFit(
      person,
      [
        { weight: 3, mustHave: false, kind: "expertise", segmentId: "retail", level: 3 },
        { weight: 1, mustHave: false, kind: "experience", years: 9 },
        { weight: 2, mustHave: false, kind: "language", language: "fr", level: "B1" },
      ],
      asOf,
    );
    // raw points: 100*3*(2/3)/6 = 33.33…, 100*1*(1/3)/6 = 5.55…, 100*2*(2/3)/6 = 22.22…; total 61.11…
    expect(result.score).toBe(61.1);
    expect(result.requirements.map((r) => r.points)).toEqual([33.3, 5.6, 22.2]);
  });

  it("counts a certificate expiring exactly at asOf as expired", () => {
    const expiring = { ...person, certifications: [{ name: "PMP", expiresAt: asOf }] };
    const requirement: Requirement = { ...base, kind: "certification", name: "PMP" };
    expect(scoreFit(expiring, [requirement], asOf).score).toBe(0);
    expect(scoreFit(expiring, [requirement], new Date(asOf.getTime() - 1)).score).toBe(100);
  });

  it("marks the person ineligible when a must-have is not fully met, but still scores", () => {
    const result = scoreFit(
      person,
      [
        { weight: 1, mustHave: true, kind: "expertise", segmentId: "retail", level: 3 },
        { weight: 1, mustHave: false, kind: "expertise", segmentId: "sme", level: 4 },
      ],
      asOf,
    );
    expect(result.eligible).toBe(false);
    expect(result.score).toBeCloseTo(83.3, 10);
  });

  it("gives 100 and eligible for no requirements", () => {
    expect(scoreFit(person, [], asOf)).toEqual({ score: 100, eligible: true, requirements: [] });
  });

  it("rejects invalid weights and levels", () => {
    expect(() => scoreFit(person, [{ ...base, weight: 0, kind: "experience", years: 1 }], asOf)).toThrow(
      RangeError,
    );
    const badLevel = { ...person, expertise: { retail: 7 } };
    expect(() =>
      scoreFit(badLevel, [{ ...base, kind: "expertise", segmentId: "retail", level: 2 }], asOf),
    ).toThrow(RangeError);
  });

  const requirementsArb = fc.array(
    fc.record({
      weight: fc.double({ min: 0.01, max: 10, noNaN: true }),
      mustHave: fc.boolean(),
      segment: fc.constantFrom("a", "b", "c"),
      level: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
    }),
    { minLength: 1, maxLength: 8 },
  );
  const levelsArb = fc.record({
    a: fc.integer({ min: 0, max: 4 }),
    b: fc.integer({ min: 0, max: 4 }),
    c: fc.integer({ min: 0, max: 4 }),
  });

  const expertiseOnly = (levels: Record<string, number>): PersonAttributes => ({
    ...person,
    expertise: levels,
  });
  const toRequirements = (
    list: { weight: number; mustHave: boolean; segment: string; level: 1 | 2 | 3 | 4 }[],
  ) =>
    list.map((r): Requirement => ({
      kind: "expertise",
      segmentId: r.segment,
      level: r.level,
      weight: r.weight,
      mustHave: r.mustHave,
    }));

  it("keeps points summing to the score, each within 0.1 of its exact share, within 0-100", () => {
    fc.assert(
      fc.property(requirementsArb, levelsArb, (list, levels) => {
        const requirements = toRequirements(list);
        const result = scoreFit(expertiseOnly(levels), requirements, asOf);
        const totalWeight = requirements.reduce((s, r) => s + r.weight, 0);
        const sumOfPoints = result.requirements.reduce((s, r) => s + r.points * 10, 0) / 10;
        expect(Math.round(sumOfPoints * 10)).toBe(Math.round(result.score * 10));
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        for (const item of result.requirements) {
          const exact = (100 * item.requirement.weight * item.ratio) / totalWeight;
          expect(Math.abs(item.points - exact)).toBeLessThanOrEqual(0.1 + 1e-9);
          if (item.status === "missing") expect(item.points).toBe(0);
        }
      }),
    );
  });
});
