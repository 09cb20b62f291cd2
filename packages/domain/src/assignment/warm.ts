import { solveKeepingState, summarise } from "./assign";
import { buildCostMatrix, costRange } from "./costMatrix";
import { AssignmentInfeasibleError } from "./errors";
import { PairHeaps } from "./pairHeaps";
import type { AssignmentInput, AssignmentResult, DenseMatrix } from "./types";
import { checkFeasible, toDense } from "./validate";

/**
 * An optimal assignment kept with its solver state (the cost matrix, the people per department in pair heaps),
 * so a change of one department's maximum headcount is re-solved from the previous solution instead of from
 * scratch: the result has the same objective value as a cold `assignPeople` of the changed input.
 *
 * How (README, "Warm start"): the department graph of the current assignment (edge a -> b = the cheapest move
 * of one person from a to b, plus a sink with seat edges) has no negative cycle, because the assignment is
 * optimal; shortest-path distances in it (Bellman-Ford, once per change) are valid duals. Lowering d's maximum
 * below its headcount sends the surplus out of d along shortest paths to departments with a free seat
 * (successive shortest paths from d); raising it lets chains of moves end in d while the cheapest cycle
 * through d's new seat still improves the objective. Both keep the duals valid, so the result is optimal.
 */
export class AssignmentSession {
  private readonly fit: DenseMatrix;
  private readonly headcount: { min: number; max: number }[];
  private readonly lockedCount: Int32Array;
  private readonly free: Int32Array;
  private readonly columns: number;
  private readonly room: Int32Array;
  private readonly bonusRoom: Int32Array;
  private readonly bonus: number;
  private readonly heaps: PairHeaps;
  /** Column per free person (row of the cost matrix); column m = unassigned. */
  private readonly chosen: Int32Array;
  private readonly lockedDepartmentOf: Int32Array;
  private readonly potential: Float64Array;
  private current: AssignmentResult;

  /** Cold solve of `input` (exactly `assignPeople`), kept for later changes. */
  constructor(private readonly input: AssignmentInput) {
    const cold = solveKeepingState(input);
    this.current = cold.result;
    const m = input.headcount.length;
    this.fit = toDense(input.fit, m);
    const n = this.fit.rows;
    this.headcount = input.headcount.map(({ min, max }) => ({ min, max }));
    const lockOf = checkFeasible(input, n);
    this.lockedDepartmentOf = lockOf;
    this.lockedCount = new Int32Array(m);
    let freeCount = 0;
    for (let i = 0; i < n; i++) {
      const lock = lockOf[i]!;
      if (lock >= 0) this.lockedCount[lock] = this.lockedCount[lock]! + 1;
      else freeCount++;
    }
    this.free = new Int32Array(freeCount);
    for (let i = 0, r = 0; i < n; i++) if (lockOf[i]! < 0) this.free[r++] = i;
    this.columns = input.allowUnassigned === true ? m + 1 : m;
    this.room = new Int32Array(this.columns).fill(freeCount);
    this.bonusRoom = new Int32Array(this.columns);
    for (let d = 0; d < m; d++) this.setRoom(d);
    const cost =
      cold.state.cost ??
      buildCostMatrix(this.fit.data, m, this.free, this.columns, input.current, input.moveCost ?? 0);
    // The same bonus as the cold solver, so minimum seats weigh the same (assign.ts, solveCapacitated).
    const range = costRange(cost);
    this.bonus = (this.columns - 1) * range + Math.max(1, range);
    if (cold.state.heaps && cold.state.chosen) {
      // The capacitated solver's own heaps and assignment (over the same cost matrix): nothing to rebuild.
      this.heaps = cold.state.heaps;
      this.chosen = cold.state.chosen;
    } else {
      this.chosen = Int32Array.from(this.free, (person) => {
        const d = this.current.departmentOf[person]!;
        return d < 0 ? m : d;
      });
      const seated = new Int32Array(this.columns);
      for (const d of this.chosen) seated[d] = seated[d]! + 1;
      this.heaps = new PairHeaps(cost, freeCount, this.columns, (d) => seated[d]! + 8);
      this.chosen.forEach((d, r) => this.heaps.insert(r, d));
    }
    this.potential = new Float64Array(this.columns + 1);
  }

