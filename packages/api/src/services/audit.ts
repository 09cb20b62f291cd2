import type { Db, Prisma } from "@portal/db";
import type { auditList } from "@portal/validators";
import type { z } from "zod";
import { pageArgs, toPage } from "../pagination";

export async function listAuditEvents(db: Db, q: z.infer<typeof auditList>) {
  const where: Prisma.AuditEventWhereInput = {
    ...(q.entityType ? { entityType: q.entityType } : {}),
    ...(q.action ? { action: { startsWith: q.action } } : {}),
    ...(q.actorId ? { actorId: q.actorId } : {}),
    ...(q.search
      ? {
          OR: [
            { entityName: { contains: q.search, mode: "insensitive" } },
            { entityId: q.search },
            { action: { contains: q.search, mode: "insensitive" } },
            { actor: { email: { contains: q.search, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
  const [items, total] = await db.$transaction([
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: q.direction }, { id: q.direction }],
      ...pageArgs(q),
      include: { actor: { select: { id: true, name: true, email: true } } },
    }),
    db.auditEvent.count({ where }),
  ]);
  return toPage(items, total, q);
}

export async function auditFacets(db: Db) {
  const [entityTypes, actions] = await Promise.all([
    db.auditEvent.findMany({
      distinct: ["entityType"],
      select: { entityType: true },
      orderBy: { entityType: "asc" },
    }),
    db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return { entityTypes: entityTypes.map((e) => e.entityType), actions: actions.map((a) => a.action) };
}
