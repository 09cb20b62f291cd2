/**
 * What a client sees of a failed procedure over HTTP (the formatter only runs there, not for in-process callers):
 * with hidden internals an unexpected error is a reference and nothing else, logged once on the server under
 * the same reference; expected refusals keep their code, message and field errors.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { Prisma, type Db } from "@portal/db";
import { appRouter } from "../src/root";
import { createContext } from "../src/trpc";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());
afterEach(() => vi.restoreAllMocks());

/** What Prisma throws when the database refuses a query: its message carries the query and the SQL. */
const driverError = () =>
  new Prisma.PrismaClientKnownRequestError(
    'Invalid `prisma.customerSegment.findUnique()` invocation:\n\nRaw query failed. Code: `22021`. Message: `invalid byte sequence for encoding "UTF8": 0x00` SELECT "public"."CustomerSegment"."id" FROM "public"."CustomerSegment"',
    { code: "P2010", clientVersion: "6.19.3" },
  );

/** The organization's database, except that every customer-segment query fails in the driver. */
function failingSegments(db: Db): Db {
  const failing = new Proxy({}, { get: () => () => Promise.reject(driverError()) });
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "customerSegment") return failing;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

type ErrorBody = {
  error: {
    json: {
      message: string;
      data: {
        code: string;
        httpStatus: number;
        stack?: string;
        messageKey: string;
        messageParams: Record<string, string | number>;
        zodError: { fieldErrors: Record<string, string[]> } | null;
      };
    };
  };
};

/** One procedure call over HTTP as the admin, the way the browser's client sends it (superjson envelope). */
async function callOverHttp(
  path: string,
  input: unknown,
  opts: { db?: Db; hideInternalErrors: boolean; method?: "GET" | "POST" },
) {
  const encoded = JSON.stringify({ json: input });
  const url = `http://portal.test/api/trpc/${path}`;
  const req =
    opts.method === "POST"
      ? new Request(url, { method: "POST", body: encoded, headers: { "content-type": "application/json" } })
      : new Request(`${url}?input=${encodeURIComponent(encoded)}`);
  const admin = org.users.admin;
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () =>
      createContext({
        db: opts.db ?? org.db,
        claims: { id: admin.id, sessionVersion: admin.sessionVersion },
        hideInternalErrors: opts.hideInternalErrors,
      }),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as ErrorBody };
}

describe("error formatter", () => {
  it("hides an unexpected error behind a reference that the server log carries with the detail", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await callOverHttp(
      "segments.byId",
      { id: org.org.segmentA.id },
      { db: failingSegments(org.db), hideInternalErrors: true },
    );
    expect(res.status).toBe(500);
    const { message, data } = res.body.error.json;
    const reference = /^Something went wrong\. Reference: ([0-9a-f-]{36})$/.exec(message)?.[1];
    expect(reference).toBeDefined();
    expect(data).toMatchObject({
      code: "INTERNAL_SERVER_ERROR",
      zodError: null,
      messageKey: "unexpected",
      messageParams: { reference },
    });
    expect(data).not.toHaveProperty("stack");
    for (const internal of ["prisma", "SELECT", "UTF8", "invocation", "CustomerSegment", "at "])
      expect(res.text).not.toContain(internal);

    expect(log).toHaveBeenCalledTimes(1);
    const line = String(log.mock.calls[0]?.[0]);
    expect(line).toContain(reference);
    expect(line).toContain("segments.byId");
    expect(line).toContain('SELECT "public"."CustomerSegment"');
  });

  it("keeps the detail of an unexpected error where internals are not hidden (development, tests)", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await callOverHttp(
      "segments.byId",
      { id: org.org.segmentA.id },
      { db: failingSegments(org.db), hideInternalErrors: false },
    );
    expect(res.body.error.json.message).toContain("prisma.customerSegment.findUnique()");
    expect(res.body.error.json.data.code).toBe("INTERNAL_SERVER_ERROR");
  });

  it("keeps the code, status and message of a service's refusal, and logs nothing", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await callOverHttp("segments.byId", { id: "missing" }, { hideInternalErrors: true });
    expect(res.status).toBe(404);
    expect(res.body.error.json).toMatchObject({
      message: "Segment not found.",
      data: { code: "NOT_FOUND", httpStatus: 404, messageKey: "segmentNotFound", messageParams: {} },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it("keeps field errors from input validation and from a service, as the forms read them", async () => {
    const invalid = await callOverHttp(
      "segments.create",
      { name: "", kind: "INDIVIDUALS", bestCustomerPriority: 1, tags: [] },
      { hideInternalErrors: true, method: "POST" },
    );
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.json.data.zodError?.fieldErrors).toHaveProperty("name");

    const archived = await org.db.department.create({
      data: { name: "Archived for the formatter", segmentId: org.org.segmentA.id, archived: true },
    });
    const refused = await callOverHttp(
      "staff.create",
      {
        email: "formatter@test.example",
        name: "Formatter",
        departmentId: archived.id,
        positionId: "",
        startDate: "2026-11-23",
        status: "ONBOARDING",
      },
      { hideInternalErrors: true, method: "POST" },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.json.data.code).toBe("BAD_REQUEST");
    expect(refused.body.error.json.data.zodError?.fieldErrors).toEqual({
      departmentId: ["errors.chosenDepartmentArchived"],
    });
    expect(refused.body.error.json.data.messageKey).toBe("chosenDepartmentArchived");
  });

  it("tells a Swedish user's refusal by key and params, and words zod's own field messages in Swedish", async () => {
    const admin = org.users.admin;
    await org.db.user.update({ where: { id: admin.id }, data: { locale: "sv" } });
    try {
      const conflict = await callOverHttp(
        "segments.delete",
        { id: org.org.segmentA.id },
        { hideInternalErrors: true, method: "POST" },
      );
      expect(conflict.body.error.json.data).toMatchObject({
        code: "CONFLICT",
        messageKey: "segmentHasDepartments",
        messageParams: { count: expect.any(Number) },
      });
      const invalid = await callOverHttp(
        "segments.create",
        { name: "Swedish", kind: "INDIVIDUALS", bestCustomerPriority: "high", tags: [] },
        { hideInternalErrors: true, method: "POST" },
      );
      const data = invalid.body.error.json.data;
      expect(data.messageKey).toBe("checkFields");
      expect(data.zodError?.fieldErrors.bestCustomerPriority?.[0]).toMatch(/^Ogiltig inmatning/);
    } finally {
      await org.db.user.update({ where: { id: admin.id }, data: { locale: "en" } });
    }
  });
});
