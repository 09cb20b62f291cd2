import { AssignmentInfeasibleError } from "./errors";
import type { AssignmentInput, DenseMatrix } from "./types";

export function toDense(fit: AssignmentInput["fit"], departments: number): DenseMatrix {
  if (!Array.isArray(fit)) {
    const dense = fit as DenseMatrix;
    if (dense.data.length !== dense.rows * dense.cols)
      throw new RangeError("fit.data length must be rows * cols");
    if (dense.cols !== departments) throw new RangeError("fit must have one column per department");
    return dense;
  }
  const rows = fit as readonly (readonly number[])[];
  const data = new Float64Array(rows.length * departments);
  rows.forEach((row, i) => {
    if (row.length !== departments) throw new RangeError(`fit row ${i} must have one value per department`);
    data.set(row, i * departments);
  });
  return { rows: rows.length, cols: departments, data };
}

/**
 * Checks every constraint up front. With no forbidden pairs these conditions are also sufficient: unlocked
 * people can fill any seat, so a plan exists iff each department can take its locked people, the minimums
 * (raised to the locked count) fit in the number of people, and, when everyone must be placed, the maximums
 * can hold everyone. Returns the locked department per person (-1 = free).
 */
export function checkFeasible(input: AssignmentInput, people: number): Int32Array {
  const { headcount } = input;
  const m = headcount.length;
  const lockOf = new Int32Array(people).fill(-1);
  const lockedCount = new Int32Array(m);
  for (const { person, department } of input.locked ?? []) {
    if (!Number.isInteger(person) || person < 0 || person >= people) {
      throw new RangeError(`Locked person ${person} does not exist`);
    }
    if (!Number.isInteger(department) || department < 0 || department >= m) {
      throw new RangeError(`Locked department ${department} does not exist`);
    }
    const previous = lockOf[person]!;
    if (previous >= 0 && previous !== department) {
      throw new AssignmentInfeasibleError(
        "CONFLICTING_LOCKS",
        `Person ${person} is locked to both department ${previous} and department ${department}.`,
      );
    }
    if (previous < 0) lockedCount[department] = lockedCount[department]! + 1;
    lockOf[person] = department;
  }
  let minimumTotal = 0;
  let maximumTotal = 0;
  headcount.forEach(({ min, max }, d) => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0) {
      throw new RangeError(
        `Department ${d} headcount must be whole numbers >= 0, got min ${min}, max ${max}`,
      );
    }
    if (min > max) {
      throw new AssignmentInfeasibleError(
        "MIN_ABOVE_MAX",
        `Department ${d} needs at least ${min} people but takes at most ${max}.`,
      );
    }
    const locked = lockedCount[d]!;
    if (locked > max) {
      throw new AssignmentInfeasibleError(
        "LOCKS_EXCEED_MAX",
        `${locked} people are locked to department ${d}, which takes at most ${max}.`,
      );
    }
    minimumTotal += Math.max(min, locked);
    maximumTotal += max;
  });
  if (minimumTotal > people) {
    throw new AssignmentInfeasibleError(
      "MINIMUMS_EXCEED_PEOPLE",
      `The departments need at least ${minimumTotal} people in total (minimum headcounts, or locked people where ` +
        `more are locked), but there are only ${people}.`,
    );
  }
  if (!input.allowUnassigned && maximumTotal < people) {
    throw new AssignmentInfeasibleError(
      "CAPACITY_BELOW_PEOPLE",
      `Everyone must be placed, but the departments take at most ${maximumTotal} people in total and there are ${people}.`,
    );
  }
  return lockOf;
}
