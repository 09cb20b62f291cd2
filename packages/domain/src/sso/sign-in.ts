/**
 * Single sign-on (OpenID Connect): who may come in through the company account, and with which role.
 * Pure: the identity provider's claims and the portal's account (if any) in, a decision out.
 */
export const ssoRoles = ["ADMIN", "HR", "HEAD", "STAFF"] as const;
export type SsoRole = (typeof ssoRoles)[number];

/** Most privileged first: a person in several mapped groups gets the highest of their roles. */
const precedence: readonly SsoRole[] = ["ADMIN", "HR", "HEAD", "STAFF"];

/** The role a set of groups maps to, or null when none of them is mapped. */
export function roleFromGroups(
  groups: readonly string[],
  roleMap: ReadonlyMap<string, SsoRole>,
): SsoRole | null {
  const mapped = new Set(groups.flatMap((group) => roleMap.get(group) ?? []));
  return precedence.find((role) => mapped.has(role)) ?? null;
}

/** What the identity provider says about the person (already read from its claims). */
export type SsoIdentity = { email: string | null; emailVerified: boolean; groups: readonly string[] };
/** The portal account with that e-mail address, or null when there is none. */
export type SsoAccount = { role: SsoRole; active: boolean } | null;
export type SsoPolicy = { roleMap: ReadonlyMap<string, SsoRole>; createUnknown: boolean };

export type SsoRefusal = "noEmail" | "unverified" | "unknown" | "inactive";
export type SsoDecision =
  | { kind: "refuse"; reason: SsoRefusal }
  | { kind: "create"; role: SsoRole }
  | { kind: "signIn"; role: SsoRole; roleChanged: boolean };

/**
 * The rules (README "Single sign-on"): only a verified e-mail address identifies a person; a deactivated account
 * stays out; an unknown person is created only when the setting allows, as the mapped role or STAFF. A mapped
 * group sets an existing person's role on every sign-in; no mapped group leaves it as it is.
 */
export function decideSsoSignIn(identity: SsoIdentity, account: SsoAccount, policy: SsoPolicy): SsoDecision {
  if (!identity.email) return { kind: "refuse", reason: "noEmail" };
  if (!identity.emailVerified) return { kind: "refuse", reason: "unverified" };
  const mapped = roleFromGroups(identity.groups, policy.roleMap);
  if (!account) {
    return policy.createUnknown
      ? { kind: "create", role: mapped ?? "STAFF" }
      : { kind: "refuse", reason: "unknown" };
  }
  if (!account.active) return { kind: "refuse", reason: "inactive" };
  const role = mapped ?? account.role;
  return { kind: "signIn", role, roleChanged: role !== account.role };
}

/**
 * `OIDC_ROLE_MAP`: `group=ROLE` pairs separated by commas (`portal-admins=ADMIN,portal-hr=HR`). Returns the map, or
 * the first malformed entry so the setting can be refused at start with a clear message.
 */
export function parseRoleMap(
  text: string,
):
  | { ok: true; map: Map<string, SsoRole> }
  | { ok: false; entry: string; problem: "format" | "role" | "duplicate" } {
  const map = new Map<string, SsoRole>();
  for (const raw of text.split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const separator = entry.lastIndexOf("=");
    const group = entry.slice(0, separator).trim();
    const role = entry
      .slice(separator + 1)
      .trim()
      .toUpperCase();
    if (separator < 0 || !group) return { ok: false, entry, problem: "format" };
    if (!(ssoRoles as readonly string[]).includes(role)) return { ok: false, entry, problem: "role" };
    if (map.has(group)) return { ok: false, entry, problem: "duplicate" };
    map.set(group, role as SsoRole);
  }
  return { ok: true, map };
}
