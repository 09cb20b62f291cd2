import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { requiredCourses, type EnrolmentRule } from "./rules";

const placement = { departmentId: "d1", positionId: "p1", segmentId: "s1" };
const rule = (
  id: string,
  courseId: string,
  target: EnrolmentRule["target"],
  dueDays = 30,
  recertifyMonths: number | null = null,
): EnrolmentRule => ({ id, courseId, target, dueDays, recertifyMonths });

describe("requiredCourses", () => {
  it("matches a department, a position, or the segment the department serves", () => {
    const rules = [
      rule("r1", "basics", { kind: "segment", segmentId: "s1" }),
      rule("r2", "desk", { kind: "department", departmentId: "d1" }),
      rule("r3", "advisor", { kind: "position", positionId: "p1" }),
      rule("r4", "other", { kind: "department", departmentId: "d2" }),
    ];
    expect(requiredCourses(rules, placement).map((c) => c.courseId)).toEqual(["advisor", "basics", "desk"]);
    expect(requiredCourses(rules, { ...placement, positionId: null }).map((c) => c.courseId)).toEqual([
      "basics",
      "desk",
    ]);
  });

  it("keeps the strictest rule when several require the same course", () => {
    const rules = [
      rule("r1", "basics", { kind: "segment", segmentId: "s1" }, 30, 12),
      rule("r2", "basics", { kind: "department", departmentId: "d1" }, 14, null),
      rule("r3", "basics", { kind: "position", positionId: "p1" }, 14, 24),
    ];
    expect(requiredCourses(rules, placement)).toEqual([
      { courseId: "basics", ruleId: "r3", dueDays: 14, recertifyMonths: 24 },
    ]);
  });

  it("does not depend on the order of the rules", () => {
    const target = fc.constantFrom<EnrolmentRule["target"]>(
      { kind: "segment", segmentId: "s1" },
      { kind: "department", departmentId: "d1" },
      { kind: "position", positionId: "p1" },
      { kind: "position", positionId: "p2" },
    );
    const ruleArb = fc.record({
      courseId: fc.constantFrom("a", "b", "c"),
      target,
      dueDays: fc.integer({ min: 0, max: 60 }),
      recertifyMonths: fc.option(fc.integer({ min: 1, max: 24 })),
    });
    fc.assert(
      fc.property(fc.array(ruleArb, { maxLength: 12 }), fc.integer(), (raw, seed) => {
        const rules = raw.map((r, i) => ({ ...r, id: `r${i}` }));
        const shuffled = [...rules].sort(() => ((seed = (seed * 1103515245 + 12345) | 0) & 1 ? 1 : -1));
        expect(requiredCourses(shuffled, placement)).toEqual(requiredCourses(rules, placement));
      }),
    );
  });
});
