/** The position header of the board and the ranking table, if the caller may see the position. */
import type { DbClient } from "@portal/db";
import { notFound } from "../../../errors";
import { departmentScopeSql } from "../../../scopes";
import type { Actor } from "../../../actor";

type PositionRow = {
  id: string;
  title: string;
  headcount: number;
  archived: boolean;
  department: { id: string; name: string; segment: { id: string; name: string } };
  latestVersion: number | null;
  filled: number;
};

/**
 * One statement: the position with its department and segment, its current profile version and the people in it
 * (not LEFT). A position is in scope when its department is (positionScope), so a position the caller may not
 * see reads exactly like a missing one.
 */
export async function visiblePosition(db: DbClient, actor: Actor, positionId: string) {
  const [position] = await db.$queryRaw<PositionRow[]>`
    SELECT p."id", p."title", p."headcount", p."archived",
      json_build_object('id', d."id", 'name', d."name",
                        'segment', json_build_object('id', g."id", 'name', g."name")) AS "department",
      (SELECT h."version" FROM "HiringProfile" h WHERE h."positionId" = p."id"
        ORDER BY h."version" DESC LIMIT 1) AS "latestVersion",
      (SELECT count(*) FROM "StaffMember" s WHERE s."positionId" = p."id" AND s."status" <> 'LEFT')::int AS "filled"
    FROM "Position" p JOIN "Department" d ON d."id" = p."departmentId"
    JOIN "CustomerSegment" g ON g."id" = d."segmentId"
    WHERE p."id" = ${positionId} AND ${departmentScopeSql(actor)}`;
  if (!position) throw notFound("positionNotFound");
  const { filled, ...rest } = position;
  return { ...rest, openHeadcount: Math.max(0, rest.headcount - filled) };
}
