import type { AssignmentInput } from "./types";

/** Best objective over every possible assignment, or null when none satisfies the constraints. */
export function bruteForceBest(input: AssignmentInput & { fit: number[][] }): number | null {
  const n = input.fit.length;
  const m = input.headcount.length;
  const options = input.allowUnassigned ? m + 1 : m;
  const choice = new Array<number>(n).fill(0);
  const lockOf = new Map((input.locked ?? []).map((l) => [l.person, l.department]));
  let best: number | null = null;
  const total = options ** n;
  for (let code = 0; code < total; code++) {
    let rest = code;
    for (let i = 0; i < n; i++) {
      choice[i] = rest % options;
      rest = Math.floor(rest / options);
    }
    const counts = new Array<number>(m).fill(0);
    let value = 0;
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      const d = choice[i]! === m ? -1 : choice[i]!;
      const lock = lockOf.get(i);
      if (lock !== undefined && lock !== d) ok = false;
      if (d >= 0) {
        counts[d]! += 1;
        value += input.fit[i]![d]!;
      }
      const here = input.current?.[i] ?? -1;
      if (here !== -1 && here !== d) value -= input.moveCost ?? 0;
    }
    if (!ok) continue;
    if (input.headcount.some((h, d) => counts[d]! < h.min || counts[d]! > h.max)) continue;
    if (best === null || value > best) best = value;
  }
  return best;
}
