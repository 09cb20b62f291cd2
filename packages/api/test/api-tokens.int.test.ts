/**
 * API tokens (issue 19, item 4): a token acts as the admin who created it, narrowed to its scopes; it never
 * reaches a procedure its scopes do not name, nor one without a scope. Expired, revoked and orphaned tokens are
 * refused; the secret is stored only as a hash; the rate limit lives in PostgreSQL; every call is audited.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { allApiScopes, type ApiScope } from "@portal/validators";
import { appRouter } from "../src/root";
import { AppError } from "../src/errors";
import { createCallerFactory, createContext } from "../src/trpc";
import { createUser } from "@portal/db/factories";
import { setupOrganization, type Org } from "./harness";

let o: Org;
const env = { ...process.env };
beforeAll(async () => {
  o = await setupOrganization();
});
afterEach(() => {
  process.env = { ...env };
});
afterAll(async () => {
  process.env = env;
  await o?.drop();
});

const createCaller = createCallerFactory(appRouter);
/** A caller that presents `secret` as a REST call's bearer token does (a fresh context per caller). */
const withToken = async (secret: string) =>
  createCaller(await createContext({ db: o.db, claims: null, apiToken: secret }));

type Callable = (input: unknown) => Promise<unknown>;
const procedureAt = (caller: unknown, path: string) =>
  path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as Callable;

const segment = {
  name: "",
  kind: "INDIVIDUALS" as const,
  ageMin: 18,
  ageMax: 26,
  bestCustomerPriority: 1,
};

const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { scope?: ApiScope } } }>,
);
const scoped = procedures
  .filter(([, p]) => p._def.meta?.scope)
  .map(([path, p]) => [path, p._def.meta!.scope!] as const);
const unscoped = procedures.filter(([, p]) => !p._def.meta?.scope).map(([path]) => path);

const tomorrowPlus = (days: number) =>
  new Date(Date.now() + (days + 1) * 86_400_000).toISOString().slice(0, 10);

let tokenCount = 0;
async function newToken(scopes: readonly ApiScope[], name = `token ${++tokenCount}`) {
  const admin = await o.as("ADMIN");
  return admin.apiTokens.create({ name, scopes: [...scopes], expiresOn: tomorrowPlus(30) });
}

/** The refusal of a call: its tRPC code and the AppError key and params behind it, or null when it got through. */
async function refusalOf(call: Promise<unknown>) {
  try {
    await call;
    return null;
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    const cause = e.cause instanceof AppError ? e.cause : null;
    return { code: e.code, key: cause?.key, params: cause?.params };
  }
}

describe("scopes", () => {
  it("some procedures carry a token scope (the check below has something to bite)", () => {
    expect(scoped.length).toBeGreaterThan(0);
  });

  for (const [path, scope] of scoped) {
    it(`${path}: refused without ${scope}, not refused by the scope check with it`, async () => {
      const allButThis = await newToken(allApiScopes.filter((s) => s !== scope));
      const without = await refusalOf(procedureAt(await withToken(allButThis.secret), path)(undefined));
      expect(without).toEqual({ code: "FORBIDDEN", key: "apiScopeMissing", params: { scope } });

      const onlyThis = await newToken([scope]);
      const withIt = await refusalOf(procedureAt(await withToken(onlyThis.secret), path)(undefined));
      // Past the scope (and role) check: allowed, or refused for its input (BAD_REQUEST), never UNAUTHORIZED/FORBIDDEN.
      expect(withIt?.code ?? "allowed").not.toMatch(/^(UNAUTHORIZED|FORBIDDEN|TOO_MANY_REQUESTS)$/);
    });
  }

  it("a procedure without a scope refuses every token, even one holding every scope", async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "100000";
    const everything = await newToken(allApiScopes);
    const caller = await withToken(everything.secret);
    const outcomes: Record<string, unknown> = {};
    for (const path of unscoped) outcomes[path] = await refusalOf(procedureAt(caller, path)(undefined));
    const expected = Object.fromEntries(
      unscoped.map((path) => [path, { code: "FORBIDDEN", key: "apiTokenNotAccepted", params: {} }]),
    );
    expect(outcomes).toEqual(expected);
  });

  it("a token acts as its creator: what it writes is audited as the admin's", async () => {
    const writer = await newToken(["segments:write"]);
    const created = await (
      await withToken(writer.secret)
    ).segments.create({ ...segment, name: "Made by a token" });
    const audit = await o.db.auditEvent.findFirstOrThrow({
      where: { entityType: "CustomerSegment", entityId: created.id },
    });
    expect(audit.actorId).toBe(o.users.admin.id);
  });
});

