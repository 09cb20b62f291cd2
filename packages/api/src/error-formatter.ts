/**
 * What a client learns from a failed procedure. Expected refusals (AppError, deliberate TRPCErrors, input
 * validation) keep their code, message and field errors. Anything else arrives as INTERNAL_SERVER_ERROR: with
 * hidden internals (production) the client gets a generic message with a reference, and the server logs the
 * detail once under the same reference; in development and tests the detail stays in the answer.
 */
import { randomUUID } from "node:crypto";
import type { TRPCDefaultErrorShape, TRPCError } from "@trpc/server";
import { fieldErrorsOf } from "./errors";
import { isProduction } from "./env";

export type ErrorExposure = {
  /** true in production: unexpected errors carry no message, stack or cause from the server. */
  hideInternals: boolean;
  /** Where the detail of an unexpected error goes (one line, then the stack). */
  log?: (line: string) => void;
  newId?: () => string;
};

export const isUnexpected = (error: TRPCError) => error.code === "INTERNAL_SERVER_ERROR";

/** Logs an unexpected error under a new reference and returns the message the client may see. */
export function publicMessage(
  error: TRPCError,
  path: string | undefined,
  exposure: ErrorExposure = { hideInternals: isProduction() },
): string {
  if (!isUnexpected(error)) return error.message;
  const id = (exposure.newId ?? randomUUID)();
  const detail = error.cause instanceof Error ? error.cause : error;
  (exposure.log ?? console.error)(
    `Unexpected error ${id} in ${path ?? "?"}: ${detail.message}\n${detail.stack ?? ""}`.trimEnd(),
  );
  return exposure.hideInternals ? `Something went wrong. Reference: ${id}` : error.message;
}

/** The tRPC error shape with field errors under `data.zodError`, as the forms read them (fieldErrorsOf). */
export function formatError(
  opts: { shape: TRPCDefaultErrorShape; error: TRPCError; path: string | undefined },
  exposure: ErrorExposure,
) {
  const { shape, error, path } = opts;
  const message = publicMessage(error, path, exposure);
  if (exposure.hideInternals && isUnexpected(error)) {
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, message, data: { ...data, zodError: null } };
  }
  return { ...shape, message, data: { ...shape.data, zodError: fieldErrorsOf(error) } };
}
