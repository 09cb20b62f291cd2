/**
 * Splits a total score over its parts in tenths of a point so that the rounded parts add up exactly to the
 * rounded total (largest-remainder method), with equal parts for equal contributions: the tenths left after
 * flooring go to whole groups of equal contributions (largest remainder first, a group only when the rest can
 * still be placed exactly), so two met requirements of equal weight show equal points. Only when no choice of
 * whole groups adds up (three equal thirds of 100: 33.3 + 33.3 + 33.3 is not 100) do the members of one group
 * differ, by one tenth, the earlier requirement first. `raw` are the unrounded contributions in score points.
 * Every part is its raw value rounded down or up to a tenth; a part whose raw value is 0 always gets 0.
 */
export function apportionTenths(raw: readonly number[]): { total: number; parts: number[] } {
  // Snapping to 1e-6 tenth removes float noise such as 299.99999999997 before flooring.
  const tenths = raw.map((r) => Math.round(r * 10 * 1e6) / 1e6);
  const exactTotal = tenths.reduce((sum, t) => sum + t, 0);
  const total = Math.round(exactTotal);
  const floors = tenths.map((t) => Math.floor(t));
  const remaining = total - floors.reduce((sum, f) => sum + f, 0);
  // Groups of equal contributions that a tenth may go to, largest remainder first.
  const groups = new Map<number, number[]>();
  tenths.forEach((t, index) => {
    if (t - Math.floor(t) <= 0) return;
    const members = groups.get(t);
    if (members) members.push(index);
    else groups.set(t, [index]);
  });
  const ordered = [...groups.entries()]
    .map(([t, members]) => ({ remainder: t - Math.floor(t), members }))
    .sort((a, b) => b.remainder - a.remainder || a.members[0]! - b.members[0]!);
  for (const index of chooseGroups(ordered, remaining)) floors[index] = (floors[index] ?? 0) + 1;
  return { total: total / 10, parts: floors.map((f) => f / 10) };
}

/**
 * The indices that receive one more tenth: whole groups, in order, each taken when the groups after it can still
 * make up the rest exactly (a subset-sum check over the sizes); plain largest remainder when nothing adds up.
 */
function chooseGroups(groups: readonly { members: number[] }[], remaining: number): number[] {
  if (remaining <= 0) return [];
  // reachable[i] = the sums that groups i.. can make with whole groups.
  const reachable: Set<number>[] = Array.from({ length: groups.length + 1 }, () => new Set<number>());
  reachable[groups.length]!.add(0);
  for (let i = groups.length - 1; i >= 0; i--) {
    const size = groups[i]!.members.length;
    for (const s of reachable[i + 1]!) {
      reachable[i]!.add(s);
      if (s + size <= remaining) reachable[i]!.add(s + size);
    }
  }
  if (reachable[0]!.has(remaining)) {
    const chosen: number[] = [];
    let rest = remaining;
    groups.forEach((g, i) => {
      const size = g.members.length;
      if (rest >= size && reachable[i + 1]!.has(rest - size)) {
        chosen.push(...g.members);
        rest -= size;
      }
    });
    return chosen;
  }
  // Nothing adds up: whole groups while they fit, then one tenth each to the first members of the others.
  const chosen: number[] = [];
  const left: number[] = [];
  let rest = remaining;
  for (const g of groups) {
    if (g.members.length <= rest) {
      chosen.push(...g.members);
      rest -= g.members.length;
    } else left.push(...g.members);
  }
  return [...chosen, ...left.slice(0, rest)];
}

/**
 * Weights as shares of 100 with one decimal that add up to exactly 100 (the same apportionment as points), so
 * a profile reads "40 + 35 + 25" instead of raw relative weights. Equal weights get equal shares when possible.
 */
export function weightShares(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (weights.length === 0 || !(total > 0)) return weights.map(() => 0);
  return apportionTenths(weights.map((w) => (100 * w) / total)).parts;
}
