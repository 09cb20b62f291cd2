import type { Db } from "@portal/db";
import type { readinessExportQuery } from "@portal/validators";
import type { z } from "zod";
import { columnKeyOf, teamColumns, type ReadinessColumn } from "./columns";
import { teamReadiness } from "./team";
import type { Actor } from "../../actor";

/**
 * The whole filtered matrix (every person, not one page) for the CSV the reader's client writes in their language:
 * the columns (a requirement or a required course) and per person the status of each column, `null` where it does
 * not apply. Codes, not words: the client labels them (components/readiness/export-button.tsx).
 */
export async function exportReadinessCsv(db: Db, actor: Actor, q: z.output<typeof readinessExportQuery>) {
  const { department, people } = await teamReadiness(db, actor, q);
  const { columns, rowsById } = teamColumns(people);
  const rows = people.map((p) => {
    const cells = new Map(p.readiness.items.map((i) => [columnKeyOf(i, rowsById), i.status]));
    return {
      name: p.staff.user.name,
      email: p.staff.user.email,
      position: p.staff.position?.title ?? null,
      status: p.readiness.status,
      percent: p.readiness.percent,
      /** Whether the sign-off in force was an override; null when not signed off. */
      override: p.signOff ? p.signOff.override : null,
      cells: columns.map((c) => cells.get(c.key) ?? null),
    };
  });
  return {
    fileName: `readiness-${department.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.csv`,
    columns: columns.map(({ key: _k, blocking: _b, ...c }): ExportColumn => c),
    rows,
  };
}

type ExportColumn =
  | Omit<Extract<ReadinessColumn, { kind: "requirement" }>, "key" | "blocking">
  | Omit<Extract<ReadinessColumn, { kind: "course" }>, "key" | "blocking">;
