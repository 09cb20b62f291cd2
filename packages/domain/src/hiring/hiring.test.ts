import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scoreFit } from "../fit";
import { aggregateRatings, ratingToExpertiseLevel } from "./scorecards";
import { candidateAttributes, type DeclaredProfile, type IdentifiedRequirement } from "./candidate";

const asOf = new Date("2026-11-23T00:00:00Z");
const declared: DeclaredProfile = {
  expertise: new Map([["retail", 4]]),
  customerFacingYears: 3,
  languages: new Map([["es", "B2"]]),
  certifications: [],
};
const requirements: IdentifiedRequirement[] = [
  {
    id: "r-expertise",
    requirement: { kind: "expertise", segmentId: "retail", level: 3, weight: 2, mustHave: true },
  },
  {
    id: "r-criterion",
    requirement: { kind: "criterion", criterionId: "r-criterion", rating: 4, weight: 1, mustHave: false },
  },
  {
    id: "r-language",
    requirement: { kind: "language", language: "es", level: "C1", weight: 1, mustHave: false },
  },
];

describe("aggregateRatings", () => {
  it("gives the median, the range and the count per requirement", () => {
    const result = aggregateRatings([
      { requirementId: "a", rating: 2 },
      { requirementId: "a", rating: 5 },
      { requirementId: "a", rating: 3 },
      { requirementId: "b", rating: 4 },
      { requirementId: "b", rating: 1 },
    ]);
    expect(result.get("a")).toEqual({ median: 3, min: 2, max: 5, spread: 3, count: 3 });
    expect(result.get("b")).toEqual({ median: 2.5, min: 1, max: 4, spread: 3, count: 2 });
    expect(result.has("c")).toBe(false);
  });

  it("rejects a rating outside 1-5", () => {
    expect(() => aggregateRatings([{ requirementId: "a", rating: 6 }])).toThrow(RangeError);
    expect(() => aggregateRatings([{ requirementId: "a", rating: 2.5 }])).toThrow(RangeError);
  });

  it("the median always lies between the lowest and the highest rating", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 9 }), (ratings) => {
        const agg = aggregateRatings(ratings.map((rating) => ({ requirementId: "x", rating }))).get("x")!;
        expect(agg.median).toBeGreaterThanOrEqual(agg.min);
        expect(agg.median).toBeLessThanOrEqual(agg.max);
        expect(agg.count).toBe(ratings.length);
      }),
    );
  });
});

describe("ratingToExpertiseLevel", () => {
  it("maps the 5-point scale onto levels 0-4 and rounds a split median down", () => {
    expect([1, 2, 3, 4, 5].map(ratingToExpertiseLevel)).toEqual([0, 1, 2, 3, 4]);
    expect(ratingToExpertiseLevel(3.5)).toBe(2);
  });
});

describe("candidateAttributes", () => {
  it("uses declared facts until an interview assesses them", () => {
    const { attributes, sources } = candidateAttributes(declared, requirements, new Map());
    expect(attributes.expertise).toEqual(new Map([["retail", 4]]));
    expect(sources.get("r-expertise")).toBe("declared");
    // A criterion is only ever rated at interview: unrated scores nothing.
    expect(
      scoreFit(
        attributes,
        requirements.map((r) => r.requirement),
        asOf,
      ).requirements[1]!.status,
    ).toBe("missing");
  });

  it("an assessed expertise level replaces the declared one, also when it is lower", () => {
    const assessed = aggregateRatings([
      { requirementId: "r-expertise", rating: 3 },
      { requirementId: "r-expertise", rating: 2 },
      { requirementId: "r-criterion", rating: 4 },
    ]);
    const { attributes, sources } = candidateAttributes(declared, requirements, assessed);
    expect(attributes.expertise).toEqual(new Map([["retail", 1]]));
    expect(sources.get("r-expertise")).toBe("assessed");
    const fit = scoreFit(
      attributes,
      requirements.map((r) => r.requirement),
      asOf,
    );
    expect(fit.eligible).toBe(false);
    expect(fit.requirements.map((r) => r.status)).toEqual(["partial", "met", "partial"]);
  });

  it("a language rating is shown but the declared level stays in the score", () => {
    const assessed = aggregateRatings([{ requirementId: "r-language", rating: 1 }]);
    const { attributes, sources } = candidateAttributes(declared, requirements, assessed);
    expect(attributes.languages).toBe(declared.languages);
    expect(sources.get("r-language")).toBe("declared");
  });
});
