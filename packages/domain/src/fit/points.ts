/**
 * Splits a total score over its parts in tenths of a point so that the rounded parts add up exactly to the
 * rounded total (largest-remainder method). `raw` are the unrounded contributions in score points.
 * A part whose raw value is 0 always gets 0.
 */
export function apportionTenths(raw: readonly number[]): { total: number; parts: number[] } {
  // Snapping to 1e-6 tenth removes float noise such as 299.99999999997 before flooring.
  const tenths = raw.map((r) => Math.round(r * 10 * 1e6) / 1e6);
  const exactTotal = tenths.reduce((sum, t) => sum + t, 0);
  const total = Math.round(exactTotal);
  const floors = tenths.map((t) => Math.floor(t));
  let remaining = total - floors.reduce((sum, f) => sum + f, 0);
  const byRemainder = tenths
    .map((t, index) => ({ index, remainder: t - Math.floor(t) }))
    .filter((e) => e.remainder > 0)
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const entry of byRemainder) {
    if (remaining <= 0) break;
    floors[entry.index] = (floors[entry.index] ?? 0) + 1;
    remaining -= 1;
  }
  return { total: total / 10, parts: floors.map((f) => f / 10) };
}
