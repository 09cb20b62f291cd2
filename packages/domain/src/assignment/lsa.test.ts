import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minCostCapacitated } from "./capacitated";
import { linearSumAssignment } from "./lsa";

function permutationsBest(cost: number[][], cols: number): number {
  const rows = cost.length;
  let best = Infinity;
  const used = new Array<boolean>(cols).fill(false);
  const walk = (row: number, sum: number) => {
    if (row === rows) {
      best = Math.min(best, sum);
      return;
    }
    for (let j = 0; j < cols; j++) {
      if (used[j]) continue;
      used[j] = true;
      walk(row + 1, sum + cost[row]![j]!);
      used[j] = false;
    }
  };
  walk(0, 0);
  return best;
}

const matrix = (rows: number, cols: number, values: fc.Arbitrary<number>) =>
  fc.array(fc.array(values, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

function total(cost: number[][], columns: Int32Array): number {
  return cost.reduce((sum, row, i) => sum + row[columns[i]!]!, 0);
}

describe("linearSumAssignment", () => {
  it("finds the brute-force optimum on square and rectangular matrices, ties included", () => {
    fc.assert(
      fc.property(
        fc
          .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 2 }))
          .chain(([rows, extra]) =>
            fc.tuple(fc.constant(rows + extra), matrix(rows, rows + extra, fc.integer({ min: -5, max: 5 }))),
          ),
        ([cols, cost]) => {
          const columns = linearSumAssignment(Float64Array.from(cost.flat()), cost.length, cols);
          expect(new Set(columns).size).toBe(cost.length);
          expect(total(cost, columns)).toBe(permutationsBest(cost, cols));
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it("agrees with the capacitated solver on one-seat departments of medium size", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 40 }).chain((n) => matrix(n, n, fc.integer({ min: 0, max: 99 }))),
        (cost) => {
          const n = cost.length;
          const flat = Float64Array.from(cost.flat());
          const dense = linearSumAssignment(flat, n, n);
          const flow = minCostCapacitated({
            cost: flat,
            people: n,
            departments: n,
            room: new Int32Array(n).fill(1),
            bonusRoom: new Int32Array(n),
            bonus: 0,
          }).departmentOf;
          expect(total(cost, flow)).toBe(total(cost, dense));
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it("maximises when asked, reading the matrix negated without changing it", () => {
    const fit = Float64Array.from([1, 9, 8, 2, 5, 5, 7, 3, 0]);
    const before = Float64Array.from(fit);
    expect(Array.from(linearSumAssignment(fit, 3, 3, { maximize: true }))).toEqual([1, 2, 0]);
    expect(Array.from(linearSumAssignment(fit, 3, 3))).toEqual([0, 1, 2]);
    expect(fit).toEqual(before);
  });

  it("terminates and stays optimal when a price step is lost to float rounding", () => {
    // Found by fuzzing: the gap between the two best columns is far below one ulp of the column price.
    const flat = [
      3.8573952864954795e-174, 0, 0, 4.217891057245385e-184, 0, 0, 49.999999999999915, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, -5e-324, 0, 49.999999999999915, 0, 0, 0,
    ];
    const profit = [0, 1, 2, 3, 4].map((i) => flat.slice(i * 5, i * 5 + 5));
    const columns = linearSumAssignment(Float64Array.from(flat), 5, 5, { maximize: true });
    const best = -permutationsBest(
      profit.map((row) => row.map((x) => -x)),
      5,
    );
    expect(total(profit, columns)).toBe(best);
  });

  it("rejects more rows than columns", () => {
    expect(() => linearSumAssignment(new Float64Array(2), 2, 1)).toThrow(RangeError);
  });
});
