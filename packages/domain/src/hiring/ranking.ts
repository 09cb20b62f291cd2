/**
 * The order of a position's ranking table: eligible candidates first, then by fit score (descending), then by
 * name, then by id. Names and ids compare by code unit, not by locale, so the order is the same everywhere.
 */
export type Rankable = { eligible: boolean; score: number; name: string; id: string };

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareRanking(a: Rankable, b: Rankable): number {
  return (
    Number(b.eligible) - Number(a.eligible) ||
    b.score - a.score ||
    byCodeUnit(a.name, b.name) ||
    byCodeUnit(a.id, b.id)
  );
}
