/**
 * Row scopes: every service puts these in its Prisma `where`, so a missing check cannot leak rows.
 * ADMIN and HR see the whole organization; a HEAD their own department(s); STAFF their own record.
 */
import { Prisma } from "@portal/db";
import { headVisibleStages } from "@portal/validators";
import type { Actor } from "./actor";

export function departmentScope(user: Actor): Prisma.DepartmentWhereInput {
  switch (user.role) {
    case "ADMIN":
    case "HR":
      return {};
    case "HEAD":
      return { headId: user.id };
    case "STAFF":
      return { staff: { some: { userId: user.id } } };
  }
}

/**
 * departmentScope as a SQL condition on the "Department" row aliased `d`, for reads written as one statement. It
 * must say exactly what departmentScope says (test/scopes-sql.int.test.ts compares them).
 */
export function departmentScopeSql(user: Actor): Prisma.Sql {
  switch (user.role) {
    case "ADMIN":
    case "HR":
      return Prisma.sql`TRUE`;
    case "HEAD":
      return Prisma.sql`d."headId" = ${user.id}`;
    case "STAFF":
      return Prisma.sql`EXISTS (SELECT 1 FROM "StaffMember" sm WHERE sm."departmentId" = d."id" AND sm."userId" = ${user.id})`;
  }
}

export function staffScope(user: Actor): Prisma.StaffMemberWhereInput {
  switch (user.role) {
    case "ADMIN":
    case "HR":
      return {};
    case "HEAD":
      return { department: { headId: user.id } };
    case "STAFF":
      return { userId: user.id };
  }
}

/** Customer segments: ADMIN and HR all; a HEAD the segments their own (active) departments serve; STAFF none. */
export function segmentScope(user: Actor): Prisma.CustomerSegmentWhereInput {
  switch (user.role) {
    case "ADMIN":
    case "HR":
      return {};
    case "HEAD":
      return { departments: { some: { headId: user.id, archived: false } } };
    case "STAFF":
      return { id: { in: [] } };
  }
}

export function positionScope(user: Actor): Prisma.PositionWhereInput {
  return user.role === "ADMIN" || user.role === "HR" ? {} : { department: departmentScope(user) };
}

const nothing = { id: { in: [] as string[] } };

/**
 * Applications (a candidate in a position's pipeline): HR and ADMIN see all; a HEAD only those of their own
 * department's positions from INTERVIEW on; STAFF none. Candidate personal data is read through this scope.
 */
export function applicationScope(user: Actor): Prisma.ApplicationWhereInput {
  switch (user.role) {
    case "ADMIN":
    case "HR":
      return {};
    case "HEAD":
      return { position: { department: { headId: user.id } }, stage: { in: [...headVisibleStages] } };
    case "STAFF":
      return nothing;
  }
}

/**
 * applicationScope as a SQL condition on the "Application" row aliased `a`, for the ranking queries that sort
 * and page in SQL. It must say exactly what applicationScope says (the scopes integration test compares them).
 */
export function applicationScopeSql(user: Actor): Prisma.Sql {
  switch (user.role) {
    case "ADMIN":
    case "HR":
      return Prisma.sql`TRUE`;
    case "HEAD":
      return Prisma.sql`(a.stage::text = ANY(${[...headVisibleStages]}::text[]) AND EXISTS (
        SELECT 1 FROM "Position" ps JOIN "Department" d ON d.id = ps."departmentId" WHERE ps.id = a."positionId" AND d."headId" = ${user.id}))`;
    case "STAFF":
      return Prisma.sql`FALSE`;
  }
}

/** Candidates: HR and ADMIN all; a HEAD those with an application they may see; STAFF none. */
export function candidateScope(user: Actor): Prisma.CandidateWhereInput {
  switch (user.role) {
    case "ADMIN":
    case "HR":
      return {};
    case "HEAD":
      return { applications: { some: applicationScope(user) } };
    case "STAFF":
      return nothing;
  }
}
