import type { Db } from "@portal/db";
import { daysBetween, timeToSignOffStats } from "@portal/domain";
import { departmentScope, positionScope, staffScope } from "../../scopes";
import type { Actor } from "../../actor";

/**
 * Days from a person's start date to their first sign-off (a later revocation does not undo how long
 * induction took), median and p90 per department and per position, plus a histogram. People count for their
 * current department and position, people who left included: induction time is history. HEAD: own departments.
 */
export async function timeToSignOff(db: Db, actor: Actor) {
  const staffWhere = { ...staffScope(actor), signOffs: { some: {} } };
  const [firsts, staff, departments, positions] = await Promise.all([
    db.signOff.groupBy({
      by: ["staffMemberId"],
      where: { staffMember: staffWhere },
      _min: { signedOffAt: true },
    }),
    db.staffMember.findMany({
      where: staffWhere,
      select: { id: true, startDate: true, departmentId: true, positionId: true },
    }),
    db.department.findMany({ where: departmentScope(actor), select: { id: true, name: true } }),
    db.position.findMany({
      where: positionScope(actor),
      select: { id: true, title: true, department: { select: { name: true } } },
    }),
  ]);
  const firstOf = new Map(firsts.map((f) => [f.staffMemberId, f._min.signedOffAt]));
  const rows = staff.flatMap((s) => {
    const first = firstOf.get(s.id);
    return first
      ? [{ departmentId: s.departmentId, positionId: s.positionId, days: daysBetween(s.startDate, first) }]
      : [];
  });
  const stats = timeToSignOffStats(rows);
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  const position = new Map(positions.map((p) => [p.id, p]));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    overall: stats.overall,
    histogram: stats.histogram,
    departments: stats.departments.map((d) => ({ ...d, name: departmentName.get(d.id) ?? "" })).sort(byName),
    positions: stats.positions
      .map((p) => ({
        ...p,
        name: position.get(p.id)?.title ?? "",
        departmentName: position.get(p.id)?.department.name ?? "",
      }))
      .sort((a, b) => a.departmentName.localeCompare(b.departmentName) || byName(a, b)),
  };
}
export type TimeToSignOff = Awaited<ReturnType<typeof timeToSignOff>>;
