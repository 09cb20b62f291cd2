/**
 * The REST API's OpenAPI document (issue 19) is valid OpenAPI 3.1 (validated offline against the official schema
 * bundled with @readme/openapi-parser) and says what integrators rely on: the bearer scheme, each operation's
 * token scope, problem details for errors and cursor paging for lists.
 */
import { describe, expect, it } from "vitest";
import { compileErrors, validate } from "@readme/openapi-parser";
import { allApiScopes } from "@portal/validators";
import { restDocument } from "../src/rest";

type Operation = {
  security?: Record<string, string[]>[];
  responses: Record<string, { $ref?: string }>;
  parameters?: { name: string; in: string }[];
};

const document = restDocument("https://portal.example/api");
type ApiDocument = Parameters<typeof validate>[0];
/** The document as served (JSON), and a fresh copy: validate() dereferences in place. */
const served = () => JSON.parse(JSON.stringify(document)) as ApiDocument;
const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
  Object.entries(item as Record<string, Operation>).map(([method, op]) => ({ path, method, op })),
);

describe("OpenAPI document", () => {
  it("validates against the OpenAPI 3.1 schema", async () => {
    expect(document.openapi).toBe("3.1.0");
    const result = await validate(served());
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("is checked for real: a broken document fails", async () => {
    const broken = served() as unknown as { paths: Record<string, Record<string, { responses: unknown }>> };
    broken.paths["/v1/segments"]!.get!.responses = "none";
    expect((await validate(broken as unknown as ApiDocument)).valid).toBe(false);
  });

  it("lives under /v1 and needs a bearer token with a known scope for every operation", () => {
    expect(operations.length).toBeGreaterThanOrEqual(20);
    expect(document.components?.securitySchemes?.apiToken).toMatchObject({ type: "http", scheme: "bearer" });
    for (const { path, op } of operations) {
      expect(path.startsWith("/v1/")).toBe(true);
      const scopes = op.security?.[0]?.apiToken ?? [];
      expect(scopes, path).toHaveLength(1);
      expect(allApiScopes).toContain(scopes[0]);
    }
  });

  it("answers every error as problem details, with Retry-After on 429 and 503", () => {
    for (const { op } of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (status.startsWith("2")) continue;
        expect(response.$ref).toMatch(/^#\/components\/responses\//);
      }
      expect(op.responses["429"]?.$ref).toBe("#/components/responses/TooManyRequests");
      expect(op.responses["503"]?.$ref).toBe("#/components/responses/ServiceUnavailable");
    }
    const tooMany = document.components?.responses?.TooManyRequests as {
      headers: Record<string, unknown>;
      content: Record<string, unknown>;
    };
    expect(Object.keys(tooMany.headers)).toEqual(["Retry-After"]);
    expect(Object.keys(tooMany.content)).toEqual(["application/problem+json"]);
  });

  it("pages every list by cursor and limit", () => {
    const lists = operations.filter(({ method, path }) => method === "get" && !path.includes("{"));
    expect(lists.length).toBeGreaterThanOrEqual(9);
    for (const { op, path } of lists) {
      const names = (op.parameters ?? []).map((p) => p.name);
      expect(names, path).toEqual(expect.arrayContaining(["cursor", "limit"]));
    }
  });
});
