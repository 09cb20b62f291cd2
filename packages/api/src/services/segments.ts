import { V } from "@portal/validators";
import { writeAudit, type Db, type Prisma } from "@portal/db";
import type { ListQuery, segmentInput } from "@portal/validators";
import type { z } from "zod";
import { conflict, notFound, rethrowUnique } from "../errors";
import { contains, pageArgs, toPage } from "../pagination";
import type { Actor } from "../actor";

type SortKey = "name" | "kind" | "bestCustomerPriority" | "departments";

const orderBy = (
  sort: SortKey,
  direction: "asc" | "desc",
): Prisma.CustomerSegmentOrderByWithRelationInput[] =>
  sort === "departments"
    ? [{ departments: { _count: direction } }, { name: "asc" }]
    : [{ [sort]: direction }, { name: "asc" }];

export async function listSegments(db: Db, q: ListQuery<SortKey>) {
  const where: Prisma.CustomerSegmentWhereInput = {
    ...(q.includeArchived ? {} : { archived: false }),
    ...(q.search
      ? {
          OR: [
            { name: contains(q.search) },
            { description: contains(q.search) },
            { tags: { has: q.search } },
          ],
        }
      : {}),
  };
  const [items, total] = await db.$transaction([
    db.customerSegment.findMany({
      where,
      orderBy: orderBy(q.sort, q.direction),
      ...pageArgs(q),
      include: { _count: { select: { departments: { where: { archived: false } } } } },
    }),
    db.customerSegment.count({ where }),
  ]);
  return toPage(
    items.map(({ _count, ...s }) => ({
      ...s,
      departmentCount: _count.departments,
      orphan: _count.departments === 0,
    })),
    total,
    q,
  );
}

export async function getSegment(db: Db, id: string) {
  const segment = await db.customerSegment.findUnique({
    where: { id },
    include: { departments: { select: { id: true, name: true, archived: true } } },
  });
  if (!segment) throw notFound("segmentNotFound");
  return segment;
}

export const segmentOptions = (db: Db) =>
  db.customerSegment.findMany({
    where: { archived: false },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });

const uniqueName = { name: "segmentNameTaken" } as const;
/** Unique ignoring case and surrounding spaces ("young ADULTS" beside "Young adults" is refused). */
const uniqueNameKey = { name: V.segmentNameTaken };

export async function createSegment(db: Db, actor: Actor, data: z.output<typeof segmentInput>) {
  return db.$transaction(async (tx) => {
    const segment = await tx.customerSegment
      .create({ data })
      .catch((e) => rethrowUnique(e, uniqueName, uniqueNameKey));
    await writeAudit(tx, {
      actorId: actor.id,
      action: "segment.create",
      entityType: "CustomerSegment",
      entityId: segment.id,
      after: segment,
    });
    return segment;
  });
}

export async function updateSegment(db: Db, actor: Actor, id: string, data: z.output<typeof segmentInput>) {
  return db.$transaction(async (tx) => {
    const before = await tx.customerSegment.findUnique({ where: { id } });
    if (!before) throw notFound("segmentNotFound");
    const after = await tx.customerSegment
      .update({ where: { id }, data })
      .catch((e) => rethrowUnique(e, uniqueName, uniqueNameKey));
    await writeAudit(tx, {
      actorId: actor.id,
      action: "segment.update",
      entityType: "CustomerSegment",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function setSegmentArchived(db: Db, actor: Actor, id: string, archived: boolean) {
  return db.$transaction(async (tx) => {
    const before = await tx.customerSegment.findUnique({ where: { id } });
    if (!before) throw notFound("segmentNotFound");
    if (before.archived === archived) return before; // a retried click changes nothing
    const after = await tx.customerSegment.update({ where: { id }, data: { archived } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: archived ? "segment.archive" : "segment.restore",
      entityType: "CustomerSegment",
      entityId: id,
      before: { archived: before.archived },
      after: { archived },
    });
    return after;
  });
}

/** Deleting is only for mistakes: a segment with any department (even archived), expertise or history stays. */
export async function deleteSegment(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const segment = await tx.customerSegment.findUnique({
      where: { id },
      include: { _count: { select: { departments: true, expertise: true, expertiseChanges: true } } },
    });
    if (!segment) throw notFound("segmentNotFound");
    const { departments, expertise, expertiseChanges } = segment._count;
    if (departments > 0) throw conflict("segmentHasDepartments", { count: departments });
    if (expertise + expertiseChanges > 0) throw conflict("segmentHasExpertise");
    const { _count, ...before } = segment;
    await tx.customerSegment.delete({ where: { id } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "segment.delete",
      entityType: "CustomerSegment",
      entityId: id,
      before,
    });
    return { id };
  });
}
