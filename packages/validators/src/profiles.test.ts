import { describe, expect, it } from "vitest";
import {
  duplicateRequirementIssues,
  eraseCandidateInput,
  profileSaveInput,
  retentionMonthsInput,
} from "./index";

const requirements = (list: unknown[]) =>
  profileSaveInput.parse({ positionId: "p1", requirements: list }).requirements;

describe("duplicateRequirementIssues", () => {
  it("points at each repeat of the same target, by kind", () => {
    const list = requirements([
      { kind: "EXPERTISE", segmentId: "s1", level: 2, weight: 10 },
      { kind: "EXPERTISE", segmentId: "s2", level: 2, weight: 10 },
      { kind: "EXPERTISE", segmentId: "s1", level: 4, weight: 5 },
      { kind: "LANGUAGE", language: "EN", cefr: "B2", weight: 10 },
      { kind: "LANGUAGE", language: "en", cefr: "C1", weight: 10 },
      { kind: "CERTIFICATION", certification: "AML basics", weight: 10 },
      { kind: "CERTIFICATION", certification: " aml Basics ", weight: 10 },
      { kind: "CRITERION", criterion: "Explains  fees", rating: 3, weight: 10 },
      { kind: "CRITERION", criterion: "explains fees", rating: 4, weight: 10 },
      { kind: "EXPERIENCE", years: 2, weight: 10 },
      { kind: "EXPERIENCE", years: 5, weight: 10 },
    ]);
    expect(duplicateRequirementIssues(list).map((i) => i.path.join("."))).toEqual([
      "requirements.2.segmentId",
      "requirements.4.language",
      "requirements.6.certification",
      "requirements.8.criterion",
      "requirements.10.years",
    ]);
    expect(duplicateRequirementIssues(list.slice(0, 2))).toEqual([]);
  });
});

describe("privacy inputs", () => {
  it("retention is 1 to 120 whole months", () => {
    expect(retentionMonthsInput.parse({ months: "24" })).toEqual({ months: 24 });
    for (const months of [0, 121, 1.5])
      expect(retentionMonthsInput.safeParse({ months }).success).toBe(false);
  });
  it("erasure needs the typed name", () => {
    expect(eraseCandidateInput.safeParse({ candidateId: "c1", confirmName: "  " }).success).toBe(false);
  });
});
