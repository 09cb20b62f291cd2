import { TRPCError } from "@trpc/server";
import { Prisma } from "@portal/db";
import { z, ZodError } from "zod";

export const notFound = (what: string) => new TRPCError({ code: "NOT_FOUND", message: `${what} not found.` });
export const conflict = (message: string) => new TRPCError({ code: "CONFLICT", message });
export const badRequest = (message: string) => new TRPCError({ code: "BAD_REQUEST", message });

export const isUniqueViolation = (err: unknown): err is Prisma.PrismaClientKnownRequestError =>
  err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";

/** Turn a unique-constraint violation into a clear CONFLICT naming the field. */
export function rethrowUnique(err: unknown, messages: Record<string, string>): never {
  if (isUniqueViolation(err)) {
    const target = JSON.stringify(err.meta ?? {});
    const field = Object.keys(messages).find((f) => target.includes(f));
    throw conflict(field ? (messages[field] ?? "Already exists.") : "This record already exists.");
  }
  throw err;
}

/**
 * The field errors a form shows, from a tRPC error caused by zod (input validation or `fieldError`). zod 4
 * errors are not `Error`s, so tRPC wraps them in an UnknownCauseError that copies their fields: read the issues.
 */
export function fieldErrorsOf(error: TRPCError) {
  if (error.cause instanceof ZodError) return z.flattenError(error.cause);
  const issues = (error.cause as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? z.flattenError({ issues } as ZodError) : null;
}

/**
 * A BAD_REQUEST whose cause carries zod-style issues, so the message lands on the form field (see
 * fieldErrorsOf). The cause must be an Error: tRPC drops the fields of a non-Error cause such as a zod 4 ZodError.
 */
export function fieldError(field: string, message: string) {
  return new TRPCError({
    code: "BAD_REQUEST",
    message,
    cause: new FieldIssuesError([{ code: "custom", path: [field], message, input: undefined }]),
  });
}

export class FieldIssuesError extends Error {
  constructor(readonly issues: ZodError["issues"]) {
    super(issues.map((i) => i.message).join(" "));
    this.name = "FieldIssuesError";
  }
}
