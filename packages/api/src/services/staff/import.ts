/**
 * CSV import (HR, ADMIN). Preview reports per row what would happen; commit writes every row in ONE
 * transaction or nothing. Re-importing the same file finds nothing to change (idempotent).
 */
import type { z } from "zod";
import { randomUUID } from "node:crypto";
import { writeAudit, type Db, type DbClient } from "@portal/db";
import { generateOneTimePassword, hashPassword } from "@portal/auth/password";
import type { staffImportInput } from "@portal/validators";
import { badRequest, rethrowUnique, rowList } from "../../errors";
import { parseStaffCsv } from "./csv-parse";
import { planImport, type RowPlan } from "./import-plan";
import { recordExpertise } from "./expertise";
import { createImportedRows, type IssuedPassword } from "./import-create";
import { enrolByRules } from "../onboarding/enrol";
import { endSignOffsOnPlacementChange } from "../readiness/end-sign-offs";
import { enqueueStaffMove } from "../webhooks/events";
import { toDate } from "./placement";
import { uniqueEmail } from "../users";
import type { Actor } from "../../actor";

type Plan = Awaited<ReturnType<typeof planImport>>;

function summary({ headerErrors, plans }: Plan) {
  const count = (a: RowPlan["action"]) => plans.filter((p) => p.errors.length === 0 && p.action === a).length;
  return {
    headerErrors,
    rows: plans.map((p) => ({
      row: p.row,
      email: p.email,
      name: p.name,
      action: p.action,
      errors: p.errors,
      changes: p.changes,
    })),
    totals: {
      rows: plans.length,
      create: count("create"),
      update: count("update"),
      unchanged: count("unchanged"),
      errors: plans.filter((p) => p.errors.length > 0).length,
    },
  };
}

function refuseIfInvalid(plan: Plan) {
  const bad = plan.plans.filter((p) => p.errors.length > 0);
  if (plan.headerErrors.length === 0 && bad.length === 0) return;
  // The preview says what is wrong with each row; the refusal counts them and names the rows (any language).
  throw badRequest("importRefused", {
    rows: bad.length,
    problems: plan.headerErrors.length,
    rowList: rowList(bad.map((p) => p.row)),
  });
}

const newPassword = async () => {
  const oneTimePassword = generateOneTimePassword();
  return { oneTimePassword, passwordHash: await hashPassword(oneTimePassword) };
};

/** An existing staff member: placement and changed expertise levels (each level change joins the history). */
async function updateRow(tx: DbClient, actor: Actor, p: RowPlan, staffId: string) {
  if (p.placementChanged) {
    const placement = {
      departmentId: p.departmentId,
      positionId: p.positionId,
      startDate: toDate(p.startDate),
      status: p.status,
    };
    const before = await tx.staffMember.findUniqueOrThrow({ where: { id: staffId } });
    const after = await tx.staffMember.update({ where: { id: staffId }, data: placement });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "staff.update",
      entityType: "StaffMember",
      entityId: staffId,
      before,
      after,
    });
    await endSignOffsOnPlacementChange(tx, [{ staffMemberId: staffId, before, after }], actor.id);
    await enqueueStaffMove(tx, staffId, before, after);
  }
  for (const e of p.expertise) {
    const write = {
      staffMemberId: staffId,
      segmentId: e.segmentId,
      level: e.level,
      source: "ASSESSED" as const,
      evidence: "CSV import",
      assessedById: actor.id,
    };
    await recordExpertise(tx, actor.id, write, e.current);
  }
}

export async function importStaffCsv(db: Db, actor: Actor, input: z.output<typeof staffImportInput>) {
  const { csv, commit, aliases } = input;
  const parsed = parseStaffCsv(csv, aliases);
  const preview = await planImport(db, parsed);
  if (!commit) return { committed: false, ...summary(preview), oneTimePasswords: [] as IssuedPassword[] };
  refuseIfInvalid(preview);

  // argon2 is slow on purpose: hash the new accounts' passwords before the transaction opens.
  const prepared = new Map<string, Awaited<ReturnType<typeof newPassword>>>();
  const creates = preview.plans.filter((p) => !p.staffId && !p.userId);
  await Promise.all(creates.map(async (p) => prepared.set(p.email, await newPassword())));

  return db
    .$transaction(
      async (tx) => {
        const plan = await planImport(tx, parsed); // re-read inside the transaction: the data may have moved on
        refuseIfInvalid(plan);
        const creates = plan.plans.filter((p) => p.action === "create");
        const oneTimePasswords = await createImportedRows(
          tx,
          actor,
          creates,
          async (p) => prepared.get(p.email) ?? newPassword(),
        );
        for (const p of plan.plans)
          if (p.action === "update" && p.staffId) await updateRow(tx, actor, p, p.staffId);
        // New people and people placed elsewhere get the courses their placement requires (existing ones are kept).
        const touched = plan.plans
          .filter((p) => p.action === "create" || p.action === "update")
          .map((p) => p.email);
        const staffIds = await tx.staffMember.findMany({
          where: { user: { email: { in: touched } } },
          select: { id: true },
        });
        await enrolByRules(
          tx,
          staffIds.map((s) => s.id),
          { now: new Date(), actorId: actor.id, reason: "created" },
        );
        const result = summary(plan);
        if (result.totals.create + result.totals.update > 0)
          await writeAudit(tx, {
            actorId: actor.id,
            action: "staff.import",
            entityType: "StaffImport",
            entityId: randomUUID(),
            after: result.totals,
          });
        return { committed: true, ...result, oneTimePasswords };
      },
      { timeout: 10 * 60_000, maxWait: 10_000 },
    )
    .catch((e) => rethrowUnique(e, uniqueEmail)); // someone created one of the accounts meanwhile
}
