import { AssignmentInfeasibleError, AssignmentSession } from "../assignment";
import { isBestCustomers } from "../coverage/segments";
import { StaffingInfeasibleError } from "./errors";
import { departmentFit, isQualified } from "./requirements";
import type {
  DepartmentStaffing,
  ProgressReport,
  ProposedMove,
  SegmentStaffing,
  StaffingDepartment,
  StaffingInput,
  StaffingPerson,
  StaffingProposal,
} from "./types";

const ROWS_PER_REPORT = 1000;
/** Expertise levels are whole numbers 0-4 (a fractional one is scored on its own, see Scores.tenths). */
const WHOLE_LEVELS = 5;
const isWholeLevel = (level: number) => Number.isInteger(level) && level >= 0 && level < WHOLE_LEVELS;

/**
 * The staffing that maximises total fit (in tenths of a point, so the solver works on integers) minus
 * `moveCost` for every person who changes department, within every department's capacity; a move (or a chain
 * of moves) is proposed only when it gains more than its cost, never on a tie. A negative or non-finite
 * `moveCost` is an error (RangeError), never read as 0. Exact and deterministic: the same input always gives
 * the same proposal.
 */
export function proposeStaffing(input: StaffingInput, progress: ProgressReport = () => {}): StaffingProposal {
  return new StaffingSession(input, progress).proposal;
}

/**
 * A proposal kept with its solver state, so "what if this department had N places?" re-solves from this
 * solution (AssignmentSession, a warm start) instead of from scratch, with the same optimum as a cold
 * `proposeStaffing` of the changed input.
 */
export class StaffingSession {
  private readonly assignment: AssignmentSession;
  private readonly scores: Scores;
  private departments: StaffingDepartment[];
  private readonly column: Map<string, number>;
  private readonly current: Int32Array;
  /** The proposal for the input as given. */
  readonly proposal: StaffingProposal;

  constructor(
    private readonly input: StaffingInput,
    progress: ProgressReport = () => {},
  ) {
    const { people, departments } = input;
    checkInput(input);
    this.departments = [...departments];
    this.column = new Map(departments.map((d, j) => [d.id, j]));
    const m = departments.length;
    const n = people.length;
    this.current = Int32Array.from(people, (p) =>
      p.currentDepartmentId === null ? -1 : (this.column.get(p.currentDepartmentId) ?? -1),
    );
    checkFeasible(input, this.current);
    this.scores = new Scores(input.asOf);
    // A move must gain MORE than the move cost: fits are scaled by n + 1 and each move costs one unit more than
    // moveCost at that scale, so a set of k <= n moves whose gain only equals their cost loses to staying put,
    // while any real gain (at least a tenth) still outweighs the k extra units. Exact in integers.
    const scale = n + 1;
    const data = new Float64Array(n * m);
    const segmentIndex = new Map<string, number>();
    for (const d of departments)
      if (!segmentIndex.has(d.segmentId)) segmentIndex.set(d.segmentId, segmentIndex.size);
    const segmentOf = Int32Array.from(departments, (d) => segmentIndex.get(d.segmentId)!);
    // The scaled fit of every department for each whole level 0-4 (level-major: scaled[level * m + j]), so a
    // person's row is one look-up per department. Tenths times scale are integers, so scaling the table first
    // gives the same numbers as scaling each cell.
    const scaled = new Float64Array(WHOLE_LEVELS * m);
    for (let level = 0; level < WHOLE_LEVELS; level++)
      for (let j = 0; j < m; j++) scaled[level * m + j] = this.scores.tenths(departments[j]!, level) * scale;
    const levels = new Float64Array(segmentIndex.size);
    for (let i = 0; i < n; i++) {
      // The person's level per segment once, then a table look-up per department.
      levels.fill(0);
      let wholeLevels = true;
      for (const [segmentId, level] of Object.entries(people[i]!.expertise)) {
        const s = segmentIndex.get(segmentId);
        if (s === undefined) continue;
        levels[s] = level;
        if (!isWholeLevel(level)) wholeLevels = false;
      }
      const row = i * m;
      if (wholeLevels) for (let j = 0; j < m; j++) data[row + j] = scaled[levels[segmentOf[j]!]! * m + j]!;
      else
        for (let j = 0; j < m; j++)
          data[row + j] = this.scores.tenths(departments[j]!, levels[segmentOf[j]!]!) * scale;
      if ((i + 1) % ROWS_PER_REPORT === 0) progress("scoring", (i + 1) / n);
    }
    progress("scoring", 1);

    progress("solving", 0);
    this.assignment = this.solve(
      () =>
        new AssignmentSession({
          fit: { rows: n, cols: m, data },
          headcount: departments.map((d) => ({ min: d.minimum ?? 0, max: d.capacity })),
          locked: people.flatMap((p, i) =>
            p.locked && this.current[i]! >= 0 ? [{ person: i, department: this.current[i]! }] : [],
          ),
          current: this.current,
          moveCost: Math.round(input.moveCost * 10) * scale + 1,
        }),
    );
    progress("solving", 1);
    this.proposal = this.explain(this.assignment.result.departmentOf, progress);
  }

