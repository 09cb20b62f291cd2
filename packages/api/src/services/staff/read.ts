/** Staff reads. Every query carries staffScope/departmentScope: a head sees their department(s) only. */
import type { Db, DbClient, Prisma, StaffStatus } from "@portal/db";
import type { ListQuery } from "@portal/validators";
import { notFound } from "../../errors";
import { contains, pageArgs, toPage } from "../../pagination";
import { departmentScope, positionScope, staffScope } from "../../scopes";
import type { Actor } from "../../actor";

type SortKey = "name" | "department" | "position" | "startDate" | "status";
export type StaffListQuery = ListQuery<SortKey> & { departmentId?: string; status?: StaffStatus };

const orderBy = (sort: SortKey, dir: "asc" | "desc"): Prisma.StaffMemberOrderByWithRelationInput[] => {
  const first: Prisma.StaffMemberOrderByWithRelationInput =
    sort === "name"
      ? { user: { name: dir } }
      : sort === "department"
        ? { department: { name: dir } }
        : sort === "position"
          ? { position: { title: dir } }
          : { [sort]: dir };
  return [first, { user: { name: "asc" } }, { id: "asc" }];
};

export async function listStaff(db: Db, actor: Actor, q: StaffListQuery) {
  const where: Prisma.StaffMemberWhereInput = {
    AND: [
      staffScope(actor),
      q.departmentId ? { departmentId: q.departmentId } : {},
      q.status ? { status: q.status } : q.includeArchived ? {} : { status: { not: "LEFT" } },
      q.search ? { user: { OR: [{ name: contains(q.search) }, { email: contains(q.search) }] } } : {},
    ],
  };
  const select = {
    id: true,
    startDate: true,
    status: true,
    user: { select: { name: true, email: true } },
    department: { select: { id: true, name: true } },
    position: { select: { id: true, title: true } },
    expertise: {
      where: { level: { gt: 0 } },
      orderBy: [{ level: "desc" }, { segment: { name: "asc" } }],
      take: 1,
      select: { level: true, segment: { select: { id: true, name: true } } },
    },
  } satisfies Prisma.StaffMemberSelect;
  // The whole company by name (the default view): walk the User (name, id) index and stop at the page, instead
  // of joining and sorting everyone. A department or a search narrows the list first through its own index.
  const wholeCompanyByName = q.sort === "name" && !q.departmentId && !q.search && actor.role !== "HEAD";
  // Two reads side by side, not a transaction: a batch transaction waits at most 2 s for a pooled connection and
  // fails under load, and page and total need no snapshot of their own.
  const [items, total] = await Promise.all([
    wholeCompanyByName
      ? db.user.findMany({
          where: { staffMember: { is: where } },
          orderBy: [{ name: q.direction }, { id: q.direction }],
          ...pageArgs(q),
          select: { staffMember: { select } },
        })
      : db.staffMember.findMany({ where, orderBy: orderBy(q.sort, q.direction), ...pageArgs(q), select }),
    db.staffMember.count({ where }),
  ]);
  const rows = items.map((item) => ("staffMember" in item ? item.staffMember! : item));
  return toPage(
    rows.map(({ expertise, ...s }) => ({
      ...s,
      topExpertise: expertise[0] ? { level: expertise[0].level, segment: expertise[0].segment } : null,
    })),
    total,
    q,
  );
}

const detailSelect = {
  id: true,
  startDate: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  user: { select: { id: true, name: true, email: true, active: true } },
  department: { select: { id: true, name: true, archived: true } },
  position: { select: { id: true, title: true, archived: true } },
  expertise: {
    orderBy: { segment: { name: "asc" } },
    select: {
      id: true,
      level: true,
      source: true,
      evidence: true,
      assessedById: true,
      assessedAt: true,
      segment: { select: { id: true, name: true, archived: true } },
    },
  },
  expertiseChanges: {
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      previousLevel: true,
      level: true,
      source: true,
      evidence: true,
      createdAt: true,
      segment: { select: { id: true, name: true } },
      assessedBy: { select: { id: true, name: true } },
    },
  },
} satisfies Prisma.StaffMemberSelect;

/** One scoped staff record with current expertise (and who assessed it) and the latest history. */
async function staffDetail(db: DbClient, where: Prisma.StaffMemberWhereInput) {
  const staff = await db.staffMember.findFirst({ where, select: detailSelect });
  if (!staff) return null;
  const assessorIds = [
    ...new Set(staff.expertise.map((e) => e.assessedById).filter((id): id is string => !!id)),
  ];
  const assessors = assessorIds.length
    ? await db.user.findMany({ where: { id: { in: assessorIds } }, select: { id: true, name: true } })
    : [];
  const byId = new Map(assessors.map((a) => [a.id, a]));
  const expertise = staff.expertise.map(({ assessedById, ...e }) => ({
    ...e,
    assessedBy: assessedById ? (byId.get(assessedById) ?? null) : null,
  }));
  return { ...staff, expertise };
}

export async function getStaff(db: Db, actor: Actor, id: string) {
  // Outside the caller's scope reads exactly like a missing record: nothing about other departments leaks.
  const staff = await staffDetail(db, { AND: [{ id }, staffScope(actor)] });
  if (!staff) throw notFound("staffMemberNotFound");
  return staff;
}

/** The caller's own record, whatever their role; null when they have none. */
export const myStaff = (db: Db, actor: Actor) => staffDetail(db, { userId: actor.id });

/** Departments (and their positions) the caller may filter by or place people in. */
export async function staffFilterOptions(db: Db, actor: Actor) {
  const departments = await db.department.findMany({
    where: departmentScope(actor),
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      archived: true,
      positions: {
        where: positionScope(actor),
        orderBy: { title: "asc" },
        select: { id: true, title: true, archived: true },
      },
    },
  });
  return { departments };
}
