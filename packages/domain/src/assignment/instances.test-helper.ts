import fc from "fast-check";
import type { AssignmentInput } from "./types";

export type SmallInput = AssignmentInput & { fit: number[][] };

/** Bounds of a random small instance; the property tests pick them to fit what they check. */
export interface InstanceBounds {
  maxFit: number;
  maxMinimum: number;
  maxExtraSeats: number;
  moveCosts: readonly number[];
}

/** Random instances of up to `people` x `departments`: headcounts, optional locks, current departments (or none). */
export function smallInstance(
  bounds: InstanceBounds & { people: number; departments: number },
): fc.Arbitrary<SmallInput> {
  return fc
    .record({
      n: fc.integer({ min: 0, max: bounds.people }),
      m: fc.integer({ min: 1, max: bounds.departments }),
    })
    .chain(({ n, m }) => instanceOfSize(n, m, bounds));
}

/** A random instance of exactly n people x m departments. */
export function instanceOfSize(n: number, m: number, bounds: InstanceBounds): fc.Arbitrary<SmallInput> {
  return fc.record({
    fit: fc.array(fc.array(fc.integer({ min: 0, max: bounds.maxFit }), { minLength: m, maxLength: m }), {
      minLength: n,
      maxLength: n,
    }),
    headcount: fc.array(
      fc
        .tuple(
          fc.integer({ min: 0, max: bounds.maxMinimum }),
          fc.integer({ min: 0, max: bounds.maxExtraSeats }),
        )
        .map(([min, extra]) => ({ min, max: min + extra })),
      { minLength: m, maxLength: m },
    ),
    locked: fc.uniqueArray(
      fc.record({
        person: fc.integer({ min: 0, max: Math.max(0, n - 1) }),
        department: fc.integer({ min: 0, max: m - 1 }),
      }),
      { maxLength: n === 0 ? 0 : 2, selector: (l) => l.person },
    ),
    current: fc.array(fc.integer({ min: -1, max: m - 1 }), { minLength: n, maxLength: n }),
    moveCost: fc.constantFrom(...bounds.moveCosts),
    allowUnassigned: fc.boolean(),
  });
}
