/**
 * Every staff record in the import's columns, for the CSV the reader's client writes in their language (headers,
 * status labels and delimiter; the import reads that language's words back, so export -> import round-trips).
 */
import type { Db } from "@portal/db";
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
  const rows = staff.map((s) => {
    const levels = new Map(s.expertise.map((e) => [e.segmentId, e.level]));
    return {
      email: s.user.email,
      name: s.user.name,
      department: s.department.name,
      position: s.position?.title ?? "",
      /** YYYY-MM-DD: what the import reads, and a date every spreadsheet recognises. */
      startDate: toIsoDate(s.startDate),
      status: s.status,
      /** One level per segment of `segments`, null where none is recorded. */
      levels: segments.map((seg) => levels.get(seg.id) ?? null),
    };
  });
  return {
    segments: segments.map((s) => s.name),
    rows,
    filename: `staff-${new Date().toISOString().slice(0, 10)}.csv`,
  };
}
