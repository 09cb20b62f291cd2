/**
 * Expertise per segment: the current level (Expertise) plus an append-only history (ExpertiseChange), written
 * together with the audit event. A head may only assess staff of their own department (staffScope).
 */
import type { z } from "zod";
import { writeAudit, type Db, type DbClient, type ExpertiseSource } from "@portal/db";
import { isExpertiseChange } from "@portal/domain";
import type { expertiseInput } from "@portal/validators";
import { notFound } from "../../errors";
import { staffScope } from "../../scopes";
import { fieldError } from "../../errors";
import type { Actor } from "../../actor";

type Current = { level: number; source: ExpertiseSource; evidence: string } | null;
export type ExpertiseWrite = {
  staffMemberId: string;
  segmentId: string;
  level: number;
  source: ExpertiseSource;
  evidence: string;
  assessedById: string | null;
};

/** Write a change that differs from `current`: new current level, a history row with the previous level, audit. */
export async function recordExpertise(tx: DbClient, actorId: string, w: ExpertiseWrite, current: Current) {
  const key = { staffMemberId_segmentId: { staffMemberId: w.staffMemberId, segmentId: w.segmentId } };
  const values = { level: w.level, source: w.source, evidence: w.evidence, assessedById: w.assessedById };
  const expertise = await tx.expertise.upsert({
    where: key,
    create: { staffMemberId: w.staffMemberId, segmentId: w.segmentId, ...values },
    update: { ...values, assessedAt: new Date() },
  });
  await tx.expertiseChange.create({ data: { ...w, previousLevel: current?.level ?? null } });
  await writeAudit(tx, {
    actorId,
    action: "expertise.set",
    entityType: "StaffMember",
    entityId: w.staffMemberId,
    before: current
      ? { segmentId: w.segmentId, level: current.level, source: current.source, evidence: current.evidence }
      : undefined,
    after: { segmentId: w.segmentId, level: w.level, source: w.source, evidence: w.evidence },
  });
  return expertise;
}

/** Serialize expertise writes per person, so two concurrent saves both see the level the other wrote. */
export const lockStaffMember = (tx: DbClient, id: string) =>
  tx.$queryRaw`SELECT id FROM "StaffMember" WHERE id = ${id} FOR UPDATE`;

export async function setExpertise(db: Db, actor: Actor, data: z.output<typeof expertiseInput>) {
  return db.$transaction(async (tx) => {
    const staff = await tx.staffMember.findFirst({
      where: { AND: [{ id: data.staffMemberId }, staffScope(actor)] },
      select: { id: true },
    });
    if (!staff) throw notFound("staffMemberNotFound");
    await lockStaffMember(tx, staff.id);
    const segment = await tx.customerSegment.findUnique({
      where: { id: data.segmentId },
      select: { archived: true, name: true },
    });
    if (!segment) throw fieldError("segmentId", "chooseExistingSegment");
    if (segment.archived) throw fieldError("segmentId", "chosenSegmentArchived");
    const key = { staffMemberId_segmentId: { staffMemberId: staff.id, segmentId: data.segmentId } };
    const current = await tx.expertise.findUnique({ where: key });
    // The same level from the same source with the same evidence is a retry: nothing to record.
    if (!isExpertiseChange(current, data)) return { changed: false, expertise: current };
    const assessedById = data.source === "ASSESSED" ? actor.id : null;
    const expertise = await recordExpertise(
      tx,
      actor.id,
      { ...data, staffMemberId: staff.id, assessedById },
      current,
    );
    return { changed: true, expertise };
  });
}

export async function expertiseHistory(
  db: Db,
  actor: Actor,
  input: { staffMemberId: string; segmentId?: string },
) {
  const scope = staffScope(actor);
  const staff = await db.staffMember.findFirst({
    where: { AND: [{ id: input.staffMemberId }, scope] },
    select: { id: true },
  });
  if (!staff) throw notFound("staffMemberNotFound");
  return db.expertiseChange.findMany({
    where: {
      staffMemberId: staff.id,
      staffMember: scope,
      ...(input.segmentId ? { segmentId: input.segmentId } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select: {
      id: true,
      previousLevel: true,
      level: true,
      source: true,
      evidence: true,
      createdAt: true,
      segment: { select: { id: true, name: true } },
      assessedBy: { select: { id: true, name: true } },
    },
  });
}
