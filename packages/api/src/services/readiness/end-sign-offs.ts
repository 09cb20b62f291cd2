import { writeAudit, type DbClient } from "@portal/db";

type Placement = { departmentId: string; positionId: string | null; status: string };
export type PlacementChange = { staffMemberId: string; before: Placement; after: Placement };

/** Why a placement change ends the sign-off in force, or null when it does not. */
function endReason({ before, after }: PlacementChange) {
  if (after.status === "LEFT" && before.status !== "LEFT") return "Left the company.";
  if (before.departmentId !== after.departmentId || before.positionId !== after.positionId)
    return "Moved to another position: readiness is signed off again for the new one.";
  return null;
}

/**
 * A sign-off says someone is ready for one position. When they move or leave, it ends (revoked with the reason,
 * audited as a system revocation by whoever made the change) in the same transaction as the change, so the
 * dashboard and the history never show a sign-off for a position the person no longer holds.
 * The staff status is left as the change set it. Returns how many sign-offs ended.
 */
export async function endSignOffsOnPlacementChange(
  tx: DbClient,
  changes: PlacementChange[],
  actorId: string,
) {
  const ending = changes.flatMap((change) => {
    const reason = endReason(change);
    return reason ? [{ ...change, reason }] : [];
  });
  if (ending.length === 0) return 0;
  const inForce = await tx.signOff.findMany({
    where: { staffMemberId: { in: ending.map((e) => e.staffMemberId) }, revokedAt: null },
    select: { id: true, staffMemberId: true },
  });
  const signOffOf = new Map(inForce.map((s) => [s.staffMemberId, s.id]));
  const now = new Date();
  let ended = 0;
  for (const change of ending) {
    const signOffId = signOffOf.get(change.staffMemberId);
    if (!signOffId) continue;
    // Conditional on still being in force: a concurrent revocation is not recorded twice.
    const { count } = await tx.signOff.updateMany({
      where: { id: signOffId, revokedAt: null },
      data: { revokedAt: now, revokedById: actorId, revokeReason: change.reason },
    });
    if (count === 0) continue;
    ended += 1;
    await writeAudit(tx, {
      actorId,
      action: "readiness.revoke",
      entityType: "StaffMember",
      entityId: change.staffMemberId,
      before: { signOffId, ...change.before },
      after: { reason: change.reason, automatic: true, ...change.after },
    });
  }
  return ended;
}
