/**
 * Page reads rewritten as fewer statements (issue 13, bench:load): each gives what the Prisma relation reads it
 * replaced gave (kept here as the reference), for every role, scoping included.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma, StaffStatus } from "@portal/db";
import {
  createDepartment,
  createHiringProfile,
  createPosition,
  createStaffMember,
  createUser,
  setExpertise,
} from "@portal/db/factories";
import { contains, pageArgs, toPage } from "../src/pagination";
import { departmentScope, departmentScopeSql, positionScope, staffScope } from "../src/scopes";
import { listStaff, staffFilterOptions, type StaffListQuery } from "../src/services/staff/read";
import { visiblePosition } from "../src/services/hiring/pipeline/position";
import { homeSummary } from "../src/services/home";
import { setupOrganization, type Org } from "./harness";
import type { Actor } from "../src/actor";

let org: Org;
let actors: Actor[];
beforeAll(async () => {
  org = await setupOrganization();
  const { db } = org;
  const { deptA, deptB, positionA, segmentA, segmentB, orphan } = org.org;
  // Ties in names, people without a position, every status, expertise ties between segments, an archived
  // department and position, a department without a head.
  const archivedDept = await createDepartment(db, { name: "Archive desk", segmentId: segmentB.id });
  await db.department.update({ where: { id: archivedDept.id }, data: { archived: true } });
  const oldPosition = await createPosition(db, { departmentId: deptA.id, title: "Old advisor" });
  await db.position.update({ where: { id: oldPosition.id }, data: { archived: true } });
  const statuses: StaffStatus[] = ["ONBOARDING", "ACTIVE", "LEFT"];
  for (let i = 0; i < 16; i++) {
    const user = await createUser(db, {
      role: "STAFF",
      name: i % 5 === 0 ? "Same Name" : `Person ${String.fromCharCode(75 + i)}`,
      email: `page.reads.${i}@example.com`,
    });
    const staff = await createStaffMember(db, {
      userId: user.id,
      departmentId: [deptA.id, deptB.id, archivedDept.id][i % 3]!,
      positionId: i % 4 === 0 ? null : i % 3 === 0 ? positionA.id : undefined,
      status: statuses[i % statuses.length],
      startDate: new Date(Date.UTC(2024, i % 6, 1 + i)),
    });
    if (i % 2 === 0) {
      await setExpertise(db, { staffMemberId: staff.id, segmentId: segmentA.id, level: 1 + (i % 3) });
      await setExpertise(db, { staffMemberId: staff.id, segmentId: orphan.id, level: 1 + (i % 3) });
    }
    if (i % 3 === 0) await setExpertise(db, { staffMemberId: staff.id, segmentId: segmentB.id, level: 0 });
  }
  await createHiringProfile(db, { positionId: positionA.id });
  await createHiringProfile(db, { positionId: positionA.id });
  const { users } = org;
  actors = [
    { id: users.admin.id, role: "ADMIN" },
    { id: users.hr.id, role: "HR" },
    { id: users.headA.id, role: "HEAD" },
    { id: users.headB.id, role: "HEAD" },
    { id: users.staffUserA.id, role: "STAFF" },
  ];
  const staffHead = await createUser(db, { role: "HEAD", name: "Head without department" });
  actors.push({ id: staffHead.id, role: "HEAD" });
}, 120_000);
afterAll(() => org?.drop());

/** The staff list as it was read before: Prisma's relation reads. */
async function referenceList(actor: Actor, q: StaffListQuery) {
  const where: Prisma.StaffMemberWhereInput = {
    AND: [
      staffScope(actor),
      q.departmentId ? { departmentId: q.departmentId } : {},
      q.status ? { status: q.status } : q.includeArchived ? {} : { status: { not: "LEFT" } },
      q.search ? { user: { OR: [{ name: contains(q.search) }, { email: contains(q.search) }] } } : {},
    ],
  };
  const dir = q.direction;
  const first: Prisma.StaffMemberOrderByWithRelationInput =
    q.sort === "name"
      ? { user: { name: dir } }
      : q.sort === "department"
        ? { department: { name: dir } }
        : q.sort === "position"
          ? { position: { title: dir } }
          : { [q.sort]: dir };
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
  // The whole company by name walked the User (name, id) index, as listStaff still does.
  const wholeCompanyByName = q.sort === "name" && !q.departmentId && !q.search && actor.role !== "HEAD";
  const rows = wholeCompanyByName
    ? (
        await org.db.user.findMany({
          where: { staffMember: { is: where } },
          orderBy: [{ name: dir }, { id: dir }],
          ...pageArgs(q),
          select: { staffMember: { select } },
        })
      ).map((u) => u.staffMember!)
    : await org.db.staffMember.findMany({
        where,
        orderBy: [first, { user: { name: "asc" } }, { id: "asc" }],
        ...pageArgs(q),
        select,
      });
  const total = await org.db.staffMember.count({ where });
  return toPage(
    rows.map(({ expertise, ...s }) => ({
      ...s,
      topExpertise: expertise[0] ? { level: expertise[0].level, segment: expertise[0].segment } : null,
    })),
    total,
    q,
  );
}

