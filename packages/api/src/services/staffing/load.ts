import type { Db } from "@portal/db";
import type { StaffingDepartment, StaffingInput, StaffingPerson } from "@portal/domain";
import type { staffingProposalInput } from "@portal/validators";
import type { z } from "zod";
import { badRequest, notFound } from "../../errors";
import { departmentScope } from "../../scopes";
import type { Actor } from "../../actor";

type ProposalInput = z.infer<typeof staffingProposalInput>;

/** What a staffing solve needs, in a constant number of queries whatever the size of the organization. */
export async function loadStaffing(db: Db, actor: Actor, departmentIds: readonly string[]) {
  const chosen = [...new Set(departmentIds)];
  const departments = await db.department.findMany({
    where: {
      AND: [departmentScope(actor), { archived: false }, chosen.length ? { id: { in: chosen } } : {}],
    },
    select: { id: true, name: true, segmentId: true, requiredLevel: true, targetHeadcount: true },
    orderBy: { name: "asc" },
  });
  if (departments.length < chosen.length) throw notFound("Department");
  const staff = await db.staffMember.findMany({
    where: { status: { not: "LEFT" }, departmentId: { in: departments.map((d) => d.id) } },
    select: {
      id: true,
      updatedAt: true,
      departmentId: true,
      user: { select: { name: true } },
      expertise: { select: { segmentId: true, level: true } },
    },
    orderBy: { id: "asc" },
  });
  const segments = await db.customerSegment.findMany({
    where: { archived: false, ...(chosen.length ? { id: { in: departments.map((d) => d.segmentId) } } : {}) },
    select: { id: true, name: true, bestCustomerPriority: true },
    orderBy: [{ bestCustomerPriority: "desc" }, { name: "asc" }],
  });
  return { departments, staff, segments };
}
export type LoadedStaffing = Awaited<ReturnType<typeof loadStaffing>>;

export const asStaffingPerson = (s: LoadedStaffing["staff"][number], locked = false): StaffingPerson => ({
  id: s.id,
  name: s.user.name,
  currentDepartmentId: s.departmentId,
  expertise: Object.fromEntries(s.expertise.map((e) => [e.segmentId, e.level])),
  locked,
});

export const asStaffingDepartment = (d: LoadedStaffing["departments"][number]): StaffingDepartment => ({
  id: d.id,
  name: d.name,
  segmentId: d.segmentId,
  requiredLevel: d.requiredLevel,
  capacity: d.targetHeadcount,
});

/** Ids of departments that exist only in a what-if. */
export const whatIfId = (key: string) => `what-if:${key}`;

/** The solver's input: the organization as loaded, with the what-if changes applied to the departments. */
export function toStaffingInput(loaded: LoadedStaffing, input: ProposalInput, asOf: Date): StaffingInput {
  const known = new Set(loaded.departments.map((d) => d.id));
  for (const departmentId of [
    ...input.removedDepartmentIds,
    ...input.capacities.map((c) => c.departmentId),
  ]) {
    if (!known.has(departmentId))
      throw badRequest("A what-if names a department that is not part of this plan.");
  }
  const segments = new Map(loaded.segments.map((s) => [s.id, s]));
  for (const added of input.addedDepartments) {
    if (!segments.has(added.segmentId))
      throw badRequest(`The added department "${added.name}" serves a segment that does not exist.`);
  }
  const removed = new Set(input.removedDepartmentIds);
  const capacity = new Map(input.capacities.map((c) => [c.departmentId, c.capacity]));
  const locked = new Set(input.lockedStaffIds);
  const baseline = loaded.departments.map(asStaffingDepartment);
  const departments = [
    ...baseline
      .filter((d) => !removed.has(d.id))
      .map((d) => ({ ...d, capacity: capacity.get(d.id) ?? d.capacity })),
    ...input.addedDepartments.map((a) => ({
      id: whatIfId(a.key),
      name: a.name,
      segmentId: a.segmentId,
      requiredLevel: a.requiredLevel,
      capacity: a.capacity,
    })),
  ];
  return {
    people: loaded.staff.map((s) => asStaffingPerson(s, locked.has(s.id))),
    departments,
    baselineDepartments: baseline,
    segments: loaded.segments,
    moveCost: input.moveCost,
    asOf,
  };
}

export const isWhatIf = (input: ProposalInput) =>
  input.capacities.length > 0 || input.removedDepartmentIds.length > 0 || input.addedDepartments.length > 0;
