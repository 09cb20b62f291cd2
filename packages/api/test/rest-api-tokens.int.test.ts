/**
 * The REST API and API tokens together (issue 19, items 3 and 4): a bearer secret goes through the real context
 * (`createContext({ apiToken })`, as the /api/v1 route passes it), the token's scopes and rate limit decide, and each
 * refusal leaves as problem details with the right status and headers.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../src/trpc";
import { PROBLEM_CONTENT_TYPE, restHandler } from "../src/rest";
import { createApiToken, revokeApiToken } from "../src/services/api-tokens";
import type { ApiScope } from "@portal/validators";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());
afterEach(() => {
  delete process.env.API_RATE_LIMIT_PER_MINUTE;
});

const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

async function tokenWith(scopes: ApiScope[]) {
  const { token, secret } = await createApiToken(org.db, org.users.admin, {
    name: `token ${scopes.join(" ")} ${Math.random()}`,
    scopes,
    expiresOn: inAMonth(),
  });
  return { id: token.id, secret };
}

async function call(secret: string | null, method: string, path: string) {
  const req = new Request(`http://portal.test/api${path}`, { method });
  const response = await restHandler(req, () =>
    createContext({ db: org.db, claims: null, apiToken: secret, hideInternalErrors: true }),
  );
  return { response, body: (await response.json()) as Record<string, unknown> };
}

describe("REST API with API tokens", () => {
  it("answers within the token's scopes and refuses the rest as problem details", async () => {
    const { secret } = await tokenWith(["segments:read", "staff:read"]);
    const segments = await call(secret, "GET", "/v1/segments?limit=2");
    expect(segments.response.status).toBe(200);
    expect((segments.body.items as unknown[]).length).toBe(2);
    const staff = await call(secret, "GET", "/v1/staff?limit=1");
    expect(staff.response.status).toBe(200);

    const positions = await call(secret, "GET", "/v1/positions");
    expect(positions.response.status).toBe(403);
    expect(positions.response.headers.get("content-type")).toContain(PROBLEM_CONTENT_TYPE);
    expect(positions.body).toMatchObject({
      status: 403,
      key: "apiScopeMissing",
      params: { scope: "positions:read" },
    });
  });

  it("refuses a missing, unknown or revoked token with 401", async () => {
    expect((await call(null, "GET", "/v1/segments")).response.status).toBe(401);
    const unknown = await call(`ptk_${"x".repeat(43)}`, "GET", "/v1/segments");
    expect(unknown.response.status).toBe(401);
    expect(unknown.body).toMatchObject({ key: "apiTokenInvalid" });

    const { id, secret } = await tokenWith(["segments:read"]);
    expect((await call(secret, "GET", "/v1/segments")).response.status).toBe(200);
    await revokeApiToken(org.db, org.users.admin, id);
    const revoked = await call(secret, "GET", "/v1/segments");
    expect(revoked.response.status).toBe(401);
    expect(revoked.body).toMatchObject({ key: "apiTokenInvalid" });
  });

  it("answers 429 with Retry-After once the token's calls of the minute are spent", async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "3";
    const { secret } = await tokenWith(["segments:read"]);
    // The token's window starts at its first call and lasts a minute: four calls in a row stay inside it.
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(secret, "GET", "/v1/segments")).response.status);
    expect(statuses).toEqual([200, 200, 200]);
    const limited = await call(secret, "GET", "/v1/segments");
    expect(limited.response.status).toBe(429);
    const retryAfter = Number(limited.response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.response.headers.get("content-type")).toContain(PROBLEM_CONTENT_TYPE);
    expect(limited.body).toMatchObject({ status: 429, key: "apiRateLimited" });
  });
});
