/** CSV export of all staff in the import format, so export -> import round-trips without changes. */
import Papa from "papaparse";
import type { Db } from "@portal/db";
import { expertiseColumnPrefix, staffCsvColumns } from "@portal/validators";
import { staffScope } from "../../scopes";
import { toIsoDate } from "./placement";
import type { Actor } from "../../actor";

export async function exportStaffCsv(db: Db, actor: Actor) {
  const [segments, staff] = await Promise.all([
    db.customerSegment.findMany({
      where: { archived: false },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.staffMember.findMany({
      where: staffScope(actor),
      orderBy: [{ department: { name: "asc" } }, { user: { email: "asc" } }],
      select: {
        startDate: true,
        status: true,
        user: { select: { email: true, name: true } },
        department: { select: { name: true } },
        position: { select: { title: true } },
        expertise: { select: { segmentId: true, level: true } },
      },
    }),
  ]);
  const fields = [...staffCsvColumns, ...segments.map((s) => `${expertiseColumnPrefix}${s.name}`)];
  const data = staff.map((s) => {
    const levels = new Map(s.expertise.map((e) => [e.segmentId, e.level]));
    return [
      s.user.email,
      s.user.name,
      s.department.name,
      s.position?.title ?? "",
      toIsoDate(s.startDate),
      s.status,
      ...segments.map((seg) => levels.get(seg.id)?.toString() ?? ""),
    ];
  });
  // escapeFormulae: a name like "=HYPERLINK(...)" must not run as a formula when the file is opened.
  const csv = Papa.unparse({ fields, data }, { escapeFormulae: true, newline: "\r\n" });
  return { csv, rows: data.length, filename: `staff-${new Date().toISOString().slice(0, 10)}.csv` };
}