  /**
   * The proposal with department `departmentId` at `capacity` places (every other what-if of this session
   * stays as it is), re-solved from the current solution. Throws StaffingInfeasibleError when no plan fits.
   */
  withCapacity(
    departmentId: string,
    capacity: number,
    progress: ProgressReport = () => {},
  ): StaffingProposal {
    const j = this.column.get(departmentId);
    if (j === undefined) throw new RangeError(`Department ${departmentId} is not part of this plan`);
    const changed = this.departments.map((d, k) => (k === j ? { ...d, capacity } : d));
    const input = { ...this.input, departments: changed };
    checkInput(input);
    checkFeasible(input, this.current);
    progress("solving", 0);
    const result = this.solve(() => this.assignment.setMax(j, capacity));
    progress("solving", 1);
    this.departments = changed;
    return this.explain(result.departmentOf, progress);
  }

  private solve<T>(run: () => T): T {
    try {
      return run();
    } catch (e) {
      if (e instanceof AssignmentInfeasibleError)
        throw new StaffingInfeasibleError(describe(e, this.departments), {
          key: "staffingInfeasible",
          params: { reason: e.reason },
        });
      throw e;
    }
  }

  private explain(departmentOf: Int32Array, progress: ProgressReport) {
    const input = { ...this.input, departments: this.departments };
    const result = summarise(
      input,
      this.input.baselineDepartments ?? this.input.departments,
      departmentOf,
      this.scores,
      progress,
    );
    progress("explaining", 1);
    return result;
  }
}

/**
 * Fit scores by (department requirement, level): a department's fit depends only on the person's level in its
 * segment, so each distinct pair is scored once with scoreFit; the matrix holds scoreFit's own numbers.
 */
class Scores {
  private readonly cache = new Map<string, number>();
  constructor(private readonly asOf: Date) {}

  score(d: Pick<StaffingDepartment, "segmentId" | "requiredLevel">, level: number): number {
    const key = `${d.requiredLevel}:${level}`;
    let score = this.cache.get(key);
    if (score === undefined) {
      score = departmentFit(
        { expertise: { [d.segmentId]: level } },
        { ...d, id: "", name: "", capacity: 0 },
        this.asOf,
      ).score;
      this.cache.set(key, score);
    }
    return score;
  }

  private readonly tenthsTable = new Map<StaffingDepartment, Float64Array>();

  /** score * 10, rounded; integer levels 0-4 from a per-department table. */
  tenths(d: StaffingDepartment, level: number): number {
    if (!isWholeLevel(level)) return Math.round(this.score(d, level) * 10);
    let table = this.tenthsTable.get(d);
    if (!table) {
      table = Float64Array.from({ length: WHOLE_LEVELS }, (_, l) => Math.round(this.score(d, l) * 10));
      this.tenthsTable.set(d, table);
    }
    return table[level]!;
  }
}

function checkInput({ people, departments, moveCost }: StaffingInput) {
  const ids = new Set<string>();
  for (const d of departments) {
    if (ids.has(d.id)) throw new RangeError(`Department ${d.id} appears twice`);
    ids.add(d.id);
    if (!Number.isInteger(d.capacity) || d.capacity < 0)
      throw new StaffingInfeasibleError(`${d.name}: the capacity must be a whole number of at least 0.`, {
        key: "staffingCapacityInvalid",
        params: { department: d.name },
      });
    if ((d.minimum ?? 0) > d.capacity)
      throw new StaffingInfeasibleError(`${d.name}: the minimum headcount is above its capacity.`, {
        key: "staffingMinimumAboveCapacity",
        params: { department: d.name },
      });
  }
  const personIds = new Set<string>();
  for (const p of people) {
    if (personIds.has(p.id)) throw new RangeError(`Person ${p.id} appears twice`);
    personIds.add(p.id);
  }
  if (!Number.isFinite(moveCost) || moveCost < 0)
    throw new RangeError("moveCost must be a finite number >= 0");
}

function checkFeasible({ people, departments }: StaffingInput, current: Int32Array) {
  const seats = departments.reduce((sum, d) => sum + d.capacity, 0);
  if (people.length > seats) {
    throw new StaffingInfeasibleError(
      `${people.length} people need a department but the departments have ${seats} places in total: raise a capacity or add a department.`,
      { key: "staffingTooFewSeats", params: { people: people.length, seats } },
    );
  }
  const lockedIn = new Int32Array(departments.length);
  people.forEach((p, i) => {
    if (!p.locked) return;
    if (current[i]! < 0)
      throw new StaffingInfeasibleError(
        `${p.name} is kept in place, but their department is not part of this plan.`,
        { key: "staffingLockedOutside", params: { name: p.name } },
      );
    lockedIn[current[i]!]! += 1;
  });
  departments.forEach((d, j) => {
    if (lockedIn[j]! > d.capacity) {
      throw new StaffingInfeasibleError(
        `${d.name} has ${lockedIn[j]} people kept in place but room for only ${d.capacity}.`,
        {
          key: "staffingLocksExceedCapacity",
          params: { department: d.name, locked: lockedIn[j]!, capacity: d.capacity },
        },
      );
    }
  });
}

