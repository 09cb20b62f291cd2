import type { Db } from "@portal/db";
import { compareTeamRows, type ReadinessStatus } from "@portal/domain";
import type { readinessExportQuery, readinessTeamQuery } from "@portal/validators";
import type { z } from "zod";
import { notFound } from "../../errors";
import { contains, toPage } from "../../pagination";
import { departmentScope } from "../../scopes";
import { columnKeyOf, teamColumns } from "./columns";
import { loadReadiness, type PersonReadiness } from "./load";
import type { Actor } from "../../actor";

type TeamFilter = z.output<typeof readinessExportQuery>;

/** `actual` is what the person has in the requirement's unit (see RequirementFit), or a course's status. */
export type ReadinessCell = {
  status: "met" | "partial" | "missing";
  ratio: number;
  /** The item's weight in the readiness percentage (see domain `readinessBreakdown`). */
  weight: number;
  blocking: boolean;
  actual: number | string | boolean | null;
};

/** One department's people with their readiness, filtered and ordered by what blocks them (HEAD: own only). */
export async function teamReadiness(db: Db, actor: Actor, q: TeamFilter, asOf = new Date()) {
  const department = await db.department.findFirst({
    where: { AND: [{ id: q.departmentId }, departmentScope(actor)] },
    select: {
      id: true,
      name: true,
      targetHeadcount: true,
      segment: { select: { id: true, name: true } },
      head: { select: { name: true } },
      positions: { where: { archived: false }, select: { id: true, title: true }, orderBy: { title: "asc" } },
    },
  });
  if (!department) throw notFound("Department");
  const people = await loadReadiness(
    db,
    {
      departmentId: department.id,
      ...(q.positionId ? { positionId: q.positionId } : {}),
      ...(q.search ? { user: { name: contains(q.search) } } : {}),
    },
    asOf,
  );
  const counts = Object.fromEntries(
    ["NOT_STARTED", "IN_PROGRESS", "READY_FOR_REVIEW", "SIGNED_OFF", "LAPSED"].map((s) => [s, 0]),
  ) as Record<ReadinessStatus, number>;
  for (const p of people) counts[p.readiness.status] += 1;
  const shown = (q.status ? people.filter((p) => p.readiness.status === q.status) : people)
    .map((p) => ({ name: p.staff.user.name, readiness: p.readiness, person: p }))
    .sort(compareTeamRows)
    .map((r) => r.person);
  return { department, counts, people: shown };
}

const toRow = (p: PersonReadiness, rowsById: Parameters<typeof columnKeyOf>[1]) => ({
  staffMemberId: p.staff.id,
  name: p.staff.user.name,
  position: p.staff.position?.title ?? null,
  staffStatus: p.staff.status,
  startDate: p.staff.startDate,
  status: p.readiness.status,
  percent: p.readiness.percent,
  blockers: p.readiness.blockers.length,
  override: p.signOff?.override ?? false,
  overdueCourses: p.overdueCourses,
  cells: Object.fromEntries(
    p.readiness.items.map((i) => [
      columnKeyOf(i, rowsById),
      {
        status: i.status,
        ratio: i.ratio,
        weight: i.weight,
        blocking: p.readiness.blockers.includes(i),
        actual: i.kind === "course" ? i.courseStatus : i.actual,
      } satisfies ReadinessCell,
    ]),
  ),
});

/** The head dashboard's matrix: columns for the whole filtered team, rows for one page. */
export async function readinessMatrix(db: Db, actor: Actor, q: z.output<typeof readinessTeamQuery>) {
  const { department, counts, people } = await teamReadiness(db, actor, q);
  const { columns, rowsById } = teamColumns(people);
  const start = (q.page - 1) * q.pageSize;
  const page = people.slice(start, start + q.pageSize).map((p) => toRow(p, rowsById));
  return { department, counts, columns, ...toPage(page, people.length, q) };
}