describe("tokens that no longer work", () => {
  const refusedAsInvalid = { code: "UNAUTHORIZED", key: "apiTokenInvalid", params: {} };
  const listSegments = async (secret: string) => refusalOf((await withToken(secret)).segments.list({}));

  it("refuses an unknown, an expired and a revoked token", async () => {
    expect(await listSegments("ptk_unknown")).toEqual(refusedAsInvalid);
    expect(await listSegments("not-even-a-token")).toEqual(refusedAsInvalid);

    const expired = await newToken(["segments:read"]);
    expect(await listSegments(expired.secret)).toBeNull();
    await o.db.apiToken.update({
      where: { id: expired.token.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await listSegments(expired.secret)).toEqual(refusedAsInvalid);

    const revoked = await newToken(["segments:read"]);
    await (await o.as("ADMIN")).apiTokens.revoke({ id: revoked.token.id });
    expect(await listSegments(revoked.secret)).toEqual(refusedAsInvalid);
  });

  it("refuses the tokens of a creator who is deactivated or no longer an admin, on the next call", async () => {
    const creator = await createUser(o.db, { role: "ADMIN", name: "Second admin" });
    const created = await (
      await o.asUser(creator)
    ).apiTokens.create({
      name: "second admin's",
      scopes: ["segments:read"],
      expiresOn: tomorrowPlus(10),
    });
    expect(await listSegments(created.secret)).toBeNull();
    await o.db.user.update({ where: { id: creator.id }, data: { role: "HR" } });
    expect(await listSegments(created.secret)).toEqual(refusedAsInvalid);
    await o.db.user.update({ where: { id: creator.id }, data: { role: "ADMIN", active: false } });
    expect(await listSegments(created.secret)).toEqual(refusedAsInvalid);
    await o.db.user.update({ where: { id: creator.id }, data: { active: true } });
    expect(await listSegments(created.secret)).toBeNull();
  });
});

describe("creating, listing and revoking", () => {
  it("shows the secret once and stores only its SHA-256", async () => {
    const { token, secret } = await newToken(["segments:read", "staff:read"], "HR system");
    expect(secret).toMatch(/^ptk_[A-Za-z0-9_-]{43}$/);
    expect(token.prefix).toBe(secret.slice(0, 12));
    const row = await o.db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.secretHash).toBe(createHash("sha256").update(secret).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(secret);
    const listed = await (await o.as("ADMIN")).apiTokens.list();
    expect(listed.find((t) => t.id === token.id)).toMatchObject({
      name: "HR system",
      scopes: ["segments:read", "staff:read"],
      createdBy: { id: o.users.admin.id },
      revokedAt: null,
    });
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(JSON.stringify(listed)).not.toContain(row.secretHash);
    // The database itself refuses a stored secret.
    await expect(
      o.db.apiToken.update({ where: { id: token.id }, data: { secretHash: secret } }),
    ).rejects.toThrow();
  });

  it("refuses an expiry today or in the past, or more than a year away, on the field", async () => {
    const admin = await o.as("ADMIN");
    const today = new Date().toISOString().slice(0, 10);
    for (const [expiresOn, key] of [
      [today, "apiTokenExpiryPast"],
      [tomorrowPlus(400), "apiTokenExpiryTooLate"],
    ] as const) {
      const refusal = admin.apiTokens.create({ name: "x", scopes: ["segments:read"], expiresOn });
      await expect(refusal).rejects.toMatchObject({ code: "BAD_REQUEST" });
      expect((await refusalOf(refusal))?.key).toBe(key);
    }
    await expect(
      admin.apiTokens.create({ name: "x", scopes: [], expiresOn: tomorrowPlus(1) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("audits create and revoke in words an admin reads, without the secret", async () => {
    const { token, secret } = await newToken(["segments:read"], "Audited");
    await (await o.as("ADMIN")).apiTokens.revoke({ id: token.id });
    const audit = await o.db.auditEvent.findMany({
      where: { entityType: "ApiToken", entityId: token.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => [a.action, a.entityName, a.actorId])).toEqual([
      ["apiToken.create", "Audited", o.users.admin.id],
      ["apiToken.revoke", "Audited", o.users.admin.id],
    ]);
    expect(JSON.stringify(audit)).not.toContain(secret);
  });
});

describe("rate limit and audit of calls", () => {
  it("refuses calls over the limit with the seconds to wait, counted across contexts (no memory of its own)", async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "5";
    const { secret, token } = await newToken(["segments:read"], "Limited");
    const [first, second] = [await withToken(secret), await withToken(secret)];
    // Concurrent calls on two contexts (as two servers would): exactly the limit gets through.
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => refusalOf((i % 2 ? first : second).segments.options())),
    );
    expect(results.filter((r) => r === null)).toHaveLength(5);
    const refused = results.filter((r) => r !== null);
    expect(refused).toHaveLength(3);
    for (const r of refused) {
      expect(r).toMatchObject({ code: "TOO_MANY_REQUESTS", key: "apiRateLimited" });
      expect(r!.params!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(r!.params!.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    // A third context started later is refused too, and the window's end frees the token again.
    expect((await refusalOf((await withToken(secret)).segments.options()))?.code).toBe("TOO_MANY_REQUESTS");
    await o.db.apiToken.update({
      where: { id: token.id },
      data: { rateWindowStart: new Date(Date.now() - 61_000) },
    });
    expect(await refusalOf((await withToken(secret)).segments.options())).toBeNull();
  });

  it("leaves one audit row per call with the token's name, procedure and outcome, and stamps lastUsedAt", async () => {
    const { secret, token } = await newToken(["segments:read"], "Audit me");
    expect(token.lastUsedAt).toBeNull();
    const caller = await withToken(secret);
    await caller.segments.list({});
    await refusalOf(caller.segments.create({ ...segment, name: "refused" }));
    await refusalOf(caller.segments.byId({ id: "no-such-segment" }));
    await refusalOf(caller.home.summary());
    const calls = await o.db.auditEvent.findMany({
      where: { action: "apiToken.call", entityId: token.id },
    });
    // Sorted by procedure: calls a millisecond apart may share a timestamp.
    const byProcedure = (c: { after: unknown }) => (c.after as { procedure: string }).procedure;
    calls.sort((a, b) => byProcedure(a).localeCompare(byProcedure(b)));
    expect(calls.map((c) => [c.entityName, c.actorId, c.after])).toEqual([
      ["Audit me", o.users.admin.id, { procedure: "home.summary", type: "query", outcome: "FORBIDDEN" }],
      ["Audit me", o.users.admin.id, { procedure: "segments.byId", type: "query", outcome: "NOT_FOUND" }],
      [
        "Audit me",
        o.users.admin.id,
        { procedure: "segments.create", type: "mutation", outcome: "FORBIDDEN" },
      ],
      ["Audit me", o.users.admin.id, { procedure: "segments.list", type: "query", outcome: "ok" }],
    ]);
    const row = await o.db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.lastUsedAt).not.toBeNull();
  });
});
