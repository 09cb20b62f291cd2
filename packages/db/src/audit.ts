import type { AuditAction, AuditEntityType } from "@portal/validators";
import type { DbClient } from "./client";
import type { Prisma } from "./generated/prisma/client";

export type AuditInput = {
  actorId: string | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  /** The entity's display name; without it, the `name` (or `title`, `email`) of `after` or `before`. */
  entityName?: string | null;
  before?: unknown;
  after?: unknown;
};

const toJson = (value: unknown) =>
  value === undefined || value === null
    ? undefined
    : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

const nameIn = (value: unknown): string | undefined => {
  if (typeof value !== "object" || value === null) return undefined;
  const record = value as Record<string, unknown>;
  for (const key of ["name", "title", "email"]) {
    const candidate = record[key];
    if (typeof candidate === "string" && candidate.trim() !== "") return candidate.trim();
  }
  return undefined;
};

/** The name an audit event keeps: the one given, else the name in the new state, else the old one. */
export const auditEntityName = (event: Pick<AuditInput, "entityName" | "before" | "after">): string =>
  (event.entityName?.trim() || nameIn(event.after) || nameIn(event.before) || "").slice(0, 300);

/** The entity's current display name, read inside the transaction (after the change it records). */
async function lookUpName(tx: DbClient, type: AuditEntityType, id: string): Promise<string | undefined> {
  const select = { where: { id } } as const;
  switch (type) {
    case "CustomerSegment":
      return (await tx.customerSegment.findUnique({ ...select, select: { name: true } }))?.name;
    case "Department":
      return (await tx.department.findUnique({ ...select, select: { name: true } }))?.name;
    case "Position":
      return (await tx.position.findUnique({ ...select, select: { title: true } }))?.title;
    case "Course":
      return (await tx.course.findUnique({ ...select, select: { title: true } }))?.title;
    case "User":
      return (await tx.user.findUnique({ ...select, select: { name: true } }))?.name;
    case "Candidate":
      return (await tx.candidate.findUnique({ ...select, select: { name: true } }))?.name;
    case "StaffMember":
      return (await tx.staffMember.findUnique({ ...select, select: { user: { select: { name: true } } } }))
        ?.user.name;
    case "Application":
      return (
        await tx.application.findUnique({ ...select, select: { candidate: { select: { name: true } } } })
      )?.candidate.name;
    case "Scorecard":
      return (
        await tx.scorecard.findUnique({
          ...select,
          select: { application: { select: { candidate: { select: { name: true } } } } },
        })
      )?.application.candidate.name;
    case "HiringProfile":
      return (
        await tx.hiringProfile.findUnique({ ...select, select: { position: { select: { title: true } } } })
      )?.position.title;
    case "Enrolment": {
      const e = await tx.enrolment.findUnique({
        ...select,
        select: {
          course: { select: { title: true } },
          staffMember: { select: { user: { select: { name: true } } } },
        },
      });
      return e ? `${e.course.title} · ${e.staffMember.user.name}` : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Call with the transaction client of the mutation, so the event commits or rolls back with it. The event keeps
 * the entity's display name (given, in the change, or read now), so the log shows and finds it after renames.
 */
export async function writeAudit(tx: DbClient, event: AuditInput) {
  const entityName =
    auditEntityName(event) || ((await lookUpName(tx, event.entityType, event.entityId)) ?? "").slice(0, 300);
  return tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      entityName,
      before: toJson(event.before),
      after: toJson(event.after),
    },
  });
}
