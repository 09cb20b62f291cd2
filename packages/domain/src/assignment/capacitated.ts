import { AssignmentInfeasibleError } from "./errors";
import { PairHeaps } from "./pairHeaps";

export type CapacitatedProblem = {
  /** Row-major people x departments, minimised. */
  cost: Float64Array;
  people: number;
  departments: number;
  /** Seats each department can still take. */
  room: Int32Array;
  /** The first `bonusRoom[d]` seats of d are needed to reach its minimum headcount. */
  bonusRoom: Int32Array;
  /** Reward for filling a minimum seat; must exceed (departments - 1) * (cost range), see README. */
  bonus: number;
};

/**
 * Min-cost assignment of every person to a department under seat limits, by successive shortest paths.
 * People are added one at a time; each addition follows a shortest path in the residual graph from the new
 * person to the sink, where the inner nodes are departments (a person inside the path only ever passes
 * through from its department to another, so people collapse into department -> department edges whose
 * cheapest representative is the top of a PairHeaps heap). Dijkstra with department potentials keeps every
 * residual edge at non-negative reduced cost, so the final assignment is optimal.
 * Per person: O(k * m) for the k departments settled, plus O(m log s) per person moved along the path.
 */
export function minCostCapacitated(problem: CapacitatedProblem): {
  departmentOf: Int32Array;
  /** The people per department at the end, for a warm start (warm.ts). */
  heaps: PairHeaps;
} {
  const { cost, people: n, departments: m, room, bonusRoom, bonus } = problem;
  const departmentOf = new Int32Array(n).fill(-1);
  const heaps = new PairHeaps(cost, n, m, (d) => Math.min(room[d]!, Math.ceil((2 * n) / m) + 8));
  const count = heaps.size;
  const potential = new Float64Array(m);
  // Start the sink at -bonus so minimum seats (cost -bonus) begin with reduced cost 0.
  let sinkPotential = -bonus;
  const label = new Float64Array(m);
  const settled = new Uint8Array(m);
  const previousDepartment = new Int32Array(m);
  const viaPerson = new Int32Array(m);

  for (let person = 0; person < n; person++) {
    const row = person * m;
    // The unsettled department with the lowest label (the first on a tie) is found in the same pass that
    // writes or relaxes the labels, instead of in a scan of its own before each step.
    let next = -1;
    let nextLabel = Infinity;
    for (let d = 0; d < m; d++) {
      const initial = cost[row + d]! - potential[d]!;
      label[d] = initial;
      previousDepartment[d] = -1;
      if (initial < nextLabel) {
        nextLabel = initial;
        next = d;
      }
    }
    settled.fill(0);
    let sinkLabel = Infinity;
    let lastDepartment = -1;
    for (;;) {
      if (next < 0 || sinkLabel <= nextLabel) break;
      const current = next;
      const currentLabel = nextLabel;
      settled[current] = 1;
      const seated = count[current]!;
      if (seated < room[current]!) {
        const seatCost = seated < bonusRoom[current]! ? -bonus : 0;
        const throughSink = currentLabel + seatCost + potential[current]! - sinkPotential;
        if (throughSink < sinkLabel) {
          sinkLabel = throughSink;
          lastDepartment = current;
        }
      }
      next = -1;
      nextLabel = Infinity;
      // Relaxing can only produce labels >= currentLabel, so a sink already this cheap is final.
      if (seated === 0 || sinkLabel <= currentLabel) {
        for (let d = 0; d < m; d++) {
          if (settled[d] === 0 && label[d]! < nextLabel) {
            nextLabel = label[d]!;
            next = d;
          }
        }
        continue;
      }
      const { keys, ids } = heaps.tops(current);
      const base = currentLabel + potential[current]!;
      for (let d = 0; d < m; d++) {
        if (settled[d] === 1) continue;
        const candidate = base + keys[d]! - potential[d]!;
        let labelOfD = label[d]!;
        if (candidate < labelOfD) {
          labelOfD = candidate;
          label[d] = candidate;
          previousDepartment[d] = current;
          viaPerson[d] = ids[d]!;
        }
        if (labelOfD < nextLabel) {
          nextLabel = labelOfD;
          next = d;
        }
      }
    }
    if (lastDepartment < 0) {
      throw new AssignmentInfeasibleError(
        "CAPACITY_BELOW_PEOPLE",
        `There is no free seat left for person ${person}: the departments' maximum headcounts are full.`,
      );
    }
    for (let d = 0; d < m; d++) potential[d] = potential[d]! + Math.min(label[d]!, sinkLabel);
    sinkPotential += sinkLabel;

    let to = lastDepartment;
    for (;;) {
      const from = previousDepartment[to]!;
      if (from < 0) {
        heaps.insert(person, to);
        departmentOf[person] = to;
        break;
      }
      const moved = viaPerson[to]!;
      heaps.remove(moved, from);
      heaps.insert(moved, to);
      departmentOf[moved] = to;
      to = from;
    }
  }
  return { departmentOf, heaps };
}
