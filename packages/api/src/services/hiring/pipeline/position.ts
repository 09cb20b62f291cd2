/** The position header of the board and the ranking table, if the caller may see the position. */
import type { DbClient } from "@portal/db";
import { notFound } from "../../../errors";
import { positionScope } from "../../../scopes";
import type { Actor } from "../../../actor";

export async function visiblePosition(db: DbClient, actor: Actor, positionId: string) {
  // The count runs beside the read; it is discarded when the caller may not see the position.
  const [position, filled] = await Promise.all([
    db.position.findFirst({
      where: { AND: [{ id: positionId }, positionScope(actor)] },
      select: {
        id: true,
        title: true,
        headcount: true,
        archived: true,
        department: { select: { id: true, name: true, segment: { select: { id: true, name: true } } } },
        profiles: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true } },
      },
    }),
    db.staffMember.count({ where: { positionId, status: { not: "LEFT" } } }),
  ]);
  if (!position) throw notFound("positionNotFound");
  const { profiles, ...rest } = position;
  return {
    ...rest,
    latestVersion: profiles[0]?.version ?? null,
    openHeadcount: Math.max(0, rest.headcount - filled),
  };
}
