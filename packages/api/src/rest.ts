/**
 * The REST API under /api/v1 (issue 19): the procedures that carry `openapi` meta, served by trpc-to-openapi from
 * the same router, input schemas and services as the UI, so a REST call meets the rules and scopes a signed-in
 * user meets. This file adds what REST needs on top: the OpenAPI 3.1 document (bearer scheme, each operation's
 * token scope, one error shape) and errors as RFC 9457 problem details built from the transport-free AppError.
 * The web app's route (apps/web/src/app/api/v1/[...path]/route.ts) is a thin wrapper around `restHandler`.
 */
import { TRPCError } from "@trpc/server";
import { createOpenApiFetchHandler, generateOpenApiDocument, type OpenAPIObject } from "trpc-to-openapi";
import type { HeaderObject, ResponseObject, SchemaObject } from "openapi3-ts/oas31";
import { appRouter } from "./root";
import type { Context, Meta } from "./trpc";
import { AppError, englishMessage, isErrorKey, type ErrorKey, type ErrorParams } from "./errors";
import { RETRY_AFTER_SECONDS } from "./outage";

export type { OpenAPIObject };

/** Where the REST procedures' paths (`/v1/...`) are mounted. */
export const REST_MOUNT = "/api";
export const REST_VERSION = "1.0.0";
export const PROBLEM_CONTENT_TYPE = "application/problem+json";
/** The problem type URIs: one per error code, under the API's own base (RFC 9457 §3.1.1). */
const PROBLEM_TYPE_BASE = "https://portal.invalid/problems/";
const SECURITY_SCHEME = "apiToken";

/**
 * RFC 9457 problem details. `code` is the error code (the tRPC names, e.g. NOT_FOUND), `key` the message key
 * the portal's own UI translates, `errors` the field errors of a refused input (field name -> message keys).
 */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  key: ErrorKey;
  params: ErrorParams;
  errors?: Record<string, string[]>;
};

/** The shape trpc-to-openapi answers an error with: our error formatter's output plus its own code. */
type FormattedError = {
  code?: string;
  data?: {
    httpStatus?: number;
    messageKey?: unknown;
    messageParams?: ErrorParams;
    zodError?: { fieldErrors?: Record<string, string[] | undefined> } | null;
  };
};

const titleOfStatus: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  412: "Precondition Failed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/**
 * The fields of a refused input and their messages: message keys (`validation.required`, `errors.<key>`), stable
 * for integrators to match on, or zod's own English text for a malformed value.
 */
function fieldErrors(
  fieldErrors: Record<string, string[] | undefined> | undefined,
): Record<string, string[]> | undefined {
  if (!fieldErrors) return undefined;
  const entries = Object.entries(fieldErrors).filter(
    (entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].length > 0,
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * The problem details of a failed REST call. The detail is the English text of the message key, never an
 * exception's own message: an unexpected error says only its reference (logged with the detail by the formatter).
 */
export function problemOf(status: number, formatted: FormattedError, instance: string): Problem {
  const rawKey = formatted.data?.messageKey;
  const key: ErrorKey = typeof rawKey === "string" && isErrorKey(rawKey) ? rawKey : "unexpected";
  const params = formatted.data?.messageParams ?? {};
  const code = formatted.code ?? "INTERNAL_SERVER_ERROR";
  const errors = fieldErrors(formatted.data?.zodError?.fieldErrors);
  return {
    type: PROBLEM_TYPE_BASE + code.toLowerCase().replaceAll("_", "-"),
    title: titleOfStatus[status] ?? "Error",
    status,
    detail: englishMessage(key, params),
    instance,
    code,
    key,
    params,
    ...(errors ? { errors } : {}),
  };
}

/** Seconds to wait before retrying: a rate limit's own figure, or the outage's. */
function retryAfterOf(status: number, error: TRPCError | undefined): number | null {
  if (status === 503) return RETRY_AFTER_SECONDS;
  if (status !== 429) return null;
  const seconds = error?.cause instanceof AppError ? error.cause.params.retryAfterSeconds : undefined;
  return typeof seconds === "number" && seconds > 0 ? Math.ceil(seconds) : RETRY_AFTER_SECONDS;
}

/**
 * A refusal while building the context (e.g. a token's rate limit) keeps its code: trpc-to-openapi would answer
 * anything but a TRPCError as an unexpected 500. The procedures' own AppErrors are mapped by publicProcedure.
 */
function asTrpcError(error: unknown): never {
  if (error instanceof AppError)
    throw new TRPCError({ code: error.code, message: error.message, cause: error });
  throw error;
}

/**
 * Answers one REST request. `createContext` builds the caller's context (the route passes the bearer token;
 * tests pass a user's context directly). Every answer is about what the caller may see: never cached.
 */
export async function restHandler(req: Request, createContext: () => Promise<Context>): Promise<Response> {
  let failure: TRPCError | undefined;
  const response = await createOpenApiFetchHandler({
    endpoint: REST_MOUNT,
    req,
    router: appRouter,
    // Integrators read English: the field messages zod writes follow the user's language otherwise.
    createContext: async () => {
      const ctx = await Promise.resolve().then(createContext).catch(asTrpcError);
      return ctx.user ? { ...ctx, user: { ...ctx.user, locale: "en" } } : ctx;
    },
    onError: ({ error }: { error: TRPCError }) => {
      failure = error;
    },
  });
  const headers = new Headers(response.headers);
  headers.set("Cache-Control", "no-store");
  if (response.ok) return new Response(response.body, { status: response.status, headers });

  const formatted = (await response.json().catch(() => ({}))) as FormattedError;
  const problem = problemOf(response.status, formatted, new URL(req.url).pathname);
  headers.set("Content-Type", PROBLEM_CONTENT_TYPE);
  const retryAfter = retryAfterOf(response.status, failure);
  if (retryAfter !== null) headers.set("Retry-After", String(retryAfter));
  return new Response(JSON.stringify(problem), { status: response.status, headers });
}

// ---- The OpenAPI document ----

const problemSchema: SchemaObject = {
  type: "object",
  description: "RFC 9457 problem details: every error of the API has this shape.",
  required: ["type", "title", "status", "detail", "instance", "code", "key", "params"],
  properties: {
    type: { type: "string", format: "uri", description: "Identifies the kind of problem (one per code)." },
    title: { type: "string", description: "The HTTP status's name." },
    status: { type: "integer", description: "The HTTP status code." },
    detail: { type: "string", description: "What went wrong, in English." },
    instance: { type: "string", description: "The request path." },
    code: { type: "string", description: "The error code, e.g. NOT_FOUND or BAD_REQUEST." },
    key: { type: "string", description: "The message key (stable; the portal's UI translates it)." },
    params: {
      type: "object",
      description: "The message's parameters (e.g. `reference` of an unexpected error).",
    },
    errors: {
      type: "object",
      description:
        "Refused input: per field, message keys (e.g. `validation.required`) or, for a malformed value, English text.",
      additionalProperties: { type: "array", items: { type: "string" } },
    },
  },
};

const retryAfterHeader: HeaderObject = {
  description: "Seconds to wait before trying again.",
  schema: { type: "integer", minimum: 1 },
};

const problemResponse = (description: string, retry = false): ResponseObject => ({
  description,
  ...(retry ? { headers: { "Retry-After": retryAfterHeader } } : {}),
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: "#/components/schemas/Problem" } } },
});

