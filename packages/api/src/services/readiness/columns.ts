import { itemKey, requirementKey, type ReadinessItem } from "@portal/domain";
import type { PersonReadiness, RequirementRow } from "./load";

/**
 * A column of the team matrix: one requirement (the same demand in several positions' profiles is one
 * column, keyed by `requirementKey`) or one required course. `blocking` = people it keeps from sign-off.
 */
export type ReadinessColumn =
  | { key: string; kind: "requirement"; requirement: RequirementSummary; mustHave: boolean; blocking: number }
  | { key: string; kind: "course"; courseId: string; title: string; mustHave: true; blocking: number };

export type RequirementSummary = Pick<
  RequirementRow,
  | "kind"
  | "segmentId"
  | "level"
  | "years"
  | "language"
  | "cefr"
  | "certification"
  | "criterion"
  | "rating"
  | "weight"
  | "mustHave"
> & { segmentName: string | null };

export const summarizeRequirement = (row: RequirementRow): RequirementSummary => ({
  kind: row.kind,
  segmentId: row.segmentId,
  segmentName: row.segment?.name ?? null,
  level: row.level,
  years: row.years,
  language: row.language,
  cefr: row.cefr,
  certification: row.certification,
  criterion: row.criterion,
  rating: row.rating,
  weight: row.weight,
  mustHave: row.mustHave,
});

// Every person of a position shares the same requirement rows: compute each row's key once.
const keys = new WeakMap<RequirementRow, string>();

/** The matrix column an item of one person's readiness belongs to. */
export function columnKeyOf(item: ReadinessItem, rows: ReadonlyMap<string, RequirementRow>): string {
  if (item.kind === "course") return itemKey(item);
  const row = rows.get(item.requirementId);
  if (!row) return itemKey(item);
  let key = keys.get(row);
  if (key === undefined) keys.set(row, (key = requirementKey(row)));
  return key;
}

/** Columns for a set of people, most blocking first, then must-haves, then requirements before courses. */
export function teamColumns(people: readonly PersonReadiness[]): {
  columns: ReadinessColumn[];
  rowsById: Map<string, RequirementRow>;
} {
  const rowsById = new Map<string, RequirementRow>();
  for (const p of people) for (const r of p.profile?.requirements ?? []) rowsById.set(r.id, r);
  const columns = new Map<string, ReadinessColumn>();
  for (const p of people) {
    for (const item of p.readiness.items) {
      const key = columnKeyOf(item, rowsById);
      let column = columns.get(key);
      if (!column) {
        column =
          item.kind === "course"
            ? { key, kind: "course", courseId: item.courseId, title: item.title, mustHave: true, blocking: 0 }
            : {
                key,
                kind: "requirement",
                requirement: summarizeRequirement(rowsById.get(item.requirementId)!),
                mustHave: item.requirement.mustHave,
                blocking: 0,
              };
        columns.set(key, column);
      }
      if (p.readiness.blockers.includes(item)) column.blocking += 1;
    }
  }
  const order = (c: ReadinessColumn) => (c.kind === "requirement" ? 0 : 1);
  return {
    columns: [...columns.values()].sort(
      (a, b) =>
        b.blocking - a.blocking ||
        Number(b.mustHave) - Number(a.mustHave) ||
        order(a) - order(b) ||
        a.key.localeCompare(b.key),
    ),
    rowsById,
  };
}
