import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignPeople } from "./assign";
import { AssignmentInfeasibleError } from "./errors";
import type { AssignmentInput, AssignmentResult } from "./types";
import { instanceOfSize } from "./instances.test-helper";
import { AssignmentSession } from "./warm";

/** Random small instances (often with more seats than people), then one or more capacity changes up or down. */
const scenario = fc
  .record({ n: fc.integer({ min: 0, max: 12 }), m: fc.integer({ min: 1, max: 5 }) })
  .chain(({ n, m }) =>
    fc.record({
      input: instanceOfSize(n, m, {
        maxFit: 30,
        maxMinimum: 1,
        maxExtraSeats: 6,
        moveCosts: [0, 0, 4, 9],
      }),
      changes: fc.array(
        fc.record({
          department: fc.integer({ min: 0, max: m - 1 }),
          delta: fc.integer({ min: -4, max: 4 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
  );

function attempt<T>(f: () => T): T | AssignmentInfeasibleError {
  try {
    return f();
  } catch (e) {
    if (e instanceof AssignmentInfeasibleError) return e;
    throw e;
  }
}

/** Every person placed (or unassigned when allowed), locks kept, every department within its min and max. */
function expectFeasible(input: AssignmentInput, result: AssignmentResult) {
  const counts = new Array<number>(input.headcount.length).fill(0);
  result.departmentOf.forEach((d) => {
    if (d < 0) expect(input.allowUnassigned).toBe(true);
    else counts[d]! += 1;
  });
  input.headcount.forEach(({ min, max }, d) => {
    expect(counts[d]).toBeGreaterThanOrEqual(min);
    expect(counts[d]).toBeLessThanOrEqual(max);
  });
  for (const { person, department } of input.locked ?? [])
    expect(result.departmentOf[person]).toBe(department);
}

describe("AssignmentSession (warm start)", () => {
  it("a capacity change re-solved from the previous solution reaches the cold optimum, feasibly", () => {
    fc.assert(
      fc.property(scenario, ({ input, changes }) => {
        const session = attempt(() => new AssignmentSession(input));
        if (session instanceof AssignmentInfeasibleError) return;
        let headcount = input.headcount.map((h) => ({ ...h }));
        for (const { department, delta } of changes) {
          const max = Math.max(0, headcount[department]!.max + delta);
          const changed = headcount.map((h, d) => (d === department ? { min: h.min, max } : h));
          const cold = attempt(() => assignPeople({ ...input, headcount: changed }));
          const warm = attempt(() => session.setMax(department, max));
          if (cold instanceof AssignmentInfeasibleError) {
            expect(warm).toBeInstanceOf(AssignmentInfeasibleError);
            continue; // the session keeps its previous state
          }
          if (warm instanceof AssignmentInfeasibleError) throw warm;
          headcount = changed;
          expect(warm.value).toBe(cold.value);
          expectFeasible({ ...input, headcount }, warm);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("keeps the previous assignment when the capacity change is infeasible", () => {
    const input = { fit: [[5], [3]], headcount: [{ min: 0, max: 2 }] };
    const session = new AssignmentSession(input);
    expect(() => session.setMax(0, 1)).toThrow(AssignmentInfeasibleError);
    expect(session.result.value).toBe(8);
    expect(session.setMax(0, 3).value).toBe(8);
  });
});
