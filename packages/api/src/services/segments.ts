import { V } from "@portal/validators";
import { writeAudit, type Db, type Prisma } from "@portal/db";
import type { ListQuery, segmentInput } from "@portal/validators";
import type { z } from "zod";
import { conflict, notFound, rethrowUnique } from "../errors";
import { contains, pageArgs, toPage } from "../pagination";
import type { Actor } from "../actor";
import { countOf, departmentsBySegment } from "./counts";

type SortKey = "name" | "kind" | "bestCustomerPriority" | "departments";

const orderBy = (
  sort: Exclude<SortKey, "departments">,
  direction: "asc" | "desc",
): Prisma.CustomerSegmentOrderByWithRelationInput[] => [{ [sort]: direction }, { name: "asc" }];

const activeDepartments = { archived: false } satisfies Prisma.DepartmentWhereInput;

/**
 * By number of departments: the count shown (active departments) is a filtered count Prisma cannot sort by, so
 * this sort pages over the matching segments' ids in memory (segments are few).
 */
async function idsByDepartments(db: Db, where: Prisma.CustomerSegmentWhereInput, q: ListQuery<SortKey>) {
  const all = await db.customerSegment.findMany({ where, select: { id: true, name: true } });
  const counts = await departmentsBySegment(
    db,
    all.map((s) => s.id),
    activeDepartments,
  );
  const sign = q.direction === "asc" ? 1 : -1;
  all.sort((a, b) => sign * (countOf(counts, a.id) - countOf(counts, b.id)) || a.name.localeCompare(b.name));
  const { skip, take } = pageArgs(q);
  return { ids: all.slice(skip, skip + take).map((s) => s.id), total: all.length };
}

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
  let items;
  let total: number;
  if (q.sort === "departments") {
    const page = await idsByDepartments(db, where, q);
    const found = await db.customerSegment.findMany({ where: { id: { in: page.ids } } });
    items = page.ids.flatMap((id) => found.filter((s) => s.id === id));
    total = page.total;
  } else {
    [items, total] = await db.$transaction([
      db.customerSegment.findMany({ where, orderBy: orderBy(q.sort, q.direction), ...pageArgs(q) }),
      db.customerSegment.count({ where }),
    ]);
  }
  const departments = await departmentsBySegment(
    db,
    items.map((s) => s.id),
    activeDepartments,
  );
  return toPage(
    items.map((s) => ({
      ...s,
      departmentCount: countOf(departments, s.id),
      orphan: countOf(departments, s.id) === 0,
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
    const segment = await tx.customerSegment.findUnique({ where: { id } });
    if (!segment) throw notFound("segmentNotFound");
    const ofSegment = { where: { segmentId: id } };
    const [departments, expertise, expertiseChanges, feedback] = await Promise.all([
      tx.department.count(ofSegment),
      tx.expertise.count(ofSegment),
      tx.expertiseChange.count(ofSegment),
      tx.feedback.count(ofSegment),
    ]);
    if (departments > 0) throw conflict("segmentHasDepartments", { count: departments });
    if (expertise + expertiseChanges > 0) throw conflict("segmentHasExpertise");
    if (feedback > 0) throw conflict("segmentHasFeedback"); // feedback is never deleted (issue 18)
    const before = segment;
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
