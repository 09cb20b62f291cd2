/**
 * Row scopes: every service puts these in its Prisma `where`, so a missing check cannot leak rows.
 * ADMIN and HR see the whole organization; a HEAD their own department(s); STAFF their own record.
 */
import type { Prisma } from "@portal/db";
import type { SessionUser } from "@portal/auth/session";

type Actor = Pick<SessionUser, "id" | "role">;

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

export function positionScope(user: Actor): Prisma.PositionWhereInput {
  return user.role === "ADMIN" || user.role === "HR" ? {} : { department: departmentScope(user) };
}
