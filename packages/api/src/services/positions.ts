import { V } from "@portal/validators";
import { countOf, currentStaffByPosition } from "./counts";
import { writeAudit, type Db, type DbClient, type Prisma } from "@portal/db";
import type { positionInput, positionList } from "@portal/validators";
import type { z } from "zod";
import { badRequest, conflict, notFound, rethrowUnique } from "../errors";
import { contains, pageArgs, toPage } from "../pagination";
import { positionScope, staffScope } from "../scopes";
import type { Actor } from "../actor";

type ListInput = z.infer<typeof positionList>;

const current = { status: { not: "LEFT" } } satisfies Prisma.StaffMemberWhereInput;
/** A position of an archived department is out of use like an archived position. */
const inUse = { archived: false, department: { archived: false } } satisfies Prisma.PositionWhereInput;

const orderBy = (q: ListInput): Prisma.PositionOrderByWithRelationInput[] => {
  const by = q.sort === "department" ? { department: { name: q.direction } } : { [q.sort]: q.direction };
  return [by, { title: "asc" }, { id: "asc" }];
};

const seats = (headcount: number, filled: number) => ({ filled, open: Math.max(0, headcount - filled) });

export async function listPositions(db: Db, actor: Actor, q: ListInput) {
  const where: Prisma.PositionWhereInput = {
    AND: [
      positionScope(actor),
      q.includeArchived ? {} : inUse,
      q.departmentId ? { departmentId: q.departmentId } : {},
      q.search ? { OR: [{ title: contains(q.search) }, { department: { name: contains(q.search) } }] } : {},
    ],
  };
  const [rows, total] = await db.$transaction([
    db.position.findMany({
      where,
      orderBy: orderBy(q),
      ...pageArgs(q),
      include: {
        department: {
          select: { id: true, name: true, archived: true, segment: { select: { id: true, name: true } } },
        },
      },
    }),
    db.position.count({ where }),
  ]);
  const filled = await currentStaffByPosition(
    db,
    rows.map((p) => p.id),
  );
  return toPage(
    rows.map((p) => ({ ...p, ...seats(p.headcount, countOf(filled, p.id)) })),
    total,
    q,
  );
}

/** Outside the caller's scope reads exactly like a missing position. */
export async function getPosition(db: Db, actor: Actor, id: string) {
  const position = await db.position.findFirst({
    where: { AND: [{ id }, positionScope(actor)] },
    include: {
      department: {
        select: { id: true, name: true, archived: true, segment: { select: { id: true, name: true } } },
      },
      staff: {
        where: staffScope(actor),
        orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
        select: { id: true, status: true, startDate: true, user: { select: { name: true } } },
      },
    },
  });
  if (!position) throw notFound("positionNotFound");
  const { staff, ...rest } = position;
  const filled = staff.filter((s) => s.status !== "LEFT").length;
  return {
    ...rest,
    ...seats(rest.headcount, filled),
    staff: staff.map((s) => ({ id: s.id, name: s.user.name, status: s.status, startDate: s.startDate })),
  };
}

export const positionOptions = (db: Db, actor: Actor, departmentId?: string) =>
  db.position.findMany({
    where: { AND: [positionScope(actor), inUse, departmentId ? { departmentId } : {}] },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, departmentId: true },
  });

const uniqueTitle = { title: "positionTitleTaken" } as const;
/** Unique ignoring case and surrounding spaces ("young ADULTS" beside "Young adults" is refused). */
const uniqueTitleKey = { title: V.positionTitleTaken };

async function checkDepartment(tx: DbClient, departmentId: string) {
  const department = await tx.department.findUnique({
    where: { id: departmentId },
    select: { archived: true },
  });
  if (!department) throw badRequest("departmentMissing");
  if (department.archived) throw badRequest("departmentArchived");
}

export async function createPosition(db: Db, actor: Actor, data: z.output<typeof positionInput>) {
  return db.$transaction(async (tx) => {
    await checkDepartment(tx, data.departmentId);
    const position = await tx.position
      .create({ data })
      .catch((e) => rethrowUnique(e, uniqueTitle, uniqueTitleKey));
    await writeAudit(tx, {
      actorId: actor.id,
      action: "position.create",
      entityType: "Position",
      entityId: position.id,
      after: position,
    });
    return position;
  });
}

export async function updatePosition(db: Db, actor: Actor, id: string, data: z.output<typeof positionInput>) {
  return db.$transaction(async (tx) => {
    const before = await tx.position.findUnique({ where: { id } });
    if (!before) throw notFound("positionNotFound");
    if (data.departmentId !== before.departmentId) {
      await checkDepartment(tx, data.departmentId);
      const holders = await tx.staffMember.count({ where: { positionId: id, ...current } });
      if (holders > 0) throw conflict("positionHoldersMove", { count: holders });
    }
    const after = await tx.position
      .update({ where: { id }, data })
      .catch((e) => rethrowUnique(e, uniqueTitle, uniqueTitleKey));
    await writeAudit(tx, {
      actorId: actor.id,
      action: "position.update",
      entityType: "Position",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function setPositionArchived(db: Db, actor: Actor, id: string, archived: boolean) {
  return db.$transaction(async (tx) => {
    const before = await tx.position.findUnique({
      where: { id },
      include: { department: { select: { archived: true } } },
    });
    if (!before) throw notFound("positionNotFound");
    const { department, ...position } = before;
    if (position.archived === archived) return position; // a retried click changes nothing
    if (!archived && department.archived) throw badRequest("departmentArchivedRestoreFirst");
    const after = await tx.position.update({ where: { id }, data: { archived } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: archived ? "position.archive" : "position.restore",
      entityType: "Position",
      entityId: id,
      before: { archived: before.archived },
      after: { archived },
    });
    return after;
  });
}

/** Deleting is only for mistakes: a position anyone ever held is archived instead. */
export async function deletePosition(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const position = await tx.position.findUnique({ where: { id } });
    if (!position) throw notFound("positionNotFound");
    const staff = await tx.staffMember.count({ where: { positionId: id } });
    if (staff > 0) throw conflict("positionHasStaff", { count: staff });
    const before = position;
    await tx.position.delete({ where: { id } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "position.delete",
      entityType: "Position",
      entityId: id,
      before,
    });
    return { id };
  });
}
