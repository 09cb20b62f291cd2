/**
 * The REST API under /api/v1 (issue 19) through its real handler: trpc-to-openapi routing, the shared procedures
 * and services, problem details for errors. Tokens are another part of the issue; here the handler gets the
 * context of a given user directly, as the route will once a bearer token resolves to its user.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHiringProfile, createSegment } from "@portal/db/factories";
import type { User } from "@portal/db";
import { createContext } from "../src/trpc";
import { AppError } from "../src/errors";
import { databaseUnavailable, RETRY_AFTER_SECONDS } from "../src/outage";
import { PROBLEM_CONTENT_TYPE, restHandler } from "../src/rest";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

type Caller = Pick<User, "id" | "sessionVersion"> | null;

/** One REST call as `user` (null: no token). */
async function call(user: Caller, method: string, path: string, body?: unknown) {
  const req = new Request(`http://portal.test/api${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await restHandler(req, () =>
    createContext({
      db: org.db,
      claims: user ? { id: user.id, sessionVersion: user.sessionVersion } : null,
      hideInternalErrors: true,
    }),
  );
  return { response, body: (await response.json()) as Record<string, unknown> };
}

describe("REST API", () => {
  it("pages a list by cursor: two pages, no row twice, nextCursor null at the end", async () => {
    // The harness has three segments; two more make five, read two at a time.
    await createSegment(org.db, { name: "Segment C" });
    await createSegment(org.db, { name: "Segment D" });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
      const { response, body } = await call(org.users.hr, "GET", `/v1/segments${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const items = body.items as { id: string; name: string }[];
      expect(items.length).toBeLessThanOrEqual(2);
      seen.push(...items.map((s) => s.id));
      cursor = body.nextCursor as string | null;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    const all = await org.db.customerSegment.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    expect(seen).toEqual(all.map((s) => s.id));
  });

  it("creates a candidate in a pipeline and moves the application on", async () => {
    await createHiringProfile(org.db, { positionId: org.org.positionA.id });
    const created = await call(org.users.hr, "POST", "/v1/candidates", {
      name: "Rest Candidate",
      email: "rest.candidate@example.com",
      positionId: org.org.positionA.id,
    });
    expect(created.response.status).toBe(200);
    const applicationId = created.body.applicationId as string;
    expect(applicationId).toBeTruthy();

    const moved = await call(org.users.hr, "POST", `/v1/applications/${applicationId}/stage`, {
      expectedStage: "APPLIED",
      toStage: "SCREENING",
    });
    expect(moved.response.status).toBe(200);
    expect(moved.body).toEqual({ id: applicationId, stage: "SCREENING", changed: true });

    const read = await call(org.users.hr, "GET", `/v1/applications/${applicationId}`);
    expect(read.body).toMatchObject({
      id: applicationId,
      stage: "SCREENING",
      positionId: org.org.positionA.id,
    });
    const stored = await org.db.stageChange.count({ where: { applicationId } });
    expect(stored).toBeGreaterThan(0);
  });

  it("answers refused input as problem details with the field errors", async () => {
    const { response, body } = await call(org.users.hr, "POST", "/v1/candidates", {
      name: "",
      email: "not an address",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe(PROBLEM_CONTENT_TYPE);
    expect(body).toMatchObject({
      status: 400,
      title: "Bad Request",
      code: "BAD_REQUEST",
      key: "checkFields",
      instance: "/api/v1/candidates",
    });
    expect(typeof body.detail).toBe("string");
    expect(body.errors).toEqual({ name: ["validation.required"], email: ["validation.email"] });
  });

  it("answers a refused role and an unknown record as problem details", async () => {
    const forbidden = await call(org.users.staffUserA, "GET", "/v1/staff");
    expect(forbidden.response.status).toBe(403);
    expect(forbidden.response.headers.get("content-type")).toBe(PROBLEM_CONTENT_TYPE);
    expect(forbidden.body).toMatchObject({ status: 403, code: "FORBIDDEN", key: "roleForbidden" });

    const missing = await call(org.users.hr, "GET", "/v1/staff/no-such-person");
    expect(missing.response.status).toBe(404);
    expect(missing.body).toMatchObject({ status: 404, code: "NOT_FOUND", key: "staffMemberNotFound" });
    expect(missing.body.detail).toBe("Staff member not found.");

    const anonymous = await call(null, "GET", "/v1/segments");
    expect(anonymous.response.status).toBe(401);
    expect(anonymous.body).toMatchObject({ status: 401, code: "UNAUTHORIZED" });

    const noRoute = await call(org.users.hr, "GET", "/v1/nothing-here");
    expect(noRoute.response.status).toBe(404);
    expect(noRoute.body).toMatchObject({ status: 404, code: "NOT_FOUND" });
  });

  it("shows a head only their own department's staff, and hides the rest as not found", async () => {
    const { body } = await call(org.users.headA, "GET", "/v1/staff?limit=200");
    const items = body.items as { id: string; departmentId: string; expertise: unknown[] }[];
    expect(items.map((s) => s.id)).toEqual([org.org.staffA.id]);
    expect(items[0]!.expertise).toEqual([
      expect.objectContaining({ segmentId: org.org.segmentA.id, level: 2 }),
    ]);

    const other = await call(org.users.headA, "GET", `/v1/staff/${org.org.staffB.id}`);
    expect(other.response.status).toBe(404);
    const departments = await call(org.users.headA, "GET", "/v1/departments");
    expect((departments.body.items as { id: string }[]).map((d) => d.id)).toEqual([org.org.deptA.id]);
  });

  it("answers readiness per person and per department within the caller's scope", async () => {
    const person = await call(org.users.hr, "GET", `/v1/readiness/staff/${org.org.staffA.id}`);
    expect(person.response.status).toBe(200);
    expect(person.body).toMatchObject({ staff: { id: org.org.staffA.id } });
    const department = await call(org.users.headA, "GET", `/v1/readiness/departments/${org.org.deptA.id}`);
    expect(department.response.status).toBe(200);
    expect(department.body).toMatchObject({ department: { id: org.org.deptA.id } });
    expect((department.body.people as { staffMemberId: string }[]).map((p) => p.staffMemberId)).toEqual([
      org.org.staffA.id,
    ]);
    const notTheirs = await call(org.users.headA, "GET", `/v1/readiness/departments/${org.org.deptB.id}`);
    expect(notTheirs.response.status).toBe(404);
  });
});

describe("REST API errors outside the procedures", () => {
  const request = (path: string) => new Request(`http://portal.test/api${path}`, { method: "GET" });

  it("answers a rate limit 429 with its Retry-After", async () => {
    const response = await restHandler(request("/v1/segments"), () => {
      throw new AppError("TOO_MANY_REQUESTS", "tooManyRequests", { retryAfterSeconds: 7 });
    });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(await response.json()).toMatchObject({
      status: 429,
      code: "TOO_MANY_REQUESTS",
      key: "tooManyRequests",
    });
  });

  it("answers a database outage 503 with Retry-After", async () => {
    const response = await restHandler(request("/v1/segments"), () => {
      throw databaseUnavailable();
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(await response.json()).toMatchObject({ status: 503, key: "databaseUnavailable" });
  });

  it("never shows an unexpected error's own text, only a reference", async () => {
    const response = await restHandler(request("/v1/segments"), () => {
      throw new Error("secret internal detail: host db-7:5432");
    });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("secret internal detail");
    const body = JSON.parse(text) as { key: string; params: { reference: string }; detail: string };
    expect(body.key).toBe("unexpected");
    expect(body.detail).toContain(body.params.reference);
  });
});
