/**
 * Memo of scoreApplication results, keyed by EVERYTHING the score depends on: the profile's requirement rows,
 * the candidate's declared facts, the submitted ratings, and the UTC day (certificate expiry dates are whole
 * days, so a score can only change at midnight). The key is rebuilt from freshly read rows on every call, so
 * a change to any input is a different key and the fit is recomputed: the memo can be cold, never stale.
 * Ranking 10,000 candidates re-scores only those whose inputs changed since the last ranking in this process.
 */
import type { ApplicationFit } from "./fit";

const MAX_ENTRIES = 200_000;
const memo = new Map<string, { key: string; fit: ApplicationFit }>();

export function cachedFit(applicationId: string, key: string, compute: () => ApplicationFit): ApplicationFit {
  const hit = memo.get(applicationId);
  if (hit && hit.key === key) return hit.fit;
  const fit = compute();
  if (memo.size >= MAX_ENTRIES && !hit) memo.delete(memo.keys().next().value!); // oldest first
  memo.set(applicationId, { key, fit });
  return fit;
}

/** For tests and benchmarks that measure the cold path. */
export function clearFitCache() {
  memo.clear();
}
