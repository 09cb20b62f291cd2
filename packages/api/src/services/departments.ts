import { V } from "@portal/validators";
import { writeAudit, type Db, type DbClient, type Prisma, type StaffStatus } from "@portal/db";
import type { departmentInput, departmentList } from "@portal/validators";
import type { z } from "zod";
import { badRequest, conflict, notFound, rethrowUnique } from "../errors";
import { contains, pageArgs, toPage } from "../pagination";
import { departmentScope } from "../scopes";
import { countOf, currentStaffByDepartment, currentStaffByPosition, positionsByDepartment } from "./counts";
import type { Actor } from "../actor";

type ListInput = z.infer<typeof departmentList>;

const current = { status: { not: "LEFT" } } satisfies Prisma.StaffMemberWhereInput;
const rowInclude = {
  segment: { select: { id: true, name: true } },
  head: { select: { id: true, name: true } },
} satisfies Prisma.DepartmentInclude;

const orderBy = (q: ListInput): Prisma.DepartmentOrderByWithRelationInput[] => {
  const by = q.sort === "segment" ? { segment: { name: q.direction } } : { [q.sort]: q.direction };
  return [by, { name: "asc" }];
};

/** Current staff (not LEFT) is a filtered count Prisma cannot sort by, so that sort pages over ids in memory. */
async function idsByStaff(db: Db, where: Prisma.DepartmentWhereInput, q: ListInput) {
  const all = await db.department.findMany({ where, select: { id: true, name: true } });
  const staff = await currentStaffByDepartment(
    db,
    all.map((d) => d.id),
  );
  const sign = q.direction === "asc" ? 1 : -1;
  all.sort(
    (a, b) => sign * ((staff.get(a.id) ?? 0) - (staff.get(b.id) ?? 0)) || a.name.localeCompare(b.name),
  );
  const { skip, take } = pageArgs(q);
  return { ids: all.slice(skip, skip + take).map((d) => d.id), total: all.length };
}

export async function listDepartments(db: Db, actor: Actor, q: ListInput) {
  const where: Prisma.DepartmentWhereInput = {
    AND: [
      departmentScope(actor),
      q.includeArchived ? {} : { archived: false },
      q.segmentId ? { segmentId: q.segmentId } : {},
      q.search ? { OR: [{ name: contains(q.search) }, { segment: { name: contains(q.search) } }] } : {},
    ],
  };
  let rows;
  let total: number;
  if (q.sort === "staff") {
    const page = await idsByStaff(db, where, q);
    const found = await db.department.findMany({ where: { id: { in: page.ids } }, include: rowInclude });
    rows = page.ids.flatMap((id) => found.filter((d) => d.id === id));
    total = page.total;
  } else {
    [rows, total] = await db.$transaction([
      db.department.findMany({ where, orderBy: orderBy(q), ...pageArgs(q), include: rowInclude }),
      db.department.count({ where }),
    ]);
  }
  const ids = rows.map((d) => d.id);
  const [staff, positions] = await Promise.all([
    currentStaffByDepartment(db, ids),
    positionsByDepartment(db, ids, { archived: false }),
  ]);
  const items = rows.map((d) => ({
    ...d,
    staffCount: countOf(staff, d.id),
    positionCount: countOf(positions, d.id),
    noHead: d.head === null,
  }));
  return toPage(items, total, q);
}

/** Outside the caller's scope reads exactly like a missing department, so ids of other departments leak nothing. */
export async function getDepartment(db: Db, actor: Actor, id: string) {
  const department = await db.department.findFirst({
    where: { AND: [{ id }, departmentScope(actor)] },
    include: {
      segment: { select: { id: true, name: true, archived: true } },
      head: { select: { id: true, name: true, email: true, active: true } },
      positions: { orderBy: { title: "asc" } },
    },
  });
  if (!department) throw notFound("departmentNotFound");
  const [byStatus, filledBy] = await Promise.all([
    db.staffMember.groupBy({
      by: ["status"],
      where: { departmentId: id },
      _count: { _all: true },
    }),
    currentStaffByPosition(
      db,
      department.positions.map((p) => p.id),
    ),
  ]);
  const staffByStatus: Record<StaffStatus, number> = { ONBOARDING: 0, ACTIVE: 0, LEFT: 0 };
  for (const s of byStatus) staffByStatus[s.status] = s._count._all;
  const { positions, ...rest } = department;
  return {
    ...rest,
    noHead: rest.head === null,
    staffCount: staffByStatus.ONBOARDING + staffByStatus.ACTIVE,
    staffByStatus,
    positions: positions.map((p) => ({
      ...p,
      filled: countOf(filledBy, p.id),
      open: Math.max(0, p.headcount - countOf(filledBy, p.id)),
    })),
  };
}

