import { describe, expect, it } from "vitest";
import type { Requirement } from "../fit/types";
import {
  assessPerson,
  evidenceOf,
  interviewRatings,
  readinessAttributes,
  type HireFacts,
  type RequirementRowFacts,
} from "./assess-person";
import type { StaffAssessmentFact } from "./person";

const asOf = new Date("2026-11-23T00:00:00Z");
const base = { weight: 1, mustHave: true };
const rows: { row: RequirementRowFacts; requirement: Requirement }[] = [
  {
    row: { id: "exp", kind: "EXPERTISE", segmentId: "private", level: 2 },
    requirement: { ...base, kind: "expertise", segmentId: "private", level: 2 },
  },
  {
    row: { id: "sv", kind: "LANGUAGE", language: "sv", cefr: "B2" },
    requirement: { ...base, kind: "language", language: "sv", level: "B2" },
  },
  {
    row: { id: "fees", kind: "CRITERION", criterion: "Explains fees", rating: 3 },
    requirement: { ...base, kind: "criterion", criterionId: "fees", rating: 3 },
  },
];
const hire: HireFacts = {
  candidate: { customerFacingYears: 4, languages: [{ language: "sv", cefr: "B1" }], certifications: [] },
  scorecards: [
    { ratings: [{ rating: 3, requirement: { kind: "CRITERION", criterion: "Explains  FEES " } }] },
    { ratings: [{ rating: 5, requirement: { kind: "CRITERION", criterion: "explains fees" } }] },
    { ratings: [{ rating: 2, requirement: { kind: "EXPERTISE", criterion: null } }] },
  ],
};
const svAssessed: StaffAssessmentFact = {
  kind: "LANGUAGE",
  subject: "sv",
  value: null,
  cefr: "B2",
  expiresAt: null,
};
const facts = (
  over: { assessments?: StaffAssessmentFact[]; hired?: boolean; signOffs?: SignOff[] } = {},
) => ({
  expertise: new Map([["p1", [{ segmentId: "private", level: 3 }]]]),
  assessments: new Map([["p1", over.assessments ?? []]]),
  hires: new Map(over.hired === false ? [] : [["p1", hire]]),
  signOffs: new Map([["p1", over.signOffs ?? []]]),
});
type SignOff = {
  id: string;
  positionId: string | null;
  signedOffAt: Date;
  requirementKeys: string[];
  override: boolean;
};

/** Reads an attribute lookup (a Map or a plain record, as PersonAttributes allows). */
const get = <V>(lookup: ReadonlyMap<string, V> | Readonly<Record<string, V>>, key: string) =>
  lookup instanceof Map ? lookup.get(key) : (lookup as Readonly<Record<string, V>>)[key];

describe("interviewRatings", () => {
  it("takes the median rating per criterion text, matched however it is spaced or cased", () => {
    expect(interviewRatings(hire.scorecards)).toEqual(new Map([["explains fees", 4]]));
  });
});

describe("readinessAttributes", () => {
  it("an assessment overrides what the person declared; the interview rates criteria of the current rows", () => {
    const declared = readinessAttributes(
      "p1",
      facts(),
      rows.map((r) => r.row),
    ).attributes;
    expect(get(declared.languages, "sv")).toBe("B1");
    expect(get(declared.criteria, "fees")).toBe(4);
    expect(declared.customerFacingYears).toBe(4);
    const assessed = readinessAttributes("p1", facts({ assessments: [svAssessed] }), []).attributes;
    expect(get(assessed.languages, "sv")).toBe("B2");
  });

  it("someone not hired through the portal has only their expertise and assessments", () => {
    const { attributes, candidate } = readinessAttributes("p1", facts({ hired: false }), []);
    expect(candidate).toBeUndefined();
    expect(get(attributes.expertise, "private")).toBe(3);
    expect(get(attributes.languages, "sv")).toBeUndefined();
    expect(attributes.customerFacingYears).toBe(0);
  });
});

describe("evidenceOf", () => {
  const none = new Set<string>();
  it("names the fact that decides each kind of requirement", () => {
    expect(evidenceOf({ kind: "EXPERTISE" }, none, false, new Map())).toBe("expertise");
    expect(evidenceOf({ kind: "EXPERIENCE" }, new Set(["EXPERIENCE:"]), true, new Map())).toBe("assessed");
    expect(evidenceOf({ kind: "EXPERIENCE" }, none, true, new Map())).toBe("declared");
    expect(evidenceOf({ kind: "LANGUAGE", language: "SV" }, new Set(["LANGUAGE:sv"]), true, new Map())).toBe(
      "assessed",
    );
    expect(evidenceOf({ kind: "CERTIFICATION", certification: "First aid" }, none, false, new Map())).toBe(
      "none",
    );
    const interview = new Map([["explains fees", 4]]);
    expect(evidenceOf({ kind: "CRITERION", criterion: "Explains fees" }, none, true, interview)).toBe(
      "interview",
    );
    expect(
      evidenceOf(
        { kind: "CRITERION", criterion: "Explains fees" },
        new Set(["CRITERION:explains fees"]),
        true,
        interview,
      ),
    ).toBe("assessed");
    expect(evidenceOf({ kind: "CRITERION", criterion: "Other" }, none, true, interview)).toBe("none");
  });
});

describe("assessPerson", () => {
  const person = { id: "p1", positionId: "pos" };

  it("scores the current rows with the person's facts and explains each with its evidence", () => {
    const { readiness, evidence, signOff } = assessPerson({
      person,
      facts: facts(),
      requirements: rows,
      courses: [],
      asOf,
    });
    expect(signOff).toBeNull();
    expect(evidence).toEqual(
      new Map([
        ["exp", "expertise"],
        ["sv", "declared"],
        ["fees", "interview"],
      ]),
    );
    const status = Object.fromEntries(
      readiness.items.flatMap((i) => (i.kind === "requirement" ? [[i.requirementId, i.status]] : [])),
    );
    expect(status).toEqual({ exp: "met", sv: "partial", fees: "met" });
  });

  it("an assessment meets what the declaration did not, and counts only the sign-off for the current position", () => {
    const current: SignOff = {
      id: "s-current",
      positionId: "pos",
      signedOffAt: asOf,
      requirementKeys: [],
      override: true,
    };
    const elsewhere: SignOff = { ...current, id: "s-old", positionId: "old" };
    const result = assessPerson({
      person,
      facts: facts({ assessments: [svAssessed], signOffs: [elsewhere, current] }),
      requirements: rows,
      courses: [],
      asOf,
    });
    expect(result.signOff?.id).toBe("s-current");
    expect(result.evidence.get("sv")).toBe("assessed");
    expect(result.readiness.mustHavesMet).toBe(true);
    const other = assessPerson({
      person,
      facts: facts({ signOffs: [elsewhere] }),
      requirements: rows,
      courses: [],
      asOf,
    });
    expect(other.signOff).toBeNull();
  });
});
