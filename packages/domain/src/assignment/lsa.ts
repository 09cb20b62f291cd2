import { AssignmentInfeasibleError } from "./errors";

/**
 * Exact linear sum assignment on a dense row-major matrix with rows <= cols: every row gets a distinct
 * column, minimising the total (or maximising it with `maximize`, which reads the matrix negated, no copy). Shortest augmenting path with dual potentials (Jonker-Volgenant /
 * Crouse 2016, the algorithm behind SciPy's linear_sum_assignment), O(rows^2 * cols) worst case.
 * Returns the column of each row. Deterministic: ties are broken by scan order only.
 */
export function linearSumAssignment(
  cost: Float64Array,
  rows: number,
  cols: number,
  options: { maximize?: boolean } = {},
): Int32Array {
  if (rows > cols) throw new RangeError(`linearSumAssignment needs rows <= cols, got ${rows} x ${cols}`);
  if (cost.length !== rows * cols) throw new RangeError("cost length does not match rows * cols");
  const sign = options.maximize === true ? -1 : 1;
  const u = new Float64Array(rows);
  const v = new Float64Array(cols);
  const shortest = new Float64Array(cols);
  const path = new Int32Array(cols);
  const col4row = new Int32Array(rows).fill(-1);
  const row4col = new Int32Array(cols).fill(-1);
  const visitedRow = new Uint8Array(rows);
  const visitedCol = new Uint8Array(cols);
  const remaining = new Int32Array(cols);
  const visitedRows = new Int32Array(rows);

  const freeRows = rows === cols ? initialiseSquare(cost, sign, rows, u, v, col4row, row4col) : allRows(rows);
  for (const current of freeRows) {
    shortest.fill(Infinity);
    visitedRow.fill(0);
    visitedCol.fill(0);
    let remainingCount = cols;
    // Scanning columns from the end mirrors SciPy, which keeps its results comparable on ties.
    for (let it = 0; it < cols; it++) remaining[it] = cols - it - 1;
    let visitedRowCount = 0;
    let minVal = 0;
    let i = current;
    let sink = -1;
    while (sink === -1) {
      let index = -1;
      let lowest = Infinity;
      visitedRow[i] = 1;
      visitedRows[visitedRowCount++] = i;
      const base = minVal - u[i]!;
      const rowOffset = i * cols;
      for (let it = 0; it < remainingCount; it++) {
        const j = remaining[it]!;
        const r = base + sign * cost[rowOffset + j]! - v[j]!;
        let s = shortest[j]!;
        if (r < s) {
          path[j] = i;
          shortest[j] = r;
          s = r;
        }
        if (s < lowest || (s === lowest && row4col[j] === -1)) {
          lowest = s;
          index = it;
        }
      }
      minVal = lowest;
      if (minVal === Infinity) {
        throw new AssignmentInfeasibleError(
          "NO_FEASIBLE_ASSIGNMENT",
          "No complete assignment exists for the given costs.",
        );
      }
      const j = remaining[index]!;
      if (row4col[j] === -1) sink = j;
      else i = row4col[j]!;
      visitedCol[j] = 1;
      remaining[index] = remaining[--remainingCount]!;
    }
    u[current] = u[current]! + minVal;
    for (let k = 0; k < visitedRowCount; k++) {
      const r = visitedRows[k]!;
      if (r !== current) u[r] = u[r]! + minVal - shortest[col4row[r]!]!;
    }
    for (let j = 0; j < cols; j++) {
      if (visitedCol[j] === 1) v[j] = v[j]! - (minVal - shortest[j]!);
    }
    let j = sink;
    for (;;) {
      const r = path[j]!;
      row4col[j] = r;
      const previous = col4row[r]!;
      col4row[r] = j;
      if (r === current) break;
      j = previous;
    }
  }
  return col4row;
}

function allRows(rows: number): Int32Array {
  return Int32Array.from({ length: rows }, (_, i) => i);
}

/**
 * Jonker-Volgenant initialisation for square matrices: column reduction, reduction transfer and two rounds
 * of augmenting row reduction. It keeps the duals feasible (every assigned row sits on a column of minimal
 * reduced cost) and usually assigns most rows cheaply, so the augmenting-path phase only handles the rest.
 * Returns the rows left free; fills u, v, col4row and row4col.
 */
function initialiseSquare(
  cost: Float64Array,
  sign: number,
  n: number,
  u: Float64Array,
  v: Float64Array,
  col4row: Int32Array,
  row4col: Int32Array,
): Int32Array {
  const columnMinRow = new Int32Array(n);
  v.fill(Infinity);
  for (let i = 0; i < n; i++) {
    const offset = i * n;
    for (let j = 0; j < n; j++) {
      const c = sign * cost[offset + j]!;
      if (c < v[j]!) {
        v[j] = c;
        columnMinRow[j] = i;
      }
    }
  }
  const matches = new Int32Array(n);
  for (let j = n - 1; j >= 0; j--) {
    const i = columnMinRow[j]!;
    if (++matches[i]! === 1) {
      col4row[i] = j;
      row4col[j] = i;
    }
  }
  // A row holding exactly one column may lower that column's price down to its second-best option.
  let free = new Int32Array(n);
  let freeCount = 0;
  for (let i = 0; i < n; i++) {
    if (matches[i] === 0) {
      free[freeCount++] = i;
      continue;
    }
    if (matches[i] !== 1) continue;
    const own = col4row[i]!;
    const offset = i * n;
    let min = Infinity;
    for (let j = 0; j < n; j++) {
      if (j === own) continue;
      const h = sign * cost[offset + j]! - v[j]!;
      if (h < min) min = h;
    }
    if (min !== Infinity) v[own] = v[own]! - min;
  }
  for (let round = 0; round < 2 && freeCount > 0; round++) {
    const previous = free;
    const previousCount = freeCount;
    free = new Int32Array(n);
    freeCount = 0;
    let k = 0;
    // Immediate retries make the reduction fast on integers, but with floats a price step can be absorbed by
    // rounding; a budget bounds the round, and rows still free go to the exact augmenting-path phase.
    let retries = 16 * n;
    while (k < previousCount) {
      const i = previous[k++]!;
      const offset = i * n;
      let umin = sign * cost[offset]! - v[0]!;
      let j1 = 0;
      let j2 = -1;
      let usubmin = Infinity;
      for (let j = 1; j < n; j++) {
        const h = sign * cost[offset + j]! - v[j]!;
        if (h < usubmin) {
          if (h >= umin) {
            usubmin = h;
            j2 = j;
          } else {
            usubmin = umin;
            umin = h;
            j2 = j1;
            j1 = j;
          }
        }
      }
      let displaced = row4col[j1]!;
      let priceMoved = false;
      if (umin < usubmin) {
        const lowered = v[j1]! - (usubmin - umin);
        priceMoved = lowered < v[j1]!;
        v[j1] = lowered;
      } else if (displaced >= 0 && j2 >= 0) {
        j1 = j2;
        displaced = row4col[j2]!;
      }
      col4row[i] = j1;
      row4col[j1] = i;
      if (displaced >= 0) {
        col4row[displaced] = -1;
        // Retrying the displaced row at once is only worthwhile if the price really moved.
        if (priceMoved && retries-- > 0) previous[--k] = displaced;
        else free[freeCount++] = displaced;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const j = col4row[i]!;
    u[i] = j >= 0 ? sign * cost[i * n + j]! - v[j]! : 0;
  }
  return free.subarray(0, freeCount);
}
