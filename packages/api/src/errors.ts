/**
 * The errors services throw, free of any transport: tRPC (src/trpc.ts), route handlers (httpErrorOf) and any
 * later REST layer map an AppError at their edge. Nothing here may import @trpc/server (eslint enforces it).
 */
import { Prisma } from "@portal/db";
import { z, ZodError } from "zod";

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

/** A message for one form field: `path[0]` names the field, the rest points inside it (e.g. a list row). */
export type FieldIssue = { path: (string | number)[]; message: string };

type AppErrorOptions = { params?: Record<string, string | number>; issues?: FieldIssue[] };

/** An expected refusal: its message is meant for the user, `issues` land on form fields. */
export class AppError extends Error {
  readonly status: number;
  readonly params?: Record<string, string | number>;
  readonly issues?: FieldIssue[];

  constructor(
    readonly code: AppErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message);
    this.name = "AppError";
    this.status = appErrorStatus[code];
    if (options.params) this.params = options.params;
    if (options.issues) this.issues = options.issues;
  }
}

export const notFound = (what: string) =>
  new AppError("NOT_FOUND", `${what} not found.`, { params: { what } });
export const conflict = (message: string) => new AppError("CONFLICT", message);
export const badRequest = (message: string) => new AppError("BAD_REQUEST", message);
export const forbidden = (message = "Your role does not allow this.") => new AppError("FORBIDDEN", message);

/** A BAD_REQUEST whose message lands on one form field (see fieldErrorsOf). */
export const fieldError = (field: string, message: string) =>
  new AppError("BAD_REQUEST", message, { issues: [{ path: [field], message }] });

export const isUniqueViolation = (err: unknown): err is Prisma.PrismaClientKnownRequestError =>
  err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";

/**
 * Turn a unique-constraint violation into a clear CONFLICT naming the field. With `fieldKeys` (a `validation.*`
 * message key per field) the error also carries a field issue, so a form shows the localized message on the
 * field. Names unique ignoring case and surrounding spaces are enforced by unique indexes on lower(btrim(...))
 * whose names contain the field (e.g. `CustomerSegment_name_ci_key`), so the same lookup finds them.
 */
export function rethrowUnique(
  err: unknown,
  messages: Record<string, string>,
  fieldKeys: Record<string, string> = {},
): never {
  if (isUniqueViolation(err)) {
    const target = JSON.stringify(err.meta ?? {});
    const field = Object.keys(messages).find((f) => target.includes(f));
    const message = field ? (messages[field] ?? "Already exists.") : "This record already exists.";
    const key = field ? fieldKeys[field] : undefined;
    throw key
      ? new AppError("CONFLICT", message, { issues: [{ path: [field!], message: key }] })
      : conflict(message);
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

/** For route handlers outside tRPC: an AppError's HTTP status and message, or null for an unexpected error. */
export const httpErrorOf = (error: unknown): { status: number; message: string } | null =>
  error instanceof AppError ? { status: error.status, message: error.message } : null;
