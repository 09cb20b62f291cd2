import type { DbClient } from "@portal/db";

/**
 * The position's current hiring profile (its highest version). A position that never had one gets an empty
 * version 1, so a candidate can always be screened against a recorded version ("nothing required yet").
 * Call inside the transaction that uses the result.
 */
export async function ensureCurrentProfile(tx: DbClient, positionId: string, actorId: string | null) {
  const current = await tx.hiringProfile.findFirst({ where: { positionId }, orderBy: { version: "desc" } });
  if (current) return current;
  return tx.hiringProfile.upsert({
    where: { positionId_version: { positionId, version: 1 } },
    create: { positionId, version: 1, createdById: actorId },
    update: {},
  });
}