export const departmentOptions = (db: Db, actor: Actor) =>
  db.department.findMany({
    where: { AND: [departmentScope(actor), { archived: false }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });

export const headOptions = (db: Db) =>
  db.user.findMany({
    where: { role: "HEAD", active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });

const uniqueName = { name: "departmentNameTaken" } as const;
/** Unique ignoring case and surrounding spaces ("young ADULTS" beside "Young adults" is refused). */
const uniqueNameKey = { name: V.departmentNameTaken };

/** References are checked when set or changed, so an unrelated edit never fails on a later-archived segment. */
async function checkReferences(
  tx: DbClient,
  data: z.output<typeof departmentInput>,
  before?: { segmentId: string; headId: string | null },
) {
  if (data.segmentId !== before?.segmentId) {
    const segment = await tx.customerSegment.findUnique({
      where: { id: data.segmentId },
      select: { archived: true },
    });
    if (!segment) throw badRequest("customerSegmentMissing");
    if (segment.archived) throw badRequest("customerSegmentArchived");
  }
  if (data.headId && data.headId !== before?.headId) {
    const head = await tx.user.findUnique({
      where: { id: data.headId },
      select: { role: true, active: true },
    });
    if (!head) throw badRequest("headMissing");
    if (!head.active) throw badRequest("headInactive");
    if (head.role !== "HEAD") throw badRequest("headNotHead");
  }
}

export async function createDepartment(db: Db, actor: Actor, data: z.output<typeof departmentInput>) {
  return db.$transaction(async (tx) => {
    await checkReferences(tx, data);
    const department = await tx.department
      .create({ data })
      .catch((e) => rethrowUnique(e, uniqueName, uniqueNameKey));
    await writeAudit(tx, {
      actorId: actor.id,
      action: "department.create",
      entityType: "Department",
      entityId: department.id,
      after: department,
    });
    return department;
  });
}

export async function updateDepartment(
  db: Db,
  actor: Actor,
  id: string,
  data: z.output<typeof departmentInput>,
) {
  return db.$transaction(async (tx) => {
    const before = await tx.department.findUnique({ where: { id } });
    if (!before) throw notFound("departmentNotFound");
    await checkReferences(tx, data, before);
    const after = await tx.department
      .update({ where: { id }, data })
      .catch((e) => rethrowUnique(e, uniqueName, uniqueNameKey));
    await writeAudit(tx, {
      actorId: actor.id,
      action: "department.update",
      entityType: "Department",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function setDepartmentArchived(db: Db, actor: Actor, id: string, archived: boolean) {
  return db.$transaction(async (tx) => {
    const before = await tx.department.findUnique({ where: { id } });
    if (!before) throw notFound("departmentNotFound");
    if (before.archived === archived) return before; // a retried click changes nothing
    if (archived) {
      const staff = await tx.staffMember.count({ where: { departmentId: id, ...current } });
      if (staff > 0) throw conflict("departmentHasStaff", { count: staff });
    }
    const after = await tx.department.update({ where: { id }, data: { archived } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: archived ? "department.archive" : "department.restore",
      entityType: "Department",
      entityId: id,
      before: { archived: before.archived },
      after: { archived },
    });
    return after;
  });
}

/** Deleting is only for mistakes: a department that ever had positions or staff is archived instead. */
export async function deleteDepartment(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const department = await tx.department.findUnique({ where: { id } });
    if (!department) throw notFound("departmentNotFound");
    const [positions, staff] = await Promise.all([
      tx.position.count({ where: { departmentId: id } }),
      tx.staffMember.count({ where: { departmentId: id } }),
    ]);
    if (positions + staff > 0) throw conflict("departmentHasRecords", { positions, staff });
    const before = department;
    await tx.department.delete({ where: { id } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "department.delete",
      entityType: "Department",
      entityId: id,
      before,
    });
    return { id };
  });
}
