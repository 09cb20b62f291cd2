import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { createTestDatabase } from "@portal/db/test-database";
import { createUser } from "@portal/db/factories";
import { portalAuthConfig } from "../src/config";
import { parseSsoSettings, type SsoSettings } from "../src/sso-settings";
import { readSessionToken } from "../src/session-token";
import { loadSessionUser } from "../src/session-user";
// @ts-expect-error -- a plain ES module test server, without type declarations
import { startOidcProvider, TEST_ACCOUNTS, TEST_CLIENT } from "./support/oidc-provider.mjs";

/**
 * Single sign-on against a real OpenID Connect provider (test/support/oidc-provider.mjs): the portal's own next-auth
 * configuration, driven over HTTP as a browser would (cookies, redirects), on a database of its own.
 */
type TestAccount = "known" | "newcomer" | "unverified" | "grouped" | "inactive";
const testAccounts = TEST_ACCOUNTS as Record<TestAccount, { email: string }>;
const PORTAL = "http://localhost:3999";
const CALLBACK = `${PORTAL}/api/auth/callback/oidc`;
process.env.AUTH_SECRET ??= "sso-integration-test-secret";

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let provider: { issuer: string; close: () => Promise<void> };
beforeAll(async () => {
  t = await createTestDatabase("sso");
  provider = await startOidcProvider({ redirectUris: [CALLBACK] });
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterAll(async () => {
  await provider?.close();
  await t?.drop();
});

const settings = (env: Record<string, string> = {}): SsoSettings =>
  parseSsoSettings({
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: TEST_CLIENT.clientId,
    OIDC_CLIENT_SECRET: TEST_CLIENT.clientSecret,
    OIDC_SCOPE: "openid email profile groups",
    OIDC_ROLE_MAP: "portal-admins=ADMIN,portal-hr=HR,portal-heads=HEAD",
    ...env,
  });

/** A browser's cookies for one site: what Set-Cookie sets, less what it expires. */
class CookieJar {
  private cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const name = pair.slice(0, pair.indexOf("=")).trim();
      const value = pair.slice(pair.indexOf("=") + 1);
      if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  get(name: string) {
    const value = this.cookies.get(name);
    return value === undefined ? undefined : { name, value };
  }
  getAll() {
    return [...this.cookies].map(([name, value]) => ({ name, value }));
  }
  set(name: string, value: string) {
    this.cookies.set(name, value);
  }
}

type Portal = ReturnType<typeof NextAuth>["handlers"];
const portalFor = (s: SsoSettings): Portal => NextAuth(portalAuthConfig(s, t.db)).handlers;

async function portalRequest(portal: Portal, jar: CookieJar, path: string, form?: URLSearchParams) {
  const request = new NextRequest(`${PORTAL}${path}`, {
    method: form ? "POST" : "GET",
    headers: {
      cookie: jar.header(),
      ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
    },
    body: form?.toString(),
  });
  return jar.take(await (form ? portal.POST(request) : portal.GET(request)));
}

async function providerRequest(jar: CookieJar, url: string, form?: URLSearchParams) {
  const response = await fetch(url, {
    method: form ? "POST" : "GET",
    headers: {
      cookie: jar.header(),
      ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
    },
    body: form?.toString(),
    redirect: "manual",
  });
  return jar.take(response);
}

const location = (response: Response) => {
  const target = response.headers.get("location");
  if (!target) throw new Error(`no redirect (${response.status}): ${response.statusText}`);
  return target;
};

/** "Sign in with the company account": the portal sends the browser to the provider with state, nonce and PKCE. */
async function startSignIn(portal: Portal, portalJar: CookieJar) {
  const { csrfToken } = (await (await portalRequest(portal, portalJar, "/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const started = await portalRequest(
    portal,
    portalJar,
    "/api/auth/signin/oidc",
    new URLSearchParams({ csrfToken, callbackUrl: "/" }),
  );
  const authorizeUrl = new URL(location(started));
  expect(authorizeUrl.origin).toBe(provider.issuer);
  expect([...authorizeUrl.searchParams.keys()]).toEqual(
    expect.arrayContaining(["state", "nonce", "code_challenge", "code_challenge_method"]),
  );
  return authorizeUrl.href;
}

/** At the provider: the person picks their account; the provider sends the browser back with a code. */
async function signInAtProvider(authorizeUrl: string, account: TestAccount) {
  const providerJar = new CookieJar();
  const interaction = new URL(location(await providerRequest(providerJar, authorizeUrl)), provider.issuer)
    .href;
  const resumed = location(await providerRequest(providerJar, interaction, new URLSearchParams({ account })));
  const callback = location(await providerRequest(providerJar, new URL(resumed, provider.issuer).href));
  expect(callback.startsWith(CALLBACK)).toBe(true);
  return new URL(callback);
}

/** The whole journey; resolves with where the portal sent the browser and the session it holds, if any. */
async function signInWithCompanyAccount(account: TestAccount, s = settings()) {
  const portal = portalFor(s);
  const jar = new CookieJar();
  const callback = await signInAtProvider(await startSignIn(portal, jar), account);
  const landed = await portalRequest(portal, jar, callback.pathname + callback.search);
  return { landedOn: location(landed), session: await readSessionToken(jar) };
}

const accountEmail = (account: TestAccount) => testAccounts[account].email.toLowerCase();
const auditActions = async (userId: string) =>
  (await t.db.auditEvent.findMany({ where: { entityId: userId }, orderBy: { createdAt: "asc" } })).map(
    (e) => e.action,
  );

describe("single sign-on with OpenID Connect", () => {
  it("signs a known person in by verified e-mail, ignoring case, into a session that deactivation ends", async () => {
    const user = await createUser(t.db, { role: "HEAD", email: accountEmail("known"), name: "Kim Known" });
    const { landedOn, session } = await signInWithCompanyAccount("known");
    expect(landedOn).toBe(`${PORTAL}/`);
    expect(session?.claims).toEqual({ id: user.id, sessionVersion: 0 });
    // No mapped group: the role stays as the admin set it.
    expect(await loadSessionUser(session!.claims, t.db)).toMatchObject({ id: user.id, role: "HEAD" });
    expect(await auditActions(user.id)).toEqual(["user.ssoSignIn"]);

    await t.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadSessionUser(session!.claims, t.db)).toBeNull();
    const again = await signInWithCompanyAccount("known");
    expect({ landedOn: again.landedOn, session: again.session }).toEqual({
      landedOn: `${PORTAL}/login?sso=inactive`,
      session: null,
    });
  });

  it("refuses an unknown person by default and creates them as STAFF when the setting allows", async () => {
    const refused = await signInWithCompanyAccount("newcomer");
    expect(refused).toEqual({ landedOn: `${PORTAL}/login?sso=unknown`, session: null });
    expect(await t.db.user.count({ where: { email: accountEmail("newcomer") } })).toBe(0);

    const created = await signInWithCompanyAccount("newcomer", settings({ OIDC_CREATE_UNKNOWN: "true" }));
    expect(created.landedOn).toBe(`${PORTAL}/`);
    const user = await t.db.user.findUniqueOrThrow({ where: { email: accountEmail("newcomer") } });
    expect(user).toMatchObject({
      name: "Nina Newcomer",
      role: "STAFF",
      active: true,
      mustChangePassword: false,
    });
    expect(created.session?.claims).toEqual({ id: user.id, sessionVersion: 0 });
    expect(await auditActions(user.id)).toEqual(["user.ssoCreate"]);
  });

  it("sets the role a groups claim maps to, ending the person's older sessions", async () => {
    const user = await createUser(t.db, { role: "STAFF", email: accountEmail("grouped") });
    const { landedOn, session } = await signInWithCompanyAccount("grouped");
    expect(landedOn).toBe(`${PORTAL}/`);
    expect(await loadSessionUser(session!.claims, t.db)).toMatchObject({ id: user.id, role: "HR" });
    expect(session!.claims.sessionVersion).toBe(1);
    expect(await loadSessionUser({ id: user.id, sessionVersion: 0 }, t.db)).toBeNull();
    const mapped = await t.db.auditEvent.findFirstOrThrow({
      where: { entityId: user.id, action: "user.ssoRoleMapped" },
    });
    expect({ before: mapped.before, after: mapped.after, actorId: mapped.actorId }).toMatchObject({
      before: { role: "STAFF" },
      after: { role: "HR", groups: ["everyone", "portal-hr"] },
      actorId: user.id,
    });
  });

  it("refuses an e-mail address the provider has not verified", async () => {
    await createUser(t.db, { role: "STAFF", email: accountEmail("unverified") });
    expect(await signInWithCompanyAccount("unverified")).toEqual({
      landedOn: `${PORTAL}/login?sso=unverified`,
      session: null,
    });
  });

  it("refuses a callback whose state was tampered with", async () => {
    await createUser(t.db, { role: "STAFF", email: accountEmail("inactive") });
    const portal = portalFor(settings());
    const jar = new CookieJar();
    const callback = await signInAtProvider(await startSignIn(portal, jar), "inactive");
    callback.searchParams.set("state", `${callback.searchParams.get("state")}x`);
    const landed = await portalRequest(portal, jar, callback.pathname + callback.search);
    expect(location(landed)).toMatch(new RegExp(`^${PORTAL}/login\\?error=`));
    expect(await readSessionToken(jar)).toBeNull();
  });

  it("refuses an ID token whose nonce belongs to another sign-in", async () => {
    const portal = portalFor(settings());
    const first = new CookieJar();
    const callback = await signInAtProvider(await startSignIn(portal, first), "grouped");
    // The nonce cookie of a second sign-in started in the same browser: the provider's ID token does not carry it.
    const second = new CookieJar();
    await startSignIn(portal, second);
    first.set("authjs.nonce", second.get("authjs.nonce")!.value);
    const landed = await portalRequest(portal, first, callback.pathname + callback.search);
    expect(location(landed)).toMatch(new RegExp(`^${PORTAL}/login\\?error=`));
    expect(await readSessionToken(first)).toBeNull();
  });
});