  get result(): AssignmentResult {
    return this.current;
  }

  /**
   * Sets department `department`'s maximum headcount and re-solves from the current assignment. Throws
   * AssignmentInfeasibleError (and keeps the previous state) when the change admits no assignment.
   */
  setMax(department: number, max: number): AssignmentResult {
    const m = this.input.headcount.length;
    if (!Number.isInteger(department) || department < 0 || department >= m)
      throw new RangeError(`Department ${department} does not exist`);
    const headcount = this.headcount.map((h, d) => (d === department ? { min: h.min, max } : h));
    checkFeasible({ ...this.input, headcount }, this.fit.rows);
    this.headcount[department] = { min: this.headcount[department]!.min, max };
    if (this.free.length === 0) return (this.current = this.summary());

    this.computePotentials();
    this.setRoom(department);
    const size = this.heaps.size;
    const sink = this.columns;
    // Too many people in the department: send the surplus, one at a time, along a shortest path to a free seat.
    while (size[department]! > this.room[department]!) {
      this.shortestPath(department, sink, department);
      this.augment(department, sink);
    }
    // A new free seat: fill it while a chain of moves ending in it improves the objective.
    while (size[department]! < this.room[department]!) {
      const label = this.shortestPath(sink, department, department);
      if (!Number.isFinite(label[department]!)) break;
      // The duals are already updated by this path: its raw cost is the difference of its ends' duals.
      const raw = this.potential[department]! - this.potential[sink]!;
      if (raw + this.addCost(department) >= 0) break;
      this.augment(sink, department);
    }
    for (let d = 0; d < m; d++) {
      if (size[d]! < this.bonusRoom[d]!)
        throw new AssignmentInfeasibleError(
          "NO_FEASIBLE_ASSIGNMENT",
          `Department ${d} cannot reach its minimum headcount with the people available.`,
        );
    }
    return (this.current = this.summary());
  }

  private setRoom(d: number) {
    const { min, max } = this.headcount[d]!;
    const freeCount = this.free.length;
    this.room[d] = Math.min(max - this.lockedCount[d]!, freeCount);
    this.bonusRoom[d] = Math.max(0, min - this.lockedCount[d]!);
  }

  /** Cost of seating one more person in column a (its next seat is a minimum seat or not). */
  private addCost(a: number) {
    return this.heaps.size[a]! < this.bonusRoom[a]! ? -this.bonus : 0;
  }

  /** Cost of freeing the last taken seat of column a. */
  private removeCost(a: number) {
    return this.heaps.size[a]! - 1 < this.bonusRoom[a]! ? this.bonus : 0;
  }

  /**
   * Duals of the current (optimal) assignment: shortest distances in its residual department graph from a
   * virtual root joined to every node at cost 0 (Bellman-Ford; the graph has no negative cycle).
   */
  private computePotentials() {
    const V = this.columns + 1;
    const sink = this.columns;
    const size = this.heaps.size;
    const dist = this.potential;
    dist.fill(0);
    for (let pass = 0; ; pass++) {
      if (pass > V) throw new Error("The assignment kept for a warm start is not optimal.");
      let changed = false;
      for (let a = 0; a < this.columns; a++) {
        const da = dist[a]!;
        if (size[a]! < this.room[a]!) {
          const c = da + this.addCost(a);
          if (c < dist[sink]! - 1e-9) {
            dist[sink] = c;
            changed = true;
          }
        }
        if (size[a]! === 0) continue;
        const fromSink = dist[sink]! + this.removeCost(a);
        if (fromSink < dist[a]! - 1e-9) {
          dist[a] = fromSink;
          changed = true;
        }
        const { keys } = this.heaps.tops(a);
        const base = dist[a]!;
        for (let b = 0; b < this.columns; b++) {
          if (b === a) continue;
          const c = base + keys[b]!;
          if (c < dist[b]! - 1e-9) {
            dist[b] = c;
            changed = true;
          }
        }
      }
      if (!changed) return;
    }
  }

