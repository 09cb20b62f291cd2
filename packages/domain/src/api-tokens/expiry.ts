/**
 * When an API token may expire (issue 19, item 4). An admin picks a day; the token is valid through the end of
 * that day (UTC), so a token chosen "for 2027-01-31" still works during all of that day wherever the caller is.
 * The day must come after today and at most one year after it: a long-lived secret is the one that leaks.
 */
export type ApiTokenExpiryRefusal = "apiTokenExpiryPast" | "apiTokenExpiryTooLate";

const dayMs = 86_400_000;
const utcDay = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);

/** The latest day an admin may choose when today is `today` (both "YYYY-MM-DD"): the same date a year on. */
export function latestApiTokenExpiry(today: string): string {
  const d = new Date(utcDay(today));
  const year = d.getUTCFullYear() + 1;
  // 29 February a year on is 28 February, not 1 March (more than a year).
  const sameDay = new Date(Date.UTC(year, d.getUTCMonth(), d.getUTCDate()));
  const clamped =
    sameDay.getUTCMonth() === d.getUTCMonth() ? sameDay : new Date(Date.UTC(year, d.getUTCMonth() + 1, 0));
  return clamped.toISOString().slice(0, 10);
}

export function apiTokenExpiryRefusal(expiresOn: string, today: string): ApiTokenExpiryRefusal | null {
  if (utcDay(expiresOn) <= utcDay(today)) return "apiTokenExpiryPast";
  if (utcDay(expiresOn) > utcDay(latestApiTokenExpiry(today))) return "apiTokenExpiryTooLate";
  return null;
}

/** The instant the token stops working: the start of the day after `expiresOn`, UTC. */
export const apiTokenExpiresAt = (expiresOn: string) => new Date(utcDay(expiresOn) + dayMs);
