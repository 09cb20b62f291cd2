import { writeAudit, type Db } from "@portal/db";
import type { staffingApplyInput } from "@portal/validators";
import type { z } from "zod";
import { badRequest, conflict, notFound } from "../../errors";
import { staffScope } from "../../scopes";
import { enrolByRules } from "../onboarding/enrol";
import { endSignOffsOnPlacementChange } from "../readiness/end-sign-offs";
import { enqueueStaffMove } from "../webhooks/events";
import type { Actor } from "../../actor";

type ApplyInput = z.infer<typeof staffingApplyInput>;

const changedMeanwhile = (name: string) => conflict("staffingChangedMeanwhile", { name });

/**
 * Applies chosen moves in one transaction: all or nothing. Each person must still be where the proposal
 * saw them, at the same record version (optimistic concurrency); a move already applied is skipped, so a
 * retry of the same submission changes nothing.
 */
export async function applyMoves(db: Db, actor: Actor, input: ApplyInput) {
  const ids = input.moves.map((m) => m.staffMemberId);
  if (new Set(ids).size !== ids.length) throw badRequest("staffingMovedTwice");
  return db.$transaction(async (tx) => {
    const staff = await tx.staffMember.findMany({
      where: { AND: [staffScope(actor), { id: { in: ids } }] },
      select: {
        id: true,
        departmentId: true,
        positionId: true,
        status: true,
        updatedAt: true,
        user: { select: { name: true } },
      },
    });
    const byId = new Map(staff.map((s) => [s.id, s]));
    const targets = await tx.department.findMany({
      where: { id: { in: input.moves.map((m) => m.toDepartmentId) }, archived: false },
      select: { id: true, name: true },
    });
    const targetName = new Map(targets.map((d) => [d.id, d.name]));
    let applied = 0;
    const moved: string[] = [];
    let alreadyApplied = 0;
    for (const move of input.moves) {
      const person = byId.get(move.staffMemberId);
      if (!person) throw notFound("staffMemberNotFound");
      if (person.departmentId === move.toDepartmentId) {
        alreadyApplied += 1;
        continue;
      }
      if (!targetName.has(move.toDepartmentId))
        throw badRequest("staffingDepartmentGone", { name: person.user.name });
      if (person.status === "LEFT" || person.departmentId !== move.fromDepartmentId)
        throw changedMeanwhile(person.user.name);
      // The version check in the WHERE makes a concurrent change between our read and this write fail too.
      const { count } = await tx.staffMember.updateMany({
        where: { id: person.id, departmentId: move.fromDepartmentId, updatedAt: move.version },
        data: { departmentId: move.toDepartmentId, positionId: null },
      });
      if (count !== 1) throw changedMeanwhile(person.user.name);
      await writeAudit(tx, {
        actorId: actor.id,
        action: "staff.move",
        entityType: "StaffMember",
        entityId: person.id,
        before: { departmentId: person.departmentId, positionId: person.positionId },
        after: {
          departmentId: move.toDepartmentId,
          positionId: null,
          department: targetName.get(move.toDepartmentId),
          source: "staffing proposal",
        },
      });
      applied += 1;
      moved.push(person.id);
      await endSignOffsOnPlacementChange(
        tx,
        [
          {
            staffMemberId: person.id,
            before: person,
            after: { departmentId: move.toDepartmentId, positionId: null, status: person.status },
          },
        ],
        actor.id,
      );
      await enqueueStaffMove(tx, person.id, person, { departmentId: move.toDepartmentId, positionId: null });
    }
    await enrolByRules(tx, moved, { now: new Date(), actorId: actor.id, reason: "moved" });
    return { applied, alreadyApplied };
  });
}
