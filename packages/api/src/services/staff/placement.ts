/** Where a staff member sits: a department that is not archived, and optionally a position of that department. */
import type { DbClient } from "@portal/db";
import { fieldError } from "../../errors";

export const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
export const toIsoDate = (d: Date) => d.toISOString().slice(0, 10);

type Current = { departmentId: string; positionId: string | null } | null;

/**
 * Check a department/position pair. What the person already has is accepted even when archived since, so
 * saving an unrelated change does not fail; anything new must be current.
 */
export async function checkPlacement(
  tx: DbClient,
  departmentId: string,
  positionId: string | null,
  current: Current = null,
) {
  const department = await tx.department.findUnique({
    where: { id: departmentId },
    select: { id: true, name: true, archived: true },
  });
  if (!department) throw fieldError("departmentId", "chooseExistingDepartment");
  if (department.archived && department.id !== current?.departmentId)
    throw fieldError("departmentId", "chosenDepartmentArchived");
  if (!positionId) return;
  const position = await tx.position.findUnique({
    where: { id: positionId },
    select: { title: true, departmentId: true, archived: true },
  });
  if (!position || position.departmentId !== departmentId)
    throw fieldError("positionId", "positionOfOtherDepartment");
  if (position.archived && positionId !== current?.positionId)
    throw fieldError("positionId", "chosenPositionArchived");
}
