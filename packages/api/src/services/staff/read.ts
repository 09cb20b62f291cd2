/** Staff reads. Every query carries staffScope/departmentScope: a head sees their department(s) only. */
import { Prisma, type Db, type DbClient, type StaffStatus } from "@portal/db";
import type { ListQuery } from "@portal/validators";
import { notFound } from "../../errors";
import { contains, pageArgs, toPage } from "../../pagination";
import { departmentScopeSql, staffScope } from "../../scopes";
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
  // The whole company by name (the default view): walk the User (name, id) index and stop at the page, instead
  // of joining and sorting everyone. A department or a search narrows the list first through its own index.
  const wholeCompanyByName = q.sort === "name" && !q.departmentId && !q.search && actor.role !== "HEAD";
  // Two reads side by side, not a transaction: a batch transaction waits at most 2 s for a pooled connection and
  // fails under load, and page and total need no snapshot of their own. The page query reads ids only; the shown
  // rows come in one more statement (listRows) instead of one Prisma statement per relation.
  const [page, total] = await Promise.all([
    wholeCompanyByName
      ? db.user
          .findMany({
            where: { staffMember: { is: where } },
            orderBy: [{ name: q.direction }, { id: q.direction }],
            ...pageArgs(q),
            select: { id: true },
          })
          .then((users) =>
            listRows(
              db,
              "userId",
              users.map((u) => u.id),
            ),
          )
      : db.staffMember
          .findMany({ where, orderBy: orderBy(q.sort, q.direction), ...pageArgs(q), select: { id: true } })
          .then((staff) =>
            listRows(
              db,
              "id",
              staff.map((s) => s.id),
            ),
          ),
    db.staffMember.count({ where }),
  ]);
  return toPage(page, total, q);
}

type ListRow = {
  id: string;
  startDate: Date;
  status: StaffStatus;
  user: { name: string; email: string };
  department: { id: string; name: string };
  position: { id: string; title: string } | null;
  /** The highest expertise above 0 (the first segment by name among equals). */
  topExpertise: { level: number; segment: { id: string; name: string } } | null;
};

/**
 * The list's columns of the staff members whose `key` (their id or their user's) is in `keys`, in that order: one
 * statement. The keys come from the scoped, filtered and sorted page query, so this adds no scope of its own.
 */
async function listRows(db: Db, key: "id" | "userId", keys: string[]): Promise<ListRow[]> {
  if (keys.length === 0) return [];
  // Driven by the keys (in their order), every table read by its key (a LATERAL lookup, both keys are unique):
  // on a few thousand rows the planner would otherwise hash-join a whole table (list-plans.int.test.ts).
  const rows = await db.$queryRaw<(Omit<ListRow, "startDate"> & { startDate: number })[]>`
    SELECT s."id", (extract(epoch FROM s."startDate") * 1000)::float8 AS "startDate", s."status"::text AS "status",
      (SELECT json_build_object('name', u."name", 'email', u."email") FROM "User" u WHERE u."id" = s."userId") AS "user",
      (SELECT json_build_object('id', d."id", 'name', d."name") FROM "Department" d WHERE d."id" = s."departmentId") AS "department",
      (SELECT json_build_object('id', p."id", 'title', p."title") FROM "Position" p WHERE p."id" = s."positionId") AS "position",
      (SELECT json_build_object('level', e."level", 'segment', json_build_object('id', g."id", 'name', g."name"))
         FROM "Expertise" e JOIN "CustomerSegment" g ON g."id" = e."segmentId"
        WHERE e."staffMemberId" = s."id" AND e."level" > 0
        ORDER BY e."level" DESC, g."name" ASC LIMIT 1) AS "topExpertise"
    FROM unnest(${keys}::text[]) WITH ORDINALITY AS k("key", "place")
    CROSS JOIN LATERAL (SELECT * FROM "StaffMember" s WHERE s.${Prisma.raw(`"${key}"`)} = k."key" LIMIT 1) s
    ORDER BY k."place"`;
  return rows.map((row) => ({ ...row, startDate: new Date(row.startDate) }));
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

type FilterDepartment = {
  id: string;
  name: string;
  archived: boolean;
  positions: { id: string; title: string; archived: boolean }[];
};

/**
 * Departments (and their positions) the caller may filter by or place people in, in one statement. Every position
 * of a department in scope is in scope (positionScope is departmentScope through the department).
 */
export async function staffFilterOptions(db: Db, actor: Actor) {
  const [row] = await db.$queryRaw<{ departments: FilterDepartment[] }[]>`
    SELECT coalesce(json_agg(json_build_object(
        'id', d."id", 'name', d."name", 'archived', d."archived",
        'positions', (SELECT coalesce(json_agg(json_build_object('id', p."id", 'title', p."title", 'archived', p."archived")
                        ORDER BY p."title"), '[]')
                        FROM "Position" p WHERE p."departmentId" = d."id"))
      ORDER BY d."name"), '[]') AS "departments"
    FROM "Department" d WHERE ${departmentScopeSql(actor)}`;
  return { departments: row?.departments ?? [] };
}
