/** Benchmark instances, generated from fixed seeds so every process (and SciPy) sees identical data. */
export type Instance = {
  name: string;
  people: number;
  departments: number;
  /** Row-major people x departments, integers 0-999. */
  fit: Float64Array;
  /** Seats per department; all 1 for the dense square instances. Sums to `people`. */
  capacity: Int32Array;
};

/** mulberry32: tiny, fast and reproducible across runs and machines. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fitMatrix(rows: number, cols: number, random: () => number): Float64Array {
  const fit = new Float64Array(rows * cols);
  for (let k = 0; k < fit.length; k++) fit[k] = Math.floor(random() * 1000);
  return fit;
}

export function denseInstance(n: number): Instance {
  const random = seededRandom(1000 + n);
  return {
    name: `dense ${n}x${n}`,
    people: n,
    departments: n,
    fit: fitMatrix(n, n, random),
    capacity: new Int32Array(n).fill(1),
  };
}

/** Uneven capacities (roughly 0.5x to 1.5x the average) that sum exactly to the number of people. */
export function capacitatedInstance(people: number, departments: number): Instance {
  const random = seededRandom(7 * people + departments);
  const fit = fitMatrix(people, departments, random);
  const weights = Array.from({ length: departments }, () => 0.5 + random());
  const weightTotal = weights.reduce((s, w) => s + w, 0);
  const capacity = Int32Array.from(weights, (w) => Math.floor((people * w) / weightTotal));
  let missing = people - capacity.reduce((s, c) => s + c, 0);
  for (let d = 0; missing > 0; d = (d + 1) % departments, missing--) capacity[d] = capacity[d]! + 1;
  return { name: `capacitated ${people}x${departments}`, people, departments, fit, capacity };
}

export function instanceById(id: string): Instance {
  const [kind, a, b] = id.split(":");
  if (kind === "dense") return denseInstance(Number(a));
  if (kind === "cap") return capacitatedInstance(Number(a), Number(b));
  throw new Error(`Unknown instance ${id}`);
}

/** Each department's column repeated `capacity` times: the square matrix the generic solvers need. */
export function expandedRows(instance: Instance, transform: (fit: number) => number): number[][] {
  const { people, departments, fit, capacity } = instance;
  const columnOf: number[] = [];
  for (let d = 0; d < departments; d++) for (let c = 0; c < capacity[d]!; c++) columnOf.push(d);
  const rows: number[][] = new Array<number[]>(people);
  for (let i = 0; i < people; i++) {
    const row = new Array<number>(columnOf.length);
    for (let k = 0; k < columnOf.length; k++) row[k] = transform(fit[i * departments + columnOf[k]!]!);
    rows[i] = row;
  }
  return rows;
}

/** Expanded column index -> department. */
export function departmentOfColumn(instance: Instance): Int32Array {
  const out: number[] = [];
  for (let d = 0; d < instance.departments; d++) for (let c = 0; c < instance.capacity[d]!; c++) out.push(d);
  return Int32Array.from(out);
}
