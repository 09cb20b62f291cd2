import type { Db } from "@portal/db";
import { departmentFit, fitForEveryDepartment } from "@portal/domain";
import { notFound } from "../../errors";
import { departmentScope, staffScope } from "../../scopes";
import { asStaffingDepartment, asStaffingPerson } from "./load";
import type { Actor } from "../../actor";

const staffSelect = {
  id: true,
  updatedAt: true,
  departmentId: true,
  user: { select: { name: true } },
  expertise: { select: { segmentId: true, level: true } },
} as const;
const departmentSelect = {
  id: true,
  name: true,
  segmentId: true,
  requiredLevel: true,
  targetHeadcount: true,
  segment: { select: { name: true } },
} as const;

/** One person's fit for every active department, best first, each with its explanation. Scoped like staff records. */
export async function personFit(db: Db, actor: Actor, staffMemberId: string) {
  const staff = await db.staffMember.findFirst({
    where: { AND: [{ id: staffMemberId }, staffScope(actor)] },
    select: staffSelect,
  });
  if (!staff) throw notFound("staffMemberNotFound");
  const departments = await db.department.findMany({
    where: { archived: false },
    select: departmentSelect,
    orderBy: { name: "asc" },
  });
  const segmentName = new Map(departments.map((d) => [d.id, d.segment.name]));
  return {
    staffMemberId: staff.id,
    name: staff.user.name,
    currentDepartmentId: staff.departmentId,
    departments: fitForEveryDepartment(
      asStaffingPerson(staff),
      departments.map(asStaffingDepartment),
      new Date(),
    ).map(({ department, fit }) => ({
      departmentId: department.id,
      name: department.name,
      segmentName: segmentName.get(department.id) ?? "",
      requiredLevel: department.requiredLevel,
      current: department.id === staff.departmentId,
      fit,
    })),
  };
}

/**
 * The people ranked for one department: eligible first, then by fit, then by name. HR and ADMIN rank the
 * whole organization; a HEAD ranks only people of their own department(s).
 */
export async function departmentRanking(db: Db, actor: Actor, departmentId: string, limit: number) {
  const department = await db.department.findFirst({
    where: { AND: [{ id: departmentId }, departmentScope(actor)] },
    select: departmentSelect,
  });
  if (!department) throw notFound("departmentNotFound");
  const staff = await db.staffMember.findMany({
    where: { AND: [staffScope(actor), { status: { not: "LEFT" } }] },
    select: { ...staffSelect, department: { select: { name: true } } },
  });
  const target = asStaffingDepartment(department);
  const asOf = new Date();
  const ranked = staff
    .map((s) => ({
      staffMemberId: s.id,
      name: s.user.name,
      departmentName: s.department.name,
      inDepartment: s.departmentId === department.id,
      fit: departmentFit(asStaffingPerson(s), target, asOf),
    }))
    .sort(
      (a, b) =>
        Number(b.fit.eligible) - Number(a.fit.eligible) ||
        b.fit.score - a.fit.score ||
        a.name.localeCompare(b.name, "en"),
    );
  return {
    department: {
      id: department.id,
      name: department.name,
      segmentName: department.segment.name,
      requiredLevel: department.requiredLevel,
    },
    total: ranked.length,
    eligible: ranked.filter((r) => r.fit.eligible).length,
    people: ranked.slice(0, limit),
  };
}
