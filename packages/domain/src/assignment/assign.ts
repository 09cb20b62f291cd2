import { minCostCapacitated } from "./capacitated";
import type { PairHeaps } from "./pairHeaps";
import { buildCostMatrix, costRange } from "./costMatrix";
import { AssignmentInfeasibleError } from "./errors";
import { linearSumAssignment } from "./lsa";
import type { AssignmentInput, AssignmentResult } from "./types";
import { checkFeasible, toDense } from "./validate";

/**
 * Maximum-value assignment of people to departments: value = Σ fit[person][department] - moveCost per person
 * whose department changes, subject to min/max headcounts and locks. Exact; the same input always gives the
 * same output. Throws AssignmentInfeasibleError when the constraints cannot all hold, RangeError on malformed
 * input.
 */
export function assignPeople(input: AssignmentInput): AssignmentResult {
  return solveKeepingState(input).result;
}

/** What a warm start (warm.ts) reuses of a cold solve: the capacitated solver's heaps, when it ran. */
export type SolverState = { heaps: PairHeaps | null; chosen: Int32Array | null; cost: Float64Array | null };

/** assignPeople, also returning the capacitated solver's state (null when another path solved it). */
export function solveKeepingState(input: AssignmentInput): { result: AssignmentResult; state: SolverState } {
  const state: SolverState = { heaps: null, chosen: null, cost: null };
  const m = input.headcount.length;
  const fit = toDense(input.fit, m);
  const n = fit.rows;
  for (let k = 0; k < fit.data.length; k++) {
    if (!Number.isFinite(fit.data[k])) throw new RangeError(`fit values must be finite (entry ${k})`);
  }
  const moveCost = input.moveCost ?? 0;
  if (!Number.isFinite(moveCost) || moveCost < 0)
    throw new RangeError("moveCost must be a finite number >= 0");
  const current = input.current;
  if (current !== undefined) {
    if (current.length !== n) throw new RangeError("current must have one entry per person");
    for (let i = 0; i < n; i++) {
      const d = current[i]!;
      if (!Number.isInteger(d) || d < -1 || d >= m)
        throw new RangeError(`current department ${d} does not exist`);
    }
  }
  const lockOf = checkFeasible(input, n);

  const departmentOf = new Int32Array(n).fill(-1);
  const lockedCount = new Int32Array(m);
  let freeCount = 0;
  for (let i = 0; i < n; i++) {
    const lock = lockOf[i]!;
    if (lock >= 0) {
      lockedCount[lock] = lockedCount[lock]! + 1;
      departmentOf[i] = lock;
    } else freeCount++;
  }
  const free = new Int32Array(freeCount);
  for (let i = 0, r = 0; i < n; i++) if (lockOf[i]! < 0) free[r++] = i;

  if (freeCount > 0) {
    const columns = input.allowUnassigned === true ? m + 1 : m;
    // The optional "unassigned" column has room for everyone and no minimum.
    const room = new Int32Array(columns).fill(freeCount);
    const bonusRoom = new Int32Array(columns);
    for (let d = 0; d < m; d++) {
      const { min, max } = input.headcount[d]!;
      room[d] = Math.min(max - lockedCount[d]!, freeCount);
      bonusRoom[d] = Math.max(0, min - lockedCount[d]!);
    }
    const costs = () => buildCostMatrix(fit.data, m, free, columns, current, moveCost);
    let chosen: Int32Array;
    if (!isLinearSum(freeCount, columns, m, room, bonusRoom)) {
      state.cost = costs();
      const solved = solveCapacitated(state.cost, freeCount, columns, m, room, bonusRoom);
      chosen = solved.departmentOf;
      state.heaps = solved.heaps;
      state.chosen = chosen;
    } else if (freeCount === n && (current === undefined || moveCost === 0)) {
      chosen = linearSumAssignment(fit.data, n, m, { maximize: true });
    } else {
      chosen = linearSumAssignment(costs(), freeCount, columns);
    }
    for (let r = 0; r < freeCount; r++) {
      const d = chosen[r]!;
      departmentOf[free[r]!] = d < m ? d : -1;
    }
  }
  return { result: summarise(departmentOf, fit.data, m, current, moveCost), state };
}

/**
 * One seat per department and no more people than seats, with the minimums either all zero or met
 * automatically (as many people as departments), is the plain linear sum assignment: solved densely.
 */
function isLinearSum(
  people: number,
  columns: number,
  m: number,
  room: Int32Array,
  bonusRoom: Int32Array,
): boolean {
  return (
    columns === m &&
    people <= m &&
    room.every((r) => r === 1) &&
    (people === m || bonusRoom.every((b) => b === 0))
  );
}

function solveCapacitated(
  cost: Float64Array,
  people: number,
  columns: number,
  m: number,
  room: Int32Array,
  bonusRoom: Int32Array,
): { departmentOf: Int32Array; heaps: PairHeaps } {
  // Any bonus above (columns - 1) * range makes filling one more minimum seat worth more than any
  // rearrangement it forces (README, "Minimum headcounts").
  const range = costRange(cost);
  const bonus = (columns - 1) * range + Math.max(1, range);
  const { departmentOf, heaps } = minCostCapacitated({
    cost,
    people,
    departments: columns,
    room,
    bonusRoom,
    bonus,
  });
  const seated = new Int32Array(columns);
  for (const d of departmentOf) seated[d] = seated[d]! + 1;
  for (let d = 0; d < m; d++) {
    if (seated[d]! < bonusRoom[d]!) {
      throw new AssignmentInfeasibleError(
        "NO_FEASIBLE_ASSIGNMENT",
        `Department ${d} cannot reach its minimum headcount with the people available.`,
      );
    }
  }
  return { departmentOf, heaps };
}

export function summarise(
  departmentOf: Int32Array,
  fit: Float64Array,
  m: number,
  current: ArrayLike<number> | undefined,
  moveCost: number,
): AssignmentResult {
  const headcount = new Int32Array(m);
  let fitTotal = 0;
  let moves = 0;
  for (let person = 0; person < departmentOf.length; person++) {
    const d = departmentOf[person]!;
    if (d >= 0) {
      headcount[d] = headcount[d]! + 1;
      fitTotal += fit[person * m + d]!;
    }
    const here = current === undefined ? -1 : current[person]!;
    if (here !== -1 && here !== d) moves += 1;
  }
  return { departmentOf, value: fitTotal - moveCost * moves, fitTotal, moves, headcount };
}
