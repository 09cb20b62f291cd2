import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignPeople } from "./assign";
import { bruteForceBest } from "./bruteForce.test-helper";
import { AssignmentInfeasibleError } from "./errors";
import { smallInstance } from "./instances.test-helper";
import type { AssignmentInput } from "./types";

/** Up to 7 people x 4 departments, random headcounts, optional locks, move costs and unassigned option. */
const smallInput = smallInstance({
  people: 7,
  departments: 4,
  maxFit: 20,
  maxMinimum: 3,
  maxExtraSeats: 4,
  moveCosts: [0, 0, 3, 7],
});

function outcome(input: AssignmentInput) {
  try {
    return assignPeople(input);
  } catch (error) {
    if (error instanceof AssignmentInfeasibleError) return error;
    throw error;
  }
}

describe("assignPeople", () => {
  it("matches brute force: same optimum, or infeasible exactly when no assignment exists", () => {
    fc.assert(
      fc.property(smallInput, (input) => {
        const best = bruteForceBest(input);
        const result = outcome(input);
        if (best === null) {
          expect(result).toBeInstanceOf(AssignmentInfeasibleError);
          return;
        }
        if (result instanceof AssignmentInfeasibleError) throw result;
        expect(result.value).toBe(best);
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it("respects headcounts and locks and reports a value consistent with its own assignment", () => {
    fc.assert(
      fc.property(smallInput, (input) => {
        const result = outcome(input);
        if (result instanceof AssignmentInfeasibleError) return;
        const counts = new Array<number>(input.headcount.length).fill(0);
        let value = 0;
        result.departmentOf.forEach((d, person) => {
          if (!input.allowUnassigned) expect(d).toBeGreaterThanOrEqual(0);
          if (d >= 0) {
            counts[d]! += 1;
            value += input.fit[person]![d]!;
          }
          if (input.current![person] !== -1 && input.current![person] !== d) value -= input.moveCost!;
        });
        input.headcount.forEach((h, d) => {
          expect(counts[d]).toBeGreaterThanOrEqual(h.min);
          expect(counts[d]).toBeLessThanOrEqual(h.max);
        });
        for (const lock of input.locked ?? []) expect(result.departmentOf[lock.person]).toBe(lock.department);
        expect(result.value).toBe(value);
        expect(Array.from(result.headcount)).toEqual(counts);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("gives the same output for the same input, also with many ties", () => {
    fc.assert(
      fc.property(smallInput, (input) => {
        const tied = { ...input, fit: input.fit.map((row) => row.map((v) => v % 2)) };
        const first = outcome(tied);
        const second = outcome(structuredClone(tied));
        if (first instanceof AssignmentInfeasibleError) {
          expect(second).toBeInstanceOf(AssignmentInfeasibleError);
          return;
        }
        expect(second).toEqual(first);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it("solves square one-seat problems (dense path) optimally, with and without locks, float fits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.record({
            fit: fc.array(
              fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: n, maxLength: n }),
              {
                minLength: n,
                maxLength: n,
              },
            ),
            lockedDepartment: fc.option(fc.integer({ min: 0, max: n - 1 }), { nil: undefined }),
          }),
        ),
        ({ fit, lockedDepartment }) => {
          const input = {
            fit,
            headcount: fit.map(() => ({ min: 1, max: 1 })),
            locked: lockedDepartment === undefined ? [] : [{ person: 0, department: lockedDepartment }],
          };
          const result = assignPeople(input);
          if (lockedDepartment !== undefined) expect(result.departmentOf[0]).toBe(lockedDepartment);
          expect(new Set(result.departmentOf).size).toBe(fit.length);
          expect(result.value).toBeCloseTo(bruteForceBest(input)!, 9);
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  it("takes the move cost into account", () => {
    const fit = [
      [10, 12],
      [10, 12],
    ];
    const headcount = [
      { min: 0, max: 2 },
      { min: 0, max: 2 },
    ];
    expect(Array.from(assignPeople({ fit, headcount }).departmentOf)).toEqual([1, 1]);
    const stay = assignPeople({ fit, headcount, current: [0, 0], moveCost: 5 });
    expect(Array.from(stay.departmentOf)).toEqual([0, 0]);
    expect(stay.moves).toBe(0);
    expect(stay.value).toBe(20);
  });

  it("leaves people unassigned only when allowed and seats run out", () => {
    const fit = [[5], [9], [7]];
    const input = { fit, headcount: [{ min: 0, max: 2 }] };
    expect(() => assignPeople(input)).toThrow(AssignmentInfeasibleError);
    const result = assignPeople({ ...input, allowUnassigned: true });
    expect(Array.from(result.departmentOf)).toEqual([-1, 0, 0]);
    expect(result.fitTotal).toBe(16);
  });

  it("fills minimum headcounts even at the expense of total fit", () => {
    const fit = [
      [9, 1],
      [9, 1],
      [9, 1],
    ];
    const result = assignPeople({
      fit,
      headcount: [
        { min: 0, max: 3 },
        { min: 2, max: 3 },
      ],
    });
    expect(Array.from(result.headcount)).toEqual([1, 2]);
    expect(result.value).toBe(11);
  });
});

describe("assignPeople infeasible input", () => {
  const fit = [
    [1, 2],
    [3, 4],
    [5, 6],
  ];
  const cases: Array<[string, AssignmentInput, string]> = [
    [
      "minimums above people",
      {
        fit,
        headcount: [
          { min: 2, max: 3 },
          { min: 2, max: 3 },
        ],
      },
      "MINIMUMS_EXCEED_PEOPLE",
    ],
    [
      "maximums below people",
      {
        fit,
        headcount: [
          { min: 0, max: 1 },
          { min: 0, max: 1 },
        ],
      },
      "CAPACITY_BELOW_PEOPLE",
    ],
    [
      "min above max",
      {
        fit,
        headcount: [
          { min: 2, max: 1 },
          { min: 0, max: 3 },
        ],
      },
      "MIN_ABOVE_MAX",
    ],
    [
      "locked into a closed department",
      {
        fit,
        headcount: [
          { min: 0, max: 3 },
          { min: 0, max: 0 },
        ],
        locked: [{ person: 1, department: 1 }],
      },
      "LOCKS_EXCEED_MAX",
    ],
    [
      "one person locked twice",
      {
        fit,
        headcount: [
          { min: 0, max: 3 },
          { min: 0, max: 3 },
        ],
        locked: [
          { person: 1, department: 1 },
          { person: 1, department: 0 },
        ],
      },
      "CONFLICTING_LOCKS",
    ],
    [
      "locks crowding out another minimum",
      {
        fit,
        headcount: [
          { min: 0, max: 3 },
          { min: 2, max: 3 },
        ],
        locked: [
          { person: 0, department: 0 },
          { person: 1, department: 0 },
        ],
      },
      "MINIMUMS_EXCEED_PEOPLE",
    ],
  ];
  it.each(cases)("%s", (_name, input, reason) => {
    let caught: unknown;
    try {
      assignPeople(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AssignmentInfeasibleError);
    expect((caught as AssignmentInfeasibleError).reason).toBe(reason);
    expect((caught as AssignmentInfeasibleError).message.length).toBeGreaterThan(20);
  });

  it("rejects malformed input with a RangeError, not an infeasibility", () => {
    expect(() => assignPeople({ fit: [[Number.NaN]], headcount: [{ min: 0, max: 1 }] })).toThrow(RangeError);
    expect(() => assignPeople({ fit: [[1, 2]], headcount: [{ min: 0, max: 1 }] })).toThrow(RangeError);
  });
});
