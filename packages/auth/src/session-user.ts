import { prisma, type DbClient, type Role } from "@portal/db";

/** What the JWT carries; the database is the authority on every request. */
export type SessionClaims = { id: string; sessionVersion: number };

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
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
  const user = await db.user.findUnique({
    where: { id: claims.id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      active: true,
      mustChangePassword: true,
      sessionVersion: true,
      staffMember: { select: { id: true } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== claims.sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    mustChangePassword: user.mustChangePassword,
    hasStaffRecord: user.staffMember !== null,
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
