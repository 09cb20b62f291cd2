import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreFit } from "./score";
import { cefrLevels, type CefrLevel, type PersonAttributes, type Requirement } from "./types";

const asOf = new Date("2025-06-01T00:00:00Z");
const keys = ["a", "b", "c"] as const;
const cefr = fc.constantFrom(...cefrLevels);

const requirementArb: fc.Arbitrary<Requirement> = fc
  .record({
    weight: fc.double({ min: 0.01, max: 10, noNaN: true }),
    mustHave: fc.boolean(),
    key: fc.constantFrom(...keys),
    kind: fc.constantFrom("expertise", "experience", "language", "certification", "criterion"),
    level: fc.integer({ min: 1, max: 4 }),
    years: fc.integer({ min: 1, max: 15 }),
    cefr,
    rating: fc.integer({ min: 1, max: 5 }),
  })
  .map((r): Requirement => {
    const base = { weight: r.weight, mustHave: r.mustHave };
    switch (r.kind) {
      case "expertise":
        return { ...base, kind: "expertise", segmentId: r.key, level: r.level as 1 | 2 | 3 | 4 };
      case "experience":
        return { ...base, kind: "experience", years: r.years };
      case "language":
        return { ...base, kind: "language", language: r.key, level: r.cefr };
      case "certification":
        return { ...base, kind: "certification", name: r.key };
      default:
        return { ...base, kind: "criterion", criterionId: r.key, rating: r.rating as 1 | 2 | 3 | 4 | 5 };
    }
  });

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const personArb = fc.record({
  expertise: fc.tuple(...keys.map(() => fc.integer({ min: 0, max: 4 }))),
  years: fc.integer({ min: 0, max: 20 }),
  languages: fc.tuple(...keys.map(() => optional(cefr))),
  certificates: fc.tuple(...keys.map(() => fc.boolean())),
  ratings: fc.tuple(...keys.map(() => optional(fc.integer({ min: 1, max: 5 })))),
});
type Raw = typeof personArb extends fc.Arbitrary<infer T> ? T : never;

function toPerson(raw: Raw): PersonAttributes {
  const languages: Record<string, CefrLevel> = {};
  const criteria: Record<string, number> = {};
  keys.forEach((k, i) => {
    const language = raw.languages[i];
    if (language !== undefined) languages[k] = language;
    const rating = raw.ratings[i];
    if (rating !== undefined) criteria[k] = rating;
  });
  return {
    expertise: Object.fromEntries(keys.map((k, i) => [k, raw.expertise[i]!])),
    customerFacingYears: raw.years,
    languages,
    certifications: keys.filter((_, i) => raw.certificates[i]).map((name) => ({ name, expiresAt: null })),
    criteria,
  };
}

/** One step up in one attribute: a level, years, a CEFR level, a certificate, a rating. */
function raise(raw: Raw, what: number, index: number): Raw {
  const next = structuredClone(raw);
  switch (what) {
    case 0:
      next.expertise[index] = Math.min(4, next.expertise[index]! + 1);
      break;
    case 1:
      next.years += 1;
      break;
    case 2: {
      const current = next.languages[index];
      const rank = current === undefined ? -1 : cefrLevels.indexOf(current);
      next.languages[index] = cefrLevels[Math.min(5, rank + 1)];
      break;
    }
    case 3:
      next.certificates[index] = true;
      break;
    default:
      next.ratings[index] = Math.min(5, (next.ratings[index] ?? 0) + 1);
  }
  return next;
}

describe("scoreFit monotonicity", () => {
  it("never lowers the score or eligibility when any attribute improves", () => {
    fc.assert(
      fc.property(
        fc.array(requirementArb, { minLength: 1, maxLength: 8 }),
        personArb,
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 2 }),
        (requirements, raw, what, index) => {
          const before = scoreFit(toPerson(raw), requirements, asOf);
          const after = scoreFit(toPerson(raise(raw, what, index)), requirements, asOf);
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          if (before.eligible) expect(after.eligible).toBe(true);
          after.requirements.forEach((item, i) =>
            expect(item.ratio).toBeGreaterThanOrEqual(before.requirements[i]!.ratio),
          );
        },
      ),
      { numRuns: 500 },
    );
  }, 30_000);
});
