/**
 * The errors services throw, free of any transport: tRPC (src/trpc.ts), route handlers (httpErrorOf) and any
 * later REST layer map an AppError at their edge. Nothing here may import @trpc/server (eslint enforces it).
 */
import { Prisma } from "@portal/db";
import { IntlMessageFormat } from "intl-messageformat";
import type { ValidationKey } from "@portal/validators";
import { z, ZodError } from "zod";
import { errorMessages, type ErrorKey, type ErrorParams } from "./error-messages";

export { errorMessages, isErrorKey, type ErrorKey, type ErrorParams } from "./error-messages";

/** Each code a service may refuse with and its HTTP status; the names are tRPC's, so the edge maps one to one. */
export const appErrorStatus = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
} as const;
export type AppErrorCode = keyof typeof appErrorStatus;

/**
 * A message for one form field: `path[0]` names the field, the rest points inside it (e.g. a list row). `message`
 * is a message key of the web app's catalogue, `errors.<ErrorKey>` or `validation.<key>` (see @portal/validators);
 * the client renders it with the error's params.
 */
export type FieldIssue = { path: (string | number)[]; message: `errors.${ErrorKey}` | ValidationKey };

type AppErrorOptions = { issues?: FieldIssue[] };

const english = new Map<ErrorKey, IntlMessageFormat>();

/** The English text of a key: the developer and log fallback, never what the web app shows. */
export function englishMessage(key: ErrorKey, params: ErrorParams = {}): string {
  let format = english.get(key);
  if (!format) english.set(key, (format = new IntlMessageFormat(errorMessages[key], "en")));
  try {
    return String(format.format(params));
  } catch {
    return errorMessages[key]; // a missing param must not hide the refusal itself
  }
}

/**
 * An expected refusal. `key` and `params` are what the user is told: the client renders `errors.<key>` in their
 * language (error-messages.ts). `message` is the English text, for logs and developers only. `issues` land on
 * form fields.
 */
export class AppError extends Error {
  readonly status: number;
  readonly params: ErrorParams;
  readonly issues?: FieldIssue[];

  constructor(
    readonly code: AppErrorCode,
    readonly key: ErrorKey,
    params: ErrorParams = {},
    options: AppErrorOptions = {},
  ) {
    super(englishMessage(key, params));
    this.name = "AppError";
    this.status = appErrorStatus[code];
    this.params = params;
    if (options.issues) this.issues = options.issues;
  }
}

export const notFound = (key: ErrorKey, params?: ErrorParams) => new AppError("NOT_FOUND", key, params);
export const conflict = (key: ErrorKey, params?: ErrorParams) => new AppError("CONFLICT", key, params);
export const badRequest = (key: ErrorKey, params?: ErrorParams) => new AppError("BAD_REQUEST", key, params);
export const forbidden = (key: ErrorKey = "roleForbidden", params?: ErrorParams) =>
  new AppError("FORBIDDEN", key, params);

/** A BAD_REQUEST whose message lands on one form field (see fieldErrorsOf). */
export const fieldError = (field: string, key: ErrorKey, params?: ErrorParams) =>
  new AppError("BAD_REQUEST", key, params, { issues: [{ path: [field], message: `errors.${key}` }] });

/** A BAD_REQUEST with a `validation.*` message (the same a form's schema gives) on one field. */
export const fieldIssue = (field: string, message: ValidationKey) =>
  new AppError("BAD_REQUEST", "checkFields", {}, { issues: [{ path: [field], message }] });

/** Row numbers for a refusal's params: the first 20, then "…" (numbers and punctuation read in any language). */
export const rowList = (rows: number[]) => rows.slice(0, 20).join(", ") + (rows.length > 20 ? ", …" : "");

export const isUniqueViolation = (err: unknown): err is Prisma.PrismaClientKnownRequestError =>
  err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";

/**
 * Turn a unique-constraint violation into a clear CONFLICT naming the field (`keys`: the message per field). With
 * `fieldKeys` (a `validation.*` message key per field) the error also carries a field issue, so a form shows the
 * message on the field. Names unique ignoring case and surrounding spaces are enforced by unique indexes on
 * lower(btrim(...)) whose names contain the field (e.g. `CustomerSegment_name_ci_key`), so the same lookup finds them.
 */
export function rethrowUnique(
  err: unknown,
  keys: Record<string, ErrorKey>,
  fieldKeys: Record<string, ValidationKey> = {},
): never {
  if (isUniqueViolation(err)) {
    const target = JSON.stringify(err.meta ?? {});
    const field = Object.keys(keys).find((f) => target.includes(f));
    const key = field ? (keys[field] ?? "recordExists") : "recordExists";
    const fieldKey = field ? fieldKeys[field] : undefined;
    throw fieldKey
      ? new AppError("CONFLICT", key, {}, { issues: [{ path: [field!], message: fieldKey }] })
      : conflict(key);
  }
  throw err;
}

/**
 * The field errors a form shows, from an error whose cause is input validation (a ZodError) or an AppError with
 * issues. zod 4 errors are not `Error`s, so tRPC wraps them in an UnknownCauseError that copies their fields:
 * read the issues.
 */
export function fieldErrorsOf(error: { cause?: unknown }) {
  if (error.cause instanceof ZodError) return z.flattenError(error.cause);
  const issues = (error.cause as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? z.flattenError({ issues } as ZodError) : null;
}

/** What a route handler answers for a refusal: the client renders `errors.<key>` with `params` (see AppError). */
export type HttpErrorBody = { code: string; key: ErrorKey; params: ErrorParams; message: string };

/** A refusal's body outside an AppError (a route handler's own checks): code, key, params and the English text. */
export const httpErrorBody = (code: string, key: ErrorKey, params: ErrorParams = {}): HttpErrorBody => ({
  code,
  key,
  params,
  message: englishMessage(key, params),
});

/** For route handlers outside tRPC: an AppError's HTTP status and body, or null for an unexpected error. */
export const httpErrorOf = (error: unknown): { status: number; body: HttpErrorBody } | null =>
  error instanceof AppError
    ? { status: error.status, body: httpErrorBody(error.code, error.key, error.params) }
    : null;
