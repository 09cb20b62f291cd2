import type { Db } from "@portal/db";
import { notFound } from "../../errors";
import { staffScope } from "../../scopes";
import { columnKeyOf, summarizeRequirement } from "./columns";
import { loadOneReadiness } from "./one";
import type { Actor } from "../../actor";

/** May this user sign this person off? A head for their own department, an admin for anyone. */
export const canSignOff = (actor: Actor, headId: string | null) =>
  actor.role === "ADMIN" || (actor.role === "HEAD" && headId === actor.id);

/**
 * One person's readiness, explained item by item, with their sign-off history. STAFF only themselves, a head
 * only their department's people.
 */
/** The caller's own readiness ("what stands between me and sign-off"); NOT_FOUND without a staff record. */
export async function myReadiness(db: Db, actor: Reader, asOf = new Date()) {
  const own = await db.staffMember.findUnique({ where: { userId: actor.id }, select: { id: true } });
  if (!own) throw notFound("ownStaffRecordNotFound");
  return personReadiness(db, actor, own.id, asOf);
}

/** The caller, with the language course titles are shown in. */
type Reader = Actor & { locale?: string };

export async function personReadiness(db: Db, actor: Reader, staffMemberId: string, asOf = new Date()) {
  const inScope = await db.staffMember.findFirst({
    where: { AND: [{ id: staffMemberId }, staffScope(actor)] },
    select: { id: true },
  });
  // One statement for the person's facts (loadOneReadiness) once the scope has allowed them.
  const person = inScope && (await loadOneReadiness(db, { staffMemberId }, asOf, actor.locale));
  if (!person) throw notFound("staffMemberNotFound");
  const [signOffs, department] = await Promise.all([
    db.signOff.findMany({
      where: { staffMemberId },
      orderBy: { signedOffAt: "desc" },
      select: {
        id: true,
        signedOffAt: true,
        comment: true,
        override: true,
        overrideReason: true,
        percent: true,
        revokedAt: true,
        revokeReason: true,
        position: { select: { title: true } },
        signedOffBy: { select: { name: true } },
        revokedBy: { select: { name: true } },
      },
    }),
    db.department.findUniqueOrThrow({ where: { id: person.staff.departmentId }, select: { headId: true } }),
  ]);
  const rows = new Map((person.profile?.requirements ?? []).map((r) => [r.id, r]));
  return {
    staff: person.staff,
    profile: person.profile && { id: person.profile.id, version: person.profile.version },
    status: person.readiness.status,
    percent: person.readiness.percent,
    mustHavesMet: person.readiness.mustHavesMet,
    lapsed: person.readiness.lapsed,
    expectedReadyAt: person.expectedReadyAt,
    items: person.readiness.items.map((item) =>
      item.kind === "course"
        ? { ...item, key: columnKeyOf(item, rows), blocking: person.readiness.blockers.includes(item) }
        : {
            ...item,
            key: columnKeyOf(item, rows),
            blocking: person.readiness.blockers.includes(item),
            summary: summarizeRequirement(rows.get(item.requirementId)!),
            evidence: person.evidence.get(item.requirementId) ?? "none",
          },
    ),
    signOff: person.signOff,
    signOffs,
    canSignOff: canSignOff(actor, department.headId) && person.staff.positionId !== null,
    canAssess: actor.role !== "STAFF",
  };
}
