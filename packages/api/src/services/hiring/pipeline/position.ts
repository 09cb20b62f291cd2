/** The position header of the board and the ranking table, if the caller may see the position. */
import type { DbClient } from "@portal/db";
import { notFound } from "../../../errors";
import { positionScope } from "../../../scopes";
import type { Actor } from "../../../actor";

export async function visiblePosition(db: DbClient, actor: Actor, positionId: string) {
  const position = await db.position.findFirst({
    where: { AND: [{ id: positionId }, positionScope(actor)] },
    select: {
      id: true,
      title: true,
      headcount: true,
      archived: true,
      department: { select: { id: true, name: true, segment: { select: { id: true, name: true } } } },
      profiles: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true } },
      _count: { select: { staff: { where: { status: { not: "LEFT" } } } } },
    },
  });
  if (!position) throw notFound("positionNotFound");
  const { profiles, _count, ...rest } = position;
  return {
    ...rest,
    latestVersion: profiles[0]?.version ?? null,
    openHeadcount: Math.max(0, rest.headcount - _count.staff),
  };
}
