import { AssignmentInfeasibleError } from "./errors";
import type { CapacitatedProblem } from "./capacitated";
import { PairHeaps } from "./pairHeaps";

/**
 * The capacitated solver as it was before its Dijkstra found the next department in the relaxing pass (a scan of
 * its own before each step): the reference the property test holds minCostCapacitated to, choice for choice.
 *
 * Min-cost assignment of every person to a department under seat limits, by successive shortest paths.
 * People are added one at a time; each addition follows a shortest path in the residual graph from the new
 * person to the sink, where the inner nodes are departments (a person inside the path only ever passes
 * through from its department to another, so people collapse into department -> department edges whose
 * cheapest representative is the top of a PairHeaps heap). Dijkstra with department potentials keeps every
 * residual edge at non-negative reduced cost, so the final assignment is optimal.
 * Per person: O(k * m) for the k departments settled, plus O(m log s) per person moved along the path.
 */
export function minCostCapacitatedReference(problem: CapacitatedProblem): {
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
    for (let d = 0; d < m; d++) {
      label[d] = cost[row + d]! - potential[d]!;
      previousDepartment[d] = -1;
    }
    settled.fill(0);
    let sinkLabel = Infinity;
    let lastDepartment = -1;
    for (;;) {
      let next = -1;
      let nextLabel = Infinity;
      for (let d = 0; d < m; d++) {
        if (settled[d] === 0 && label[d]! < nextLabel) {
          nextLabel = label[d]!;
          next = d;
        }
      }
      if (next < 0 || sinkLabel <= nextLabel) break;
      settled[next] = 1;
      const seated = count[next]!;
      if (seated < room[next]!) {
        const seatCost = seated < bonusRoom[next]! ? -bonus : 0;
        const throughSink = nextLabel + seatCost + potential[next]! - sinkPotential;
        if (throughSink < sinkLabel) {
          sinkLabel = throughSink;
          lastDepartment = next;
        }
      }
      // Relaxing can only produce labels >= nextLabel, so a sink already this cheap is final.
      if (seated === 0 || sinkLabel <= nextLabel) continue;
      const { keys, ids } = heaps.tops(next);
      const base = nextLabel + potential[next]!;
      for (let d = 0; d < m; d++) {
        if (settled[d] === 1) continue;
        const candidate = base + keys[d]! - potential[d]!;
        if (candidate < label[d]!) {
          label[d] = candidate;
          previousDepartment[d] = next;
          viaPerson[d] = ids[d]!;
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
