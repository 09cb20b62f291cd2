import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minCostCapacitated, type CapacitatedProblem } from "./capacitated";
import { minCostCapacitatedReference } from "./capacitated.reference.test-helper";
import { AssignmentInfeasibleError } from "./errors";

/**
 * Random capacitated problems with few distinct costs (many ties, as staffing fits have: a handful of levels),
 * seats at least the people (sometimes exactly), some minimum seats.
 */
const problem: fc.Arbitrary<CapacitatedProblem> = fc
  .record({ people: fc.integer({ min: 0, max: 30 }), departments: fc.integer({ min: 1, max: 8 }) })
  .chain(({ people, departments }) =>
    fc.record({
      cost: fc.array(fc.integer({ min: -4, max: 4 }), {
        minLength: people * departments,
        maxLength: people * departments,
      }),
      room: fc.array(fc.integer({ min: 0, max: people }), { minLength: departments, maxLength: departments }),
      bonusRoom: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: departments, maxLength: departments }),
      people: fc.constant(people),
      departments: fc.constant(departments),
    }),
  )
  .map(({ cost, room, bonusRoom, people, departments }) => {
    // Enough seats for everyone: the last department takes whoever the others cannot.
    const seats = room.reduce((sum, r) => sum + r, 0);
    if (seats < people) room[departments - 1] = room[departments - 1]! + people - seats;
    return {
      cost: Float64Array.from(cost),
      people,
      departments,
      room: Int32Array.from(room),
      bonusRoom: Int32Array.from(bonusRoom, (b, d) => Math.min(b, room[d]!)),
      bonus: (departments - 1) * 8 + 8,
    };
  });

const solve = (solver: typeof minCostCapacitated, p: CapacitatedProblem) => {
  try {
    return Array.from(
      solver({ ...p, room: Int32Array.from(p.room), bonusRoom: Int32Array.from(p.bonusRoom) }).departmentOf,
    );
  } catch (error) {
    if (error instanceof AssignmentInfeasibleError) return error.reason;
    throw error;
  }
};

describe("minCostCapacitated", () => {
  it("chooses exactly what the step-by-step Dijkstra chose, ties included (same people move)", () => {
    fc.assert(
      fc.property(problem, (p) => {
        expect(solve(minCostCapacitated, p)).toEqual(solve(minCostCapacitatedReference, p));
      }),
      { numRuns: 500 },
    );
  });
});
