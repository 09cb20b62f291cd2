import { durationStats, type DurationStats } from "../readiness/team";

/** One bar of a histogram: values v with from <= v < to (`to` null for the last, open-ended bar). */
export type HistogramBin = { from: number; to: number | null; count: number };

/** Bar widths in days that read naturally: a week, two weeks, a month, a quarter, half a year, a year. */
const dayWidths = [7, 14, 30, 90, 180, 365];

/**
 * Days as a histogram of equal-width bars starting at 0, with the narrowest natural width that needs at most
 * `maxBins` bars; with the widest width still too many, the last bar takes everything beyond.
 */
export function daysHistogram(days: readonly number[], maxBins = 12): HistogramBin[] {
  if (days.length === 0) return [];
  const max = Math.max(...days.map((d) => Math.max(0, d)));
  const width = dayWidths.find((w) => Math.floor(max / w) + 1 <= maxBins) ?? dayWidths.at(-1)!;
  const bins = Math.min(maxBins, Math.floor(max / width) + 1);
  const result: HistogramBin[] = Array.from({ length: bins }, (_, i) => ({
    from: i * width,
    to: (i + 1) * width,
    count: 0,
  }));
  if (Math.floor(max / width) + 1 > maxBins) result[bins - 1]!.to = null;
  for (const d of days) result[Math.min(bins - 1, Math.floor(Math.max(0, d) / width))]!.count += 1;
  return result;
}

export type TimeToSignOffRow = { departmentId: string; positionId: string | null; days: number };
export type DurationGroup = DurationStats & { id: string };

/** Median and p90 of days to sign-off per department and per position, plus all of them as one histogram. */
export function timeToSignOffStats(rows: readonly TimeToSignOffRow[]) {
  const group = (key: (r: TimeToSignOffRow) => string | null): DurationGroup[] => {
    const byKey = new Map<string, number[]>();
    for (const r of rows) {
      const k = key(r);
      if (k === null) continue;
      const list = byKey.get(k);
      if (list) list.push(r.days);
      else byKey.set(k, [r.days]);
    }
    return [...byKey].map(([id, values]) => ({ id, ...durationStats(values) }));
  };
  const all = rows.map((r) => r.days);
  return {
    overall: durationStats(all),
    departments: group((r) => r.departmentId),
    positions: group((r) => r.positionId),
    histogram: daysHistogram(all),
  };
}

const DAY_MS = 86_400_000;

/** Whole days from a start date to a sign-off, never negative (a sign-off dated before the start counts as day 0). */
export function daysBetween(start: Date, end: Date): number {
  return Math.max(0, Math.floor((end.getTime() - start.getTime()) / DAY_MS));
}
