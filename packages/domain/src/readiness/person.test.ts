import { describe, expect, it } from "vitest";
import { staffAttributes, type StaffFacts } from "./person";
import { assessmentSubject, requirementKey } from "./keys";

const facts = (over: Partial<StaffFacts> = {}): StaffFacts => ({
  expertise: new Map([["seg", 2]]),
  declared: {
    customerFacingYears: 3,
    languages: new Map([["sv", "B1" as const]]),
    certifications: [{ name: "First aid", expiresAt: null }],
  },
  assessments: [],
  interviewRatings: new Map([["explains fees without jargon", 4]]),
  criteria: [{ criterionId: "row-1", text: "Explains  fees without JARGON " }],
  ...over,
});

describe("staffAttributes", () => {
  it("uses what the person declared and their interview when nothing was assessed since", () => {
    const a = staffAttributes(facts());
    expect(a.customerFacingYears).toBe(3);
    expect((a.languages as Map<string, string>).get("sv")).toBe("B1");
    expect(a.certifications).toEqual([{ name: "First aid", expiresAt: null }]);
    expect((a.criteria as Map<string, number>).get("row-1")).toBe(4);
  });

  it("an assessment by the head replaces the declaration and the interview, including a certificate found not held", () => {
    const a = staffAttributes(
      facts({
        assessments: [
          { kind: "EXPERIENCE", subject: "", value: 5, cefr: null, expiresAt: null },
          { kind: "LANGUAGE", subject: "sv", value: null, cefr: "C1", expiresAt: null },
          { kind: "CERTIFICATION", subject: "first aid", value: 0, cefr: null, expiresAt: null },
          {
            kind: "CRITERION",
            subject: "explains fees without jargon",
            value: 2,
            cefr: null,
            expiresAt: null,
          },
        ],
      }),
    );
    expect(a.customerFacingYears).toBe(5);
    expect((a.languages as Map<string, string>).get("sv")).toBe("C1");
    expect(a.certifications).toEqual([]);
    expect((a.criteria as Map<string, number>).get("row-1")).toBe(2);
  });

  it("someone not hired through the portal starts from nothing but their expertise", () => {
    const a = staffAttributes(facts({ declared: null, interviewRatings: new Map() }));
    expect(a).toMatchObject({ customerFacingYears: 0, certifications: [] });
    expect((a.criteria as Map<string, number>).size).toBe(0);
  });
});

describe("requirementKey", () => {
  it("is the same for the same demand in another profile version and differs when the target rises", () => {
    expect(requirementKey({ kind: "CRITERION", criterion: "Explains fees ", rating: 4 })).toBe(
      requirementKey({ kind: "CRITERION", criterion: "explains  FEES", rating: 4 }),
    );
    expect(requirementKey({ kind: "EXPERTISE", segmentId: "s", level: 2 })).not.toBe(
      requirementKey({ kind: "EXPERTISE", segmentId: "s", level: 3 }),
    );
    expect(assessmentSubject("  First   Aid ")).toBe("first aid");
  });
});
