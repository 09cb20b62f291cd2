import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { CefrLevel } from "../fit/types";
import { assessReadiness, type RequiredCourseState } from "../readiness/readiness";
import { coverageStatusOf, coverageStatusWithoutFacts } from "./status";

const asOf = new Date("2026-11-23T00:00:00Z");
const courseStatuses = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "EXPIRED"] as const;

const arbitraryCase = fc.record({
  requirements: fc.array(
    fc.record({
      level: fc.integer({ min: 1, max: 4 }),
      mustHave: fc.boolean(),
      segment: fc.constantFrom("a", "b", "c"),
    }),
    { maxLength: 4 },
  ),
  levels: fc.record({
    a: fc.integer({ min: 0, max: 4 }),
    b: fc.integer({ min: 0, max: 4 }),
    c: fc.integer({ min: 0, max: 4 }),
  }),
  courses: fc.array(
    fc.record({
      status: fc.constantFrom(...courseStatuses),
      progress: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    { maxLength: 3 },
  ),
  signOff: fc.option(fc.array(fc.boolean(), { minLength: 4, maxLength: 4 })),
});

describe("coverageStatusWithoutFacts", () => {
  it("whenever it answers, it answers what the full readiness says", () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const requirements = c.requirements.map((r, i) => ({
          id: `r${i}`,
          key: `expertise:${r.segment}:${r.level}`,
          mustHave: r.mustHave,
          requirement: {
            kind: "expertise" as const,
            segmentId: r.segment,
            level: r.level as 1 | 2 | 3 | 4,
            weight: 1,
            mustHave: r.mustHave,
          },
        }));
        const courses: RequiredCourseState[] = c.courses.map((x, i) => ({
          courseId: `c${i}`,
          title: `Course ${i}`,
          status: x.status,
          progress: x.status === "COMPLETED" ? 1 : x.progress,
        }));
        // A sign-off covers some of the current keys: the others are requirements added after it.
        const signOff = c.signOff && {
          signedOffAt: asOf,
          override: false,
          requirementKeys: requirements.filter((_, i) => c.signOff![i]).map((r) => r.key),
        };
        const person = {
          expertise: new Map(Object.entries(c.levels)),
          customerFacingYears: 0,
          languages: new Map<string, CefrLevel>(),
          certifications: [],
          criteria: new Map<string, number>(),
        };
        const full = assessReadiness({ requirements, person, courses, signOff, asOf });
        const shortcut = coverageStatusWithoutFacts({ requirements, courses, signOff });
        if (shortcut !== null) expect(shortcut).toBe(coverageStatusOf(full.status));
        else
          expect(
            !signOff &&
              courses.every((x) => x.status === "COMPLETED") &&
              requirements.some((r) => r.mustHave),
          ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("an expired certificate of a required course lapses a sign-off without looking at the person", () => {
    const courses: RequiredCourseState[] = [{ courseId: "c", title: "Fees", status: "EXPIRED", progress: 0 }];
    expect(coverageStatusWithoutFacts({ requirements: [], courses, signOff: { requirementKeys: [] } })).toBe(
      "LAPSED",
    );
  });

  it("people who are not started and in progress are both onboarding", () => {
    expect(coverageStatusOf("NOT_STARTED")).toBe("ONBOARDING");
    expect(coverageStatusOf("IN_PROGRESS")).toBe("ONBOARDING");
    expect(coverageStatusOf("LAPSED")).toBe("LAPSED");
  });
});