function describe(error: AssignmentInfeasibleError, departments: readonly StaffingDepartment[]): string {
  return error.message.replace(
    /Department (\d+)/g,
    (whole, index: string) => departments[Number(index)]?.name ?? whole,
  );
}

function summarise(
  input: StaffingInput,
  baseline: readonly StaffingDepartment[],
  departmentOf: Int32Array,
  scores: Scores,
  progress: ProgressReport,
): StaffingProposal {
  const { people, departments, asOf } = input;
  const baselineById = new Map(baseline.map((d) => [d.id, d]));
  const assignment: Record<string, string> = {};
  const moves: ProposedMove[] = [];
  const before = new Map<string, StaffingPerson[]>();
  const after = new Map<string, StaffingPerson[]>();
  let fitBefore = 0;
  let fitAfter = 0;
  people.forEach((person, i) => {
    const to = departments[departmentOf[i]!]!;
    assignment[person.id] = to.id;
    push(after, to.id, person);
    const from =
      person.currentDepartmentId === null ? undefined : baselineById.get(person.currentDepartmentId);
    if (from) push(before, from.id, person);
    const level = (d: StaffingDepartment) => person.expertise[d.segmentId] ?? 0;
    fitBefore += from ? scores.score(from, level(from)) : 0;
    fitAfter += scores.score(to, level(to));
    if (person.currentDepartmentId !== to.id) {
      // The full explanation only for the people who move.
      const fitFrom = from ? departmentFit(person, from, asOf) : null;
      const fitTo = departmentFit(person, to, asOf);
      moves.push({
        personId: person.id,
        personName: person.name,
        fromDepartmentId: person.currentDepartmentId,
        toDepartmentId: to.id,
        before: fitFrom,
        after: fitTo,
        gain: round1(fitTo.score - (fitFrom?.score ?? 0)),
      });
    }
    if ((i + 1) % ROWS_PER_REPORT === 0) progress("explaining", (i + 1) / people.length);
  });
  moves.sort(
    (a, b) => b.gain - a.gain || (a.personName < b.personName ? -1 : a.personName > b.personName ? 1 : 0),
  );

  const staffing = (
    list: readonly StaffingDepartment[],
    members: Map<string, StaffingPerson[]>,
    segmentId: string,
  ): SegmentStaffing => {
    const serving = list.filter((d) => d.segmentId === segmentId);
    const target = serving.reduce((sum, d) => sum + d.capacity, 0);
    let qualified = 0;
    let count = 0;
    for (const d of serving) {
      for (const p of members.get(d.id) ?? []) {
        count += 1;
        if (isQualified(p, d)) qualified += 1;
      }
    }
    return {
      departmentIds: serving.map((d) => d.id),
      target,
      qualified,
      people: count,
      gap: Math.max(0, target - qualified),
      orphan: serving.length === 0,
    };
  };
  const segments = input.segments.map((s) => ({
    segmentId: s.id,
    name: s.name,
    bestCustomerPriority: s.bestCustomerPriority,
    bestCustomers: isBestCustomers(s.bestCustomerPriority),
    before: staffing(baseline, before, s.id),
    after: staffing(departments, after, s.id),
  }));

  const departmentRows: DepartmentStaffing[] = [
    ...new Map([...baseline, ...departments].map((d) => [d.id, d])).values(),
  ].map((d) => {
    const was = baselineById.get(d.id);
    const proposed = departments.find((x) => x.id === d.id);
    const inBefore = before.get(d.id) ?? [];
    const inAfter = after.get(d.id) ?? [];
    return {
      departmentId: d.id,
      name: d.name,
      capacity: proposed?.capacity ?? 0,
      headcountBefore: inBefore.length,
      headcountAfter: inAfter.length,
      qualifiedBefore: was ? inBefore.filter((p) => isQualified(p, was)).length : 0,
      qualifiedAfter: proposed ? inAfter.filter((p) => isQualified(p, proposed)).length : 0,
    };
  });

  return {
    assignment,
    moves,
    segments,
    departments: departmentRows,
    totals: {
      fitBefore: round1(fitBefore),
      fitAfter: round1(fitAfter),
      people: people.length,
      moves: moves.length,
    },
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const round1 = (x: number) => Math.round(x * 10) / 10;
