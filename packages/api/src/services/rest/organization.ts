/**
 * The organization as the REST API shows it (issue 19): segments, departments, positions and staff with their
 * expertise, paged by cursor in SQL and read through the same row scopes as the UI's lists.
 */
import type { Db, Prisma } from "@portal/db";
import type { CursorQuery } from "@portal/validators";
import type { Actor } from "../../actor";
import { notFound, type ErrorKey } from "../../errors";
import { cursorArgs, toCursorPage } from "../../pagination";
import { departmentScope, positionScope, staffScope } from "../../scopes";

const segmentSelect = {
  id: true,
  name: true,
  kind: true,
  description: true,
  tags: true,
  archived: true,
  updatedAt: true,
} satisfies Prisma.CustomerSegmentSelect;

/** Everyone signed in reads every segment, as in the UI: they are the company's shared vocabulary. */
export async function listSegments(db: Db, q: CursorQuery) {
  const { where, ...page } = cursorArgs(q);
  return toCursorPage(await db.customerSegment.findMany({ where, select: segmentSelect, ...page }), q);
}

export async function getSegment(db: Db, id: string) {
  return found(
    await db.customerSegment.findUnique({ where: { id }, select: segmentSelect }),
    "segmentNotFound",
  );
}

const departmentSelect = {
  id: true,
  name: true,
  segmentId: true,
  headId: true,
  targetHeadcount: true,
  requiredLevel: true,
  archived: true,
  updatedAt: true,
} satisfies Prisma.DepartmentSelect;

export async function listDepartments(db: Db, actor: Actor, q: CursorQuery) {
  const { where, ...page } = cursorArgs(q);
  const rows = await db.department.findMany({
    where: { AND: [where, departmentScope(actor)] },
    select: departmentSelect,
    ...page,
  });
  return toCursorPage(rows, q);
}

export async function getDepartment(db: Db, actor: Actor, id: string) {
  const row = await db.department.findFirst({
    where: { AND: [{ id }, departmentScope(actor)] },
    select: departmentSelect,
  });
  return found(row, "departmentNotFound");
}

const positionSelect = {
  id: true,
  title: true,
  departmentId: true,
  headcount: true,
  description: true,
  archived: true,
  updatedAt: true,
} satisfies Prisma.PositionSelect;

export async function listPositions(db: Db, actor: Actor, q: CursorQuery) {
  const { where, ...page } = cursorArgs(q);
  const rows = await db.position.findMany({
    where: { AND: [where, positionScope(actor)] },
    select: positionSelect,
    ...page,
  });
  return toCursorPage(rows, q);
}

export async function getPosition(db: Db, actor: Actor, id: string) {
  const row = await db.position.findFirst({
    where: { AND: [{ id }, positionScope(actor)] },
    select: positionSelect,
  });
  return found(row, "positionNotFound");
}

const staffSelect = {
  id: true,
  departmentId: true,
  positionId: true,
  status: true,
  startDate: true,
  user: { select: { name: true, email: true } },
  expertise: { select: { segmentId: true, level: true, assessedAt: true }, orderBy: { segmentId: "asc" } },
} satisfies Prisma.StaffMemberSelect;

type StaffRow = Prisma.StaffMemberGetPayload<{ select: typeof staffSelect }>;
const toStaff = ({ user, ...row }: StaffRow) => ({ ...row, name: user.name, email: user.email });

/** Staff with their expertise per segment; a head sees their own department(s), as in the UI. */
export async function listStaff(db: Db, actor: Actor, q: CursorQuery) {
  const { where, ...page } = cursorArgs(q);
  const rows = await db.staffMember.findMany({
    where: { AND: [where, staffScope(actor)] },
    select: staffSelect,
    ...page,
  });
  const { items, nextCursor } = toCursorPage(rows, q);
  return { items: items.map(toStaff), nextCursor };
}

export async function getStaff(db: Db, actor: Actor, id: string) {
  const row = await db.staffMember.findFirst({
    where: { AND: [{ id }, staffScope(actor)] },
    select: staffSelect,
  });
  return toStaff(found(row, "staffMemberNotFound"));
}

/** Outside the caller's scope is the same answer as absent: NOT_FOUND. */
export function found<T>(row: T | null, key: ErrorKey): T {
  if (!row) throw notFound(key);
  return row;
}
