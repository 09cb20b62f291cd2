import { describe, expect, it } from "vitest";
import { REDACTED, personalKeys, redact } from "./redact";

describe("redact", () => {
  it("blanks personal keys at any depth and keeps everything else", () => {
    const before = {
      name: "Ann Andersson",
      stage: "REJECTED",
      languages: [{ language: "sv", cefr: "C1" }],
      application: { candidateName: "Ann", positionId: "p1" },
      ratings: [
        { requirementId: "r1", rating: 4, note: "Spoke about her children" },
        { requirementId: "r2", rating: 3, note: null },
      ],
    };
    expect(redact(before)).toEqual({
      changed: true,
      value: {
        name: REDACTED,
        stage: "REJECTED",
        languages: REDACTED,
        application: { candidateName: REDACTED, positionId: "p1" },
        ratings: [
          { requirementId: "r1", rating: 4, note: REDACTED },
          { requirementId: "r2", rating: 3, note: null },
        ],
      },
    });
  });

  it("reports no change for rows without personal data or already erased, so they are not rewritten", () => {
    expect(redact({ stage: "HIRED", scores: [1, 2] })).toEqual({
      changed: false,
      value: { stage: "HIRED", scores: [1, 2] },
    });
    expect(redact({ name: REDACTED, email: null }).changed).toBe(false);
    expect(redact(null)).toEqual({ value: null, changed: false });
    expect(redact("Ann")).toEqual({ value: "Ann", changed: false });
  });

  it("treats the candidate's identity, contact, CV and interviewers' notes as personal", () => {
    for (const key of ["name", "email", "phone", "cv", "fileName", "summary", "note"])
      expect(personalKeys.has(key)).toBe(true);
    expect(personalKeys.has("stage")).toBe(false);
  });
});