describe("staff.list reads its rows in one statement", () => {
  it("gives the rows, order and totals of the relation reads for every role, sort, filter and page", async () => {
    const base = { search: "", page: 1, pageSize: 10, includeArchived: false } as const;
    const queries: StaffListQuery[] = [];
    for (const sort of ["name", "department", "position", "startDate", "status"] as const)
      for (const direction of ["asc", "desc"] as const)
        for (const page of [1, 2]) queries.push({ ...base, sort, direction, page });
    queries.push(
      { ...base, sort: "name", direction: "asc", search: "same" },
      { ...base, sort: "name", direction: "asc", search: "PERSON" },
      { ...base, sort: "name", direction: "desc", departmentId: org.org.deptB.id },
      { ...base, sort: "status", direction: "asc", status: "LEFT" },
      { ...base, sort: "name", direction: "asc", includeArchived: true },
      { ...base, sort: "name", direction: "asc", page: 9 },
    );
    for (const actor of actors)
      for (const q of queries) {
        // Sorting the whole company by name applies (non-empty) to more than one page.
        const expected = await referenceList(actor, q);
        expect(await listStaff(org.db, actor, q), `${actor.role} ${JSON.stringify(q)}`).toEqual(expected);
      }
    // The fixture exercises what it should: several pages, top expertise and people without a position.
    const all = await referenceList(actors[0]!, { ...base, sort: "name", direction: "asc", pageSize: 100 });
    expect(all.pageCount).toBe(1);
    expect(all.total).toBeGreaterThan(10);
    expect(all.items.some((s) => s.topExpertise && s.position === null)).toBe(true);
  });
});

describe("staff.filterOptions in one statement", () => {
  it("gives the departments and positions of the relation reads, in scope, for every role", async () => {
    for (const actor of actors) {
      const expected = await org.db.department.findMany({
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
      expect(await staffFilterOptions(org.db, actor), actor.role).toEqual({ departments: expected });
    }
    const head = await staffFilterOptions(org.db, actors[2]!);
    expect(head.departments.map((d) => d.id)).toEqual([org.org.deptA.id]);
  });
});

describe("departmentScopeSql", () => {
  it("selects exactly the departments departmentScope selects, for every role", async () => {
    for (const actor of actors) {
      const expected = await org.db.department.findMany({
        where: departmentScope(actor),
        select: { id: true },
        orderBy: { id: "asc" },
      });
      const rows = await org.db.$queryRaw<{ id: string }[]>`
        SELECT d."id" FROM "Department" d WHERE ${departmentScopeSql(actor)} ORDER BY d."id"`;
      expect(rows, actor.role).toEqual(expected);
    }
  });
});

describe("the board's position header in one statement", () => {
  it("gives the header of the relation reads, and refuses a position outside the scope as missing", async () => {
    const positions = await org.db.position.findMany({ select: { id: true } });
    for (const actor of actors)
      for (const { id } of positions) {
        const found = await org.db.position.findFirst({
          where: { AND: [{ id }, positionScope(actor)] },
          select: {
            id: true,
            title: true,
            headcount: true,
            archived: true,
            department: { select: { id: true, name: true, segment: { select: { id: true, name: true } } } },
            profiles: { orderBy: { version: "desc" }, take: 1, select: { version: true } },
          },
        });
        const read = visiblePosition(org.db, actor, id);
        if (!found) {
          await expect(read).rejects.toMatchObject({ key: "positionNotFound" });
          continue;
        }
        const filled = await org.db.staffMember.count({ where: { positionId: id, status: { not: "LEFT" } } });
        const { profiles, ...rest } = found;
        expect(await read).toEqual({
          ...rest,
          latestVersion: profiles[0]?.version ?? null,
          openHeadcount: Math.max(0, rest.headcount - filled),
        });
      }
  });
});

describe("the STAFF home reads record and blockers in one statement", () => {
  it("shows the own record as the relation read gives it, also for someone who left", async () => {
    const people = await org.db.staffMember.findMany({ select: { userId: true, status: true } });
    expect(people.some((p) => p.status === "LEFT")).toBe(true);
    for (const { userId, status } of people) {
      const home = await homeSummary(org.db, { id: userId, role: "STAFF" });
      if (home.role !== "STAFF") throw new Error("not a STAFF home");
      const record = await org.db.staffMember.findFirst({
        where: { userId },
        select: {
          id: true,
          startDate: true,
          status: true,
          department: { select: { name: true } },
          position: { select: { title: true } },
        },
      });
      expect(home.record).toEqual(record);
      expect(home.readiness === null).toBe(status === "LEFT");
    }
  });
});
