import { randomBytes } from "node:crypto";
import { prisma, writeAudit, type Db, type DbClient, type Role } from "@portal/db";
import { decideSsoSignIn, type SsoIdentity, type SsoRefusal, type SsoRole } from "@portal/domain";
import { hashPassword } from "./password";
import { emailKey } from "./throttle";
import type { CheckedUser } from "./sign-in";
import type { OidcSettings } from "./sso-settings";

export type SsoSignInResult = { ok: true; user: CheckedUser } | { ok: false; reason: SsoRefusal };
type Policy = Pick<OidcSettings, "groupsClaim" | "roleMap" | "createUnknown">;

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);

/**
 * The identity provider's claims, read defensively: `email_verified` counts only when it is true (some providers send
 * the string "true"); the groups claim may be a list or a single name.
 */
export function ssoIdentity(claims: Record<string, unknown>, groupsClaim: string): SsoIdentity {
  const groups = claims[groupsClaim];
  return {
    email: text(claims.email),
    emailVerified: claims.email_verified === true || claims.email_verified === "true",
    groups: Array.isArray(groups)
      ? groups.filter((g): g is string => typeof g === "string")
      : typeof groups === "string"
        ? [groups]
        : [],
  };
}

/** The person's name for a new account: the provider's `name`, given + family name, or the e-mail's local part. */
function displayName(claims: Record<string, unknown>, email: string) {
  const joined = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(" ");
  return (text(claims.name) ?? (joined || email.split("@")[0]!)).slice(0, 200);
}

/**
 * Why a role the groups map to is not applied: the same guards as an admin's edit (services/users.ts), since the
 * identity provider must not leave the portal without an admin or a department without its head.
 */
async function roleChangeBlocked(tx: DbClient, user: { id: string; role: Role }, role: SsoRole) {
  if (user.role === "ADMIN") {
    const admins = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "User" WHERE role = 'ADMIN' AND active FOR UPDATE`;
    if (admins.every((a) => a.id === user.id)) return "the last active admin";
  }
  if (
    user.role === "HEAD" &&
    role !== "HEAD" &&
    (await tx.department.count({ where: { headId: user.id } })) > 0
  )
    return "still the head of a department";
  return null;
}

/**
 * Match a person who signed in at the identity provider to their portal account (README "Single sign-on"): by
 * verified e-mail address, case-insensitively; create them when allowed; apply the role their groups map to. The
 * sign-in, a creation and a role change are audited with the person as the actor. A role change moves the account's
 * session version on, like an admin's edit, so the person's other sessions end.
 */
export async function resolveSsoSignIn(
  claims: Record<string, unknown>,
  policy: Policy,
  db: Db = prisma,
): Promise<SsoSignInResult> {
  const identity = ssoIdentity(claims, policy.groupsClaim);
  const refuse = (reason: SsoRefusal): SsoSignInResult => {
    const account = identity.email ? emailKey(identity.email).slice(0, 12) : "none";
    console.warn(`single sign-on refused: ${reason} account=${account}`);
    return { ok: false, reason };
  };
  const findAccount = (tx: DbClient, email: string) =>
    tx.user.findFirst({
      where: { email: { equals: email, mode: "insensitive" } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        sessionVersion: true,
        mustChangePassword: true,
      },
    });

  const existing = identity.email ? await findAccount(db, identity.email) : null;
  const decision = decideSsoSignIn(identity, existing, policy);
  if (decision.kind === "refuse") return refuse(decision.reason);
  const email = identity.email!;
  // A password nobody knows (argon2 is slow, so it is made outside the transaction): an account created or taken over
  // by single sign-on has no usable password until its owner sets one through "Forgot password?".
  const unusablePassword = () => hashPassword(randomBytes(32).toString("base64url"));

  if (decision.kind === "create") {
    const passwordHash = await unusablePassword();
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: email.toLowerCase(),
          name: displayName(claims, email),
          role: decision.role,
          passwordHash,
        },
        select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true },
      });
      await writeAudit(tx, {
        actorId: created.id,
        action: "user.ssoCreate",
        entityType: "User",
        entityId: created.id,
        after: { name: created.name, email: created.email, role: created.role, active: created.active },
      });
      return created;
    });
    return { ok: true, user };
  }

  // An admin-issued one-time password would force a password change the person cannot make (they never got it):
  // signing in with the company account spends it.
  const replacedPassword = existing!.mustChangePassword ? await unusablePassword() : null;
  const user = await db.$transaction(async (tx) => {
    const before = (await findAccount(tx, email))!;
    const blocked = decision.roleChanged ? await roleChangeBlocked(tx, before, decision.role) : null;
    if (blocked)
      console.warn(
        `single sign-on kept role ${before.role} instead of ${decision.role}: ${blocked} (user ${before.id})`,
      );
    const role = decision.roleChanged && !blocked ? decision.role : before.role;
    const after =
      role !== before.role || replacedPassword
        ? await tx.user.update({
            where: { id: before.id },
            data: {
              role,
              ...(role !== before.role ? { sessionVersion: { increment: 1 } } : {}),
              ...(replacedPassword ? { passwordHash: replacedPassword, mustChangePassword: false } : {}),
            },
            select: { id: true, email: true, name: true, role: true, sessionVersion: true },
          })
        : before;
    if (role !== before.role)
      await writeAudit(tx, {
        actorId: before.id,
        action: "user.ssoRoleMapped",
        entityType: "User",
        entityId: before.id,
        before: { name: before.name, role: before.role },
        after: { name: after.name, role: after.role, groups: identity.groups },
      });
    await writeAudit(tx, {
      actorId: before.id,
      action: "user.ssoSignIn",
      entityType: "User",
      entityId: before.id,
      after: { name: after.name, role: after.role },
    });
    return after;
  });
  const { id, name, role, sessionVersion } = user;
  return { ok: true, user: { id, email: user.email, name, role, sessionVersion } };
}
