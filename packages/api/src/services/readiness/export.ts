import Papa from "papaparse";
import type { Db } from "@portal/db";
import type { readinessExportQuery } from "@portal/validators";
import type { z } from "zod";
import { columnKeyOf, teamColumns, type ReadinessColumn } from "./columns";
import { teamReadiness } from "./team";
import type { Actor } from "../../actor";

/** A column header a spreadsheet reader understands without the portal. */
export function columnLabel(c: ReadinessColumn): string {
  if (c.kind === "course") return `Course: ${c.title}`;
  const r = c.requirement;
  const must = r.mustHave ? " (must-have)" : "";
  switch (r.kind) {
    case "EXPERTISE":
      return `Expertise: ${r.segmentName ?? r.segmentId} level ${r.level}${must}`;
    case "EXPERIENCE":
      return `Experience: ${r.years} years${must}`;
    case "LANGUAGE":
      return `Language: ${r.language} ${r.cefr}${must}`;
    case "CERTIFICATION":
      return `Certification: ${r.certification}${must}`;
    case "CRITERION":
      return `Criterion: ${r.criterion} (${r.rating}/5)${must}`;
  }
}

/** The whole filtered matrix as CSV (every person, not one page); a cell reads met / partial / missing or is empty when it does not apply. */
export async function exportReadinessCsv(db: Db, actor: Actor, q: z.output<typeof readinessExportQuery>) {
  const { department, people } = await teamReadiness(db, actor, q);
  const { columns, rowsById } = teamColumns(people);
  const data = people.map((p) => {
    const cells = new Map(p.readiness.items.map((i) => [columnKeyOf(i, rowsById), i.status]));
    return [
      p.staff.user.name,
      p.staff.user.email,
      p.staff.position?.title ?? "",
      p.readiness.status,
      p.readiness.percent,
      p.signOff?.override ? "yes" : "",
      ...columns.map((c) => cells.get(c.key) ?? ""),
    ];
  });
  // escapeFormulae: a name such as "=HYPERLINK(...)" must not run as a formula when the file is opened in a spreadsheet.
  const csv = Papa.unparse(
    {
      fields: ["Name", "Email", "Position", "Readiness", "Percent", "Override", ...columns.map(columnLabel)],
      data,
    },
    { escapeFormulae: true },
  );
  return { fileName: `readiness-${department.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.csv`, csv };
}
