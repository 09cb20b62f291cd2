import { describe, expect, it } from "vitest";
import { rankCandidates } from "./rank";
import type { PersonAttributes, Requirement } from "./types";

const asOf = new Date("2025-06-01T00:00:00Z");
const personWith = (id: string, retail: number, years: number): PersonAttributes & { id: string } => ({
  id,
  expertise: { retail },
  customerFacingYears: years,
  languages: {},
  certifications: [],
  criteria: {},
});

describe("rankCandidates", () => {
  it("puts eligible people first, then higher scores, then ids", () => {
    const requirements: Requirement[] = [
      { kind: "expertise", segmentId: "retail", level: 2, weight: 1, mustHave: true },
      { kind: "experience", years: 10, weight: 3, mustHave: false },
    ];
    const people = [
      personWith("e", 1, 10), // ineligible but highest score
      personWith("d", 2, 2),
      personWith("b", 4, 5),
      personWith("a", 2, 5),
      personWith("c", 3, 2),
    ];
    const ranked = rankCandidates(people, requirements, asOf).map((r) => [
      r.person.id,
      r.fit.score,
      r.fit.eligible,
    ]);
    expect(ranked).toEqual([
      ["a", 62.5, true],
      ["b", 62.5, true],
      ["c", 40, true],
      ["d", 40, true],
      ["e", 87.5, false],
    ]);
  });
});
