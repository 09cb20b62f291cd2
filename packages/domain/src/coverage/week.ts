const DAY_MS = 86_400_000;

/** Monday 00:00 UTC of the week `date` falls in: the key of weekly snapshots, the same on every server. */
export function weekStartUtc(date: Date): Date {
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - sinceMonday * DAY_MS);
}

/** The Mondays of the last `weeks` weeks up to the one `now` falls in, oldest first. */
export function lastWeeks(now: Date, weeks: number): Date[] {
  const current = weekStartUtc(now).getTime();
  return Array.from({ length: weeks }, (_, i) => new Date(current - (weeks - 1 - i) * 7 * DAY_MS));
}
