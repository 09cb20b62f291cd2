import { describe, expect, it } from "vitest";
import { isExpertiseChange, isExpertiseLevel } from "./expertise";

describe("expertise", () => {
  it("accepts only whole levels 0-4", () => {
    expect([0, 1, 2, 3, 4].every(isExpertiseLevel)).toBe(true);
    expect([-1, 5, 2.5, Number.NaN].some(isExpertiseLevel)).toBe(false);
  });

  it("treats an identical resubmission as no change", () => {
    const e = { level: 2, source: "SELF" as const, evidence: "" };
    expect(isExpertiseChange(e, { ...e })).toBe(false);
    expect(isExpertiseChange(e, { ...e, level: 3 })).toBe(true);
    expect(isExpertiseChange(e, { ...e, source: "ASSESSED" })).toBe(true);
    expect(isExpertiseChange(null, e)).toBe(true);
  });
});
