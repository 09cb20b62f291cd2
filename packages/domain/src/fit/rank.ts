import { scoreFit } from "./score";
import type { FitResult, PersonAttributes, Requirement } from "./types";

export type RankedCandidate<P> = { person: P; fit: FitResult };

/**
 * Candidates ordered eligible first, then by score descending, then by id. Ids are compared by code unit,
 * not by locale, so the order is the same on every machine.
 */
export function rankCandidates<P extends PersonAttributes & { id: string }>(
  people: readonly P[],
  requirements: readonly Requirement[],
  asOf: Date,
): RankedCandidate<P>[] {
  return people
    .map((person) => ({ person, fit: scoreFit(person, requirements, asOf) }))
    .sort(
      (a, b) =>
        Number(b.fit.eligible) - Number(a.fit.eligible) ||
        b.fit.score - a.fit.score ||
        (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0),
    );
}
