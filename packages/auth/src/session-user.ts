import { prisma, type DbClient, type Role } from "@portal/db";

/** What the JWT carries; the database is the authority on every request. */
export type SessionClaims = { id: string; sessionVersion: number };

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  /** The user's own time zone, or null for the company's. */
  timeZone: string | null;
  mustChangePassword: boolean;
  /** Whether a staff record belongs to the account (what "My onboarding" and the learner's pages are about). */
  hasStaffRecord: boolean;
};

/**
 * Resolve the signed-in user from the database. Returns null when the account is gone, deactivated, or the
 * token predates a password/role change (sessionVersion bumped), so such changes apply on the next request.
 */
export async function loadSessionUser(
  claims: SessionClaims | null | undefined,
  db: DbClient = prisma,
): Promise<SessionUser | null> {
  if (!claims?.id) return null;
  // One statement on every request (this runs before every procedure and page): a raw query instead of a
  // findUnique with the staff relation, which Prisma's query compiler plans on each call and sends as two.
  const [user] = await db.$queryRaw<
    {
      id: string;
      email: string;
      name: string;
      role: Role;
      locale: string;
      timeZone: string | null;
      active: boolean;
      mustChangePassword: boolean;
      sessionVersion: number;
      hasStaffRecord: boolean;
    }[]
  >`SELECT u.id, u.email, u.name, u.role::text AS role, u.locale, u."timeZone", u.active, u."mustChangePassword",
           u."sessionVersion", EXISTS (SELECT 1 FROM "StaffMember" s WHERE s."userId" = u.id) AS "hasStaffRecord"
      FROM "User" u WHERE u.id = ${claims.id}`;
  if (!user || !user.active || user.sessionVersion !== claims.sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    timeZone: user.timeZone,
    mustChangePassword: user.mustChangePassword,
    hasStaffRecord: user.hasStaffRecord,
  };
}

/**
 * Sign-out: a JWT cannot be recalled, so the user's session version moves on and every token carrying the
 * old one (this one and any copy of it, e.g. a stolen cookie) stops being honoured. This ends the user's
 * other sessions too. Only a token that is still current bumps it, so clearing a stale cookie is a no-op.
 */
export async function endSession(claims: Partial<SessionClaims> | null | undefined, db: DbClient = prisma) {
  if (!claims?.id || typeof claims.sessionVersion !== "number") return;
  await db.user.updateMany({
    where: { id: claims.id, sessionVersion: claims.sessionVersion },
    data: { sessionVersion: { increment: 1 } },
  });
}
