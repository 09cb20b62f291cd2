/**
 * The minimisation matrix the solvers work on: one row per free person, one column per department plus,
 * when people may stay unassigned, a last column worth 0. Cost = −fit, plus moveCost in every column that is
 * not the person's current department (an unassigned person with a current department has moved too).
 */
export function buildCostMatrix(
  fit: Float64Array,
  m: number,
  free: Int32Array,
  columns: number,
  current: ArrayLike<number> | undefined,
  moveCost: number,
): Float64Array {
  const cost = new Float64Array(free.length * columns);
  for (let r = 0; r < free.length; r++) {
    const person = free[r]!;
    const here = current === undefined ? -1 : current[person]!;
    const source = person * m;
    const target = r * columns;
    const penalty = here === -1 ? 0 : moveCost;
    for (let d = 0; d < m; d++) cost[target + d] = penalty - fit[source + d]!;
    if (here !== -1) cost[target + here] = -fit[source + here]!;
    if (columns > m) cost[target + m] = penalty;
  }
  return cost;
}

/** max − min over the matrix; 0 when empty. */
export function costRange(cost: Float64Array): number {
  if (cost.length === 0) return 0;
  let lowest = cost[0]!;
  let highest = lowest;
  for (let k = 1; k < cost.length; k++) {
    const c = cost[k]!;
    if (c < lowest) lowest = c;
    else if (c > highest) highest = c;
  }
  return highest - lowest;
}
