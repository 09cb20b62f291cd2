import type { Db, Prisma } from "@portal/db";
import { companyFigures } from "../company-figures";
import { compareTeamRows, type ReadinessStatus } from "@portal/domain";
import type { readinessExportQuery, readinessTeamQuery } from "@portal/validators";
import type { z } from "zod";
import { notFound } from "../../errors";
import { contains, toPage } from "../../pagination";
import { departmentScope } from "../../scopes";
import { columnKeyOf, teamColumns, type ReadinessColumn } from "./columns";
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

const teamDepartmentSelect = {
  id: true,
  name: true,
  targetHeadcount: true,
  segment: { select: { id: true, name: true } },
  head: { select: { name: true } },
  positions: { where: { archived: false }, select: { id: true, title: true }, orderBy: { title: "asc" } },
} satisfies Prisma.DepartmentSelect;

/** One department's people with their readiness, filtered and ordered by what blocks them (HEAD: own only). */
export async function teamReadiness(db: Db, actor: Actor, q: TeamFilter, asOf = new Date()) {
  const department = await db.department.findFirst({
    where: { AND: [{ id: q.departmentId }, departmentScope(actor)] },
    select: teamDepartmentSelect,
  });
  if (!department) throw notFound("departmentNotFound");
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

/** One person's row of the matrix as stored, with what the filters and the order read. */
type StoredRow = ReturnType<typeof toRow> & {
  positionId: string | null;
  blockerCount: number;
  /** Column keys of the items that block this person (counted into the columns of the filtered team). */
  blocking: string[];
};
type StoredColumn = Omit<ReadinessColumn, "blocking">;
type StoredTeam = { asOf: Date; rows: StoredRow[]; columns: StoredColumn[] };

/**
 * The readiness of every person of a department, computed once per change of the data it comes from and stored
 * (`companyFigures`, key per department, the same version and age rule as the head's home readiness, so the two
 * agree): a request filters, orders and pages these rows instead of recomputing 500 people.
 */
function storedTeam(db: Db, departmentId: string) {
  return companyFigures(db, `readiness-team:${departmentId}`, async (asOf): Promise<StoredTeam> => {
    const people = await loadReadiness(db, { departmentId }, asOf);
    const { columns, rowsById } = teamColumns(people);
    return {
      asOf,
      rows: people.map((p) => {
        const row = toRow(p, rowsById);
        return {
          ...row,
          positionId: p.staff.positionId,
          blockerCount: p.readiness.blockers.length,
          blocking: Object.entries(row.cells).flatMap(([key, cell]) => (cell.blocking ? [key] : [])),
        };
      }),
      columns: columns.map(({ blocking: _b, ...c }) => c),
    };
  });
}

/** Columns of the filtered team, ordered as teamColumns orders them. */
function columnsOf(rows: readonly StoredRow[], all: readonly StoredColumn[]): ReadinessColumn[] {
  const blocking = new Map<string, number>();
  const present = new Set<string>();
  for (const r of rows) {
    for (const key of Object.keys(r.cells)) present.add(key);
    for (const key of r.blocking) blocking.set(key, (blocking.get(key) ?? 0) + 1);
  }
  const order = (c: ReadinessColumn) => (c.kind === "requirement" ? 0 : 1);
  return all
    .filter((c) => present.has(c.key))
    .map((c) => ({ ...c, blocking: blocking.get(c.key) ?? 0 }) as ReadinessColumn)
    .sort(
      (a, b) =>
        b.blocking - a.blocking ||
        Number(b.mustHave) - Number(a.mustHave) ||
        order(a) - order(b) ||
        a.key.localeCompare(b.key),
    );
}

/**
 * The head dashboard's matrix: columns for the whole filtered team, rows for one page. Served from the stored
 * team readiness (storedTeam); `asOf` is the time those figures are from (at most companyFiguresMaxAgeMs old).
 */
export async function readinessMatrix(db: Db, actor: Actor, q: z.output<typeof readinessTeamQuery>) {
  const department = await db.department.findFirst({
    where: { AND: [{ id: q.departmentId }, departmentScope(actor)] },
    select: teamDepartmentSelect,
  });
  if (!department) throw notFound("departmentNotFound");
  const team = await storedTeam(db, department.id);
  const needle = q.search ? q.search.toLocaleLowerCase() : null;
  const filtered = team.rows.filter(
    (r) =>
      (!q.positionId || r.positionId === q.positionId) &&
      (!needle || r.name.toLocaleLowerCase().includes(needle)),
  );
  const counts = Object.fromEntries(
    ["NOT_STARTED", "IN_PROGRESS", "READY_FOR_REVIEW", "SIGNED_OFF", "LAPSED"].map((s) => [s, 0]),
  ) as Record<ReadinessStatus, number>;
  for (const r of filtered) counts[r.status] += 1;
  const shown = (q.status ? filtered.filter((r) => r.status === q.status) : filtered)
    .map((r) => ({
      name: r.name,
      readiness: { status: r.status, percent: r.percent, blockers: { length: r.blockerCount } },
      row: r,
    }))
    .sort(compareTeamRows)
    .map((r) => r.row);
  const columns = columnsOf(shown, team.columns);
  const start = (q.page - 1) * q.pageSize;
  const page = shown
    .slice(start, start + q.pageSize)
    .map(({ positionId: _p, blockerCount: _b, blocking: _k, ...row }) => row);
  return { department, counts, columns, asOf: team.asOf, ...toPage(page, shown.length, q) };
}

/**
 * A department's readiness for the REST API (issue 19): the count per status and each person's status, from the
 * same stored team figures the head dashboard reads (so the two agree), in the order of the staff ids.
 */
export async function departmentReadinessStatus(db: Db, actor: Actor, departmentId: string) {
  const department = await db.department.findFirst({
    where: { AND: [{ id: departmentId }, departmentScope(actor)] },
    select: { id: true, name: true },
  });
  if (!department) throw notFound("departmentNotFound");
  const team = await storedTeam(db, department.id);
  const counts = Object.fromEntries(
    ["NOT_STARTED", "IN_PROGRESS", "READY_FOR_REVIEW", "SIGNED_OFF", "LAPSED"].map((s) => [s, 0]),
  ) as Record<ReadinessStatus, number>;
  for (const r of team.rows) counts[r.status] += 1;
  const people = team.rows
    .map((r) => ({ staffMemberId: r.staffMemberId, status: r.status, percent: r.percent }))
    .sort((a, b) => a.staffMemberId.localeCompare(b.staffMemberId));
  return { department, counts, asOf: team.asOf, people };
}
