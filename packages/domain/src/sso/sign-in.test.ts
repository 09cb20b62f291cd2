import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decideSsoSignIn, parseRoleMap, roleFromGroups, ssoRoles, type SsoRole } from "./sign-in";

const roleMap = new Map<string, SsoRole>([
  ["portal-admins", "ADMIN"],
  ["portal-hr", "HR"],
  ["portal-heads", "HEAD"],
]);
const verified = (groups: string[] = []) => ({ email: "ana@nordvik.example", emailVerified: true, groups });
const policy = { roleMap, createUnknown: false };

describe("roleFromGroups", () => {
  it("maps the most privileged of the person's mapped groups", () => {
    expect(roleFromGroups(["portal-heads", "everyone", "portal-hr"], roleMap)).toBe("HR");
    expect(roleFromGroups(["portal-heads"], roleMap)).toBe("HEAD");
  });
  it("is null when no group is mapped", () => {
    expect(roleFromGroups([], roleMap)).toBeNull();
    expect(roleFromGroups(["everyone", "PORTAL-ADMINS"], roleMap)).toBeNull();
  });
  it("never gives a role that none of the groups maps to", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("portal-admins", "portal-hr", "portal-heads", "x", "y")),
        (groups) => {
          const role = roleFromGroups(groups, roleMap);
          const mapped = groups.flatMap((g) => roleMap.get(g) ?? []);
          if (role === null) expect(mapped).toEqual([]);
          else expect(mapped).toContain(role);
        },
      ),
    );
  });
});

describe("decideSsoSignIn", () => {
  it("refuses without a verified e-mail address, whatever the account", () => {
    expect(decideSsoSignIn({ ...verified(), email: null }, null, policy)).toEqual({
      kind: "refuse",
      reason: "noEmail",
    });
    expect(
      decideSsoSignIn(
        { ...verified(["portal-admins"]), emailVerified: false },
        { role: "ADMIN", active: true },
        policy,
      ),
    ).toEqual({ kind: "refuse", reason: "unverified" });
  });

  it("refuses an unknown person by default and creates them as STAFF or their mapped role when allowed", () => {
    expect(decideSsoSignIn(verified(), null, policy)).toEqual({ kind: "refuse", reason: "unknown" });
    const allow = { ...policy, createUnknown: true };
    expect(decideSsoSignIn(verified(["everyone"]), null, allow)).toEqual({ kind: "create", role: "STAFF" });
    expect(decideSsoSignIn(verified(["portal-hr"]), null, allow)).toEqual({ kind: "create", role: "HR" });
  });

  it("refuses a deactivated account even with a mapped group", () => {
    expect(decideSsoSignIn(verified(["portal-admins"]), { role: "STAFF", active: false }, policy)).toEqual({
      kind: "refuse",
      reason: "inactive",
    });
  });

  it("lets a mapped group set the role and keeps the role without one", () => {
    expect(decideSsoSignIn(verified(["portal-heads"]), { role: "STAFF", active: true }, policy)).toEqual({
      kind: "signIn",
      role: "HEAD",
      roleChanged: true,
    });
    expect(decideSsoSignIn(verified(["portal-admins"]), { role: "HR", active: true }, policy)).toMatchObject({
      role: "ADMIN",
    });
    expect(decideSsoSignIn(verified(["everyone"]), { role: "HR", active: true }, policy)).toEqual({
      kind: "signIn",
      role: "HR",
      roleChanged: false,
    });
  });

  it("lets in exactly the verified, active or creatable people", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.option(fc.record({ role: fc.constantFrom(...ssoRoles), active: fc.boolean() })),
        fc.boolean(),
        fc.array(fc.constantFrom("portal-admins", "portal-hr", "x")),
        (emailVerified, account, createUnknown, groups) => {
          const decision = decideSsoSignIn({ ...verified(groups), emailVerified }, account, {
            roleMap,
            createUnknown,
          });
          const admitted = decision.kind !== "refuse";
          expect(admitted).toBe(emailVerified && (account ? account.active : createUnknown));
          if (decision.kind === "signIn" && account)
            expect(decision.roleChanged).toBe(decision.role !== account.role);
        },
      ),
    );
  });
});

describe("parseRoleMap", () => {
  it("reads group=ROLE pairs, ignoring spaces, empty entries and the role's case", () => {
    expect(parseRoleMap(" portal-admins=ADMIN, portal-hr = hr ,,cn=heads=HEAD")).toEqual({
      ok: true,
      map: new Map([
        ["portal-admins", "ADMIN"],
        ["portal-hr", "HR"],
        ["cn=heads", "HEAD"],
      ]),
    });
    expect(parseRoleMap("")).toEqual({ ok: true, map: new Map() });
  });
  it("names the first malformed entry", () => {
    expect(parseRoleMap("portal-admins")).toEqual({ ok: false, entry: "portal-admins", problem: "format" });
    expect(parseRoleMap("=ADMIN")).toEqual({ ok: false, entry: "=ADMIN", problem: "format" });
    expect(parseRoleMap("portal-admins=ROOT")).toEqual({
      ok: false,
      entry: "portal-admins=ROOT",
      problem: "role",
    });
    expect(parseRoleMap("a=HR,a=ADMIN")).toEqual({ ok: false, entry: "a=ADMIN", problem: "duplicate" });
  });
});
