import { writeAudit, type Db } from "@portal/db";
import { assessmentSubject } from "@portal/domain";
import type { staffAssessmentInput } from "@portal/validators";
import type { z } from "zod";
import { notFound } from "../../errors";
import { staffScope } from "../../scopes";
import type { Actor } from "../../actor";

type Input = z.output<typeof staffAssessmentInput>;

function toRow(input: Input) {
  switch (input.kind) {
    case "EXPERIENCE":
      return { kind: input.kind, subject: "", value: input.years, cefr: null, expiresAt: null };
    case "LANGUAGE":
      return {
        kind: input.kind,
        subject: input.language.toLowerCase(),
        value: null,
        cefr: input.cefr,
        expiresAt: null,
      };
    case "CERTIFICATION":
      return {
        kind: input.kind,
        subject: assessmentSubject(input.certification),
        value: input.held ? 1 : 0,
        cefr: null,
        expiresAt: input.held ? input.expiresAt : null,
      };
    case "CRITERION":
      return {
        kind: input.kind,
        subject: assessmentSubject(input.criterion),
        value: input.rating,
        cefr: null,
        expiresAt: null,
      };
  }
}

/**
 * Record what a head or HR assessed about a person (years, a language, a certification, a criterion rating).
 * It replaces the previous assessment of the same subject; the audit log keeps the old value. Saving the same
 * assessment again changes nothing but its date.
 */
export async function assessStaff(db: Db, actor: Actor, input: Input) {
  return db.$transaction(async (tx) => {
    const person = await tx.staffMember.findFirst({
      where: { AND: [{ id: input.staffMemberId }, staffScope(actor), { status: { not: "LEFT" } }] },
      select: { id: true },
    });
    if (!person) throw notFound("staffMemberNotFound");
    const row = toRow(input);
    const key = {
      staffMemberId_kind_subject: { staffMemberId: person.id, kind: row.kind, subject: row.subject },
    };
    const before = await tx.staffAssessment.findUnique({
      where: key,
      select: { value: true, cefr: true, expiresAt: true, note: true },
    });
    const data = {
      value: row.value,
      cefr: row.cefr,
      expiresAt: row.expiresAt,
      note: input.note,
      assessedById: actor.id,
      assessedAt: new Date(),
    };
    const saved = await tx.staffAssessment.upsert({
      where: key,
      create: { staffMemberId: person.id, kind: row.kind, subject: row.subject, ...data },
      update: data,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "readiness.assess",
      entityType: "StaffMember",
      entityId: person.id,
      before: before ?? undefined,
      after: {
        kind: row.kind,
        subject: row.subject,
        value: row.value,
        cefr: row.cefr,
        expiresAt: row.expiresAt,
        note: input.note,
      },
    });
    return saved;
  });
}