const problemResponses = {
  BadRequest: problemResponse("The input was refused; `errors` names the fields."),
  Unauthorized: problemResponse("No valid API token."),
  Forbidden: problemResponse("The token's scopes or its owner's role do not allow this."),
  NotFound: problemResponse("No such record, or not one the token's owner may see."),
  Conflict: problemResponse("The record changed meanwhile or already exists."),
  TooManyRequests: problemResponse("The token's rate limit is reached.", true),
  InternalError: problemResponse(
    "An unexpected error; `params.reference` identifies it in the server's log.",
  ),
  ServiceUnavailable: problemResponse("The database cannot be reached.", true),
};

const responseOfStatus: Record<string, keyof typeof problemResponses> = {
  "400": "BadRequest",
  "401": "Unauthorized",
  "403": "Forbidden",
  "404": "NotFound",
  "409": "Conflict",
  "500": "InternalError",
};

type Operation = { responses?: Record<string, unknown>; security?: Record<string, string[]>[] };

/** Each REST operation's token scope, by "METHOD /path" as the document writes them. */
function scopesByOperation(): Map<string, string> {
  const scopes = new Map<string, string>();
  for (const procedure of Object.values(appRouter._def.procedures) as unknown[]) {
    const meta = (procedure as { _def: { meta?: Meta } })._def.meta;
    if (meta?.openapi && meta.scope) scopes.set(`${meta.openapi.method} ${meta.openapi.path}`, meta.scope);
  }
  return scopes;
}

/**
 * The OpenAPI 3.1 document of the REST API. `serverUrl`: where /api is served (e.g. https://portal.example/api).
 * Error responses are replaced by the problem-details ones, and each operation names the token scope it needs.
 */
export function restDocument(serverUrl: string): OpenAPIObject {
  const document = generateOpenApiDocument(appRouter, {
    title: "Customer-Segment Portal API",
    version: REST_VERSION,
    baseUrl: serverUrl,
    description:
      "Read and change the portal's data from other systems. Authenticate with an API token (created by an " +
      "admin) as `Authorization: Bearer <secret>`; each operation needs the scope it names. Lists are paged " +
      "with `cursor` and `limit`: pass the previous page's `nextCursor` until it is null. Errors are RFC 9457 " +
      "problem details (`application/problem+json`).",
    securitySchemes: {
      [SECURITY_SCHEME]: {
        type: "http",
        scheme: "bearer",
        description: "An API token's secret. Its scopes decide which operations it may call.",
      },
    },
  });
  const scopes = scopesByOperation();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, value] of Object.entries(item as Record<string, Operation>)) {
      const operation = value;
      const responses: Record<string, unknown> = {};
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const shared = responseOfStatus[status];
        if (status.startsWith("2")) responses[status] = response;
        else if (shared) responses[status] = { $ref: `#/components/responses/${shared}` };
      }
      responses["429"] = { $ref: "#/components/responses/TooManyRequests" };
      responses["503"] = { $ref: "#/components/responses/ServiceUnavailable" };
      responses["500"] = { $ref: "#/components/responses/InternalError" };
      operation.responses = responses;
      const scope = scopes.get(`${method.toUpperCase()} ${path}`);
      operation.security = [{ [SECURITY_SCHEME]: scope ? [scope] : [] }];
    }
  }
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: problemSchema },
    responses: { ...document.components?.responses, ...problemResponses },
  };
  return document;
}