  private readonly labels = {
    label: new Float64Array(0),
    previous: new Int32Array(0),
    via: new Int32Array(0),
  };

  /**
   * Dijkstra on reduced costs from `source` until `target` is settled; `noSeatFrom` has no edge to the sink
   * (the department whose seats are being changed). Updates the duals; returns the labels.
   */
  private shortestPath(source: number, target: number, noSeatFrom: number): Float64Array {
    const V = this.columns + 1;
    const sink = this.columns;
    if (this.labels.label.length !== V)
      Object.assign(this.labels, {
        label: new Float64Array(V),
        previous: new Int32Array(V),
        via: new Int32Array(V),
      });
    const { label, previous, via } = this.labels;
    const settled = new Uint8Array(V);
    const pi = this.potential;
    const size = this.heaps.size;
    label.fill(Infinity);
    previous.fill(-1);
    label[source] = 0;
    for (;;) {
      let u = -1;
      let best = Infinity;
      for (let v = 0; v < V; v++) {
        if (settled[v] === 0 && label[v]! < best) {
          best = label[v]!;
          u = v;
        }
      }
      if (u < 0) break;
      settled[u] = 1;
      if (u === target) break;
      if (u === sink) {
        for (let a = 0; a < this.columns; a++) {
          if (settled[a] === 1 || size[a] === 0) continue;
          const c = best + this.removeCost(a) + pi[sink]! - pi[a]!;
          if (c < label[a]!) {
            label[a] = c;
            previous[a] = sink;
            via[a] = -1;
          }
        }
        continue;
      }
      if (u !== noSeatFrom && size[u]! < this.room[u]! && settled[sink] === 0) {
        const c = best + this.addCost(u) + pi[u]! - pi[sink]!;
        if (c < label[sink]!) {
          label[sink] = c;
          previous[sink] = u;
          via[sink] = -1;
        }
      }
      if (size[u] === 0) continue;
      const { keys, ids } = this.heaps.tops(u);
      const base = best + pi[u]!;
      for (let b = 0; b < this.columns; b++) {
        if (b === u || settled[b] === 1) continue;
        const c = base + keys[b]! - pi[b]!;
        if (c < label[b]!) {
          label[b] = c;
          previous[b] = u;
          via[b] = ids[b]!;
        }
      }
    }
    const reach = label[target]!;
    if (!Number.isFinite(reach)) return label;
    for (let v = 0; v < V; v++) pi[v] = pi[v]! + Math.min(label[v]!, reach);
    return label;
  }

  /** Applies the path found last, from `source` to `target`: every department edge moves its person. */
  private augment(source: number, target: number) {
    const { previous, via } = this.labels;
    if (previous[target]! < 0 && source !== target)
      throw new AssignmentInfeasibleError(
        "CAPACITY_BELOW_PEOPLE",
        "There is no free seat left: the departments' maximum headcounts are full.",
      );
    for (let to = target; to !== source;) {
      const from = previous[to]!;
      const person = via[to]!;
      if (person >= 0) {
        this.heaps.remove(person, from);
        this.heaps.insert(person, to);
        this.chosen[person] = to;
      }
      to = from;
    }
  }

  private summary(): AssignmentResult {
    const m = this.input.headcount.length;
    const departmentOf = Int32Array.from(this.lockedDepartmentOf);
    this.free.forEach((person, r) => {
      const d = this.chosen[r]!;
      departmentOf[person] = d < m ? d : -1;
    });
    return summarise(departmentOf, this.fit.data, m, this.input.current, this.input.moveCost ?? 0);
  }
}
