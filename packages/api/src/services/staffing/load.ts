import { Prisma, type Db } from "@portal/db";
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
  if (departments.length < chosen.length) throw notFound("departmentNotFound");
  const staff = await loadPeople(
    db,
    departments.map((d) => d.id),
  );
  const segments = await db.customerSegment.findMany({
    where: { archived: false, ...(chosen.length ? { id: { in: departments.map((d) => d.segmentId) } } : {}) },
    select: { id: true, name: true, bestCustomerPriority: true },
    orderBy: [{ bestCustomerPriority: "desc" }, { name: "asc" }],
  });
  return { departments, staff, segments };
}
export type LoadedStaffing = Awaited<ReturnType<typeof loadStaffing>>;

type LoadedPerson = {
  id: string;
  updatedAt: Date;
  departmentId: string;
  name: string;
  /** segmentId -> level */
  expertise: Record<string, number>;
};

/**
 * The people of these departments, each already in the solver's shape: one flat row per person with their
 * expertise aggregated by PostgreSQL, instead of a nested Prisma read (an object per expertise row) that is
 * then converted again. Ordered by id, as the solver's tie-breaking expects a stable order.
 */
function loadPeople(db: Db, departmentIds: string[]) {
  if (departmentIds.length === 0) return Promise.resolve([]);
  return db.$queryRaw<LoadedPerson[]>(Prisma.sql`
    SELECT s.id, s."updatedAt", s."departmentId", u.name,
           COALESCE(jsonb_object_agg(e."segmentId", e.level) FILTER (WHERE e.id IS NOT NULL), '{}') AS expertise
    FROM "StaffMember" s
    JOIN "User" u ON u.id = s."userId"
    LEFT JOIN "Expertise" e ON e."staffMemberId" = s.id
    WHERE s.status <> 'LEFT' AND s."departmentId" = ANY(${departmentIds}::text[])
    GROUP BY s.id, u.name
    ORDER BY s.id`);
}

/** A staff member read through Prisma (user and expertise nested), in the solver's shape. */
type NestedStaffMember = {
  id: string;
  departmentId: string;
  user: { name: string };
  expertise: { segmentId: string; level: number }[];
};
export const asStaffingPerson = (s: NestedStaffMember, locked = false): StaffingPerson => ({
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
    if (!known.has(departmentId)) throw badRequest("whatIfUnknownDepartment");
  }
  const segments = new Map(loaded.segments.map((s) => [s.id, s]));
  for (const added of input.addedDepartments) {
    if (!segments.has(added.segmentId)) throw badRequest("whatIfUnknownSegment", { name: added.name });
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
    people: loaded.staff.map((s) => ({
      id: s.id,
      name: s.name,
      currentDepartmentId: s.departmentId,
      expertise: s.expertise,
      locked: locked.has(s.id),
    })),
    departments,
    baselineDepartments: baseline,
    segments: loaded.segments,
    moveCost: input.moveCost,
    asOf,
  };
}

export const isWhatIf = (input: ProposalInput) =>
  input.capacities.length > 0 || input.removedDepartmentIds.length > 0 || input.addedDepartments.length > 0;
