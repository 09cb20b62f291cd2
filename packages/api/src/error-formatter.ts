/**
 * What a client learns from a failed procedure. Expected refusals (AppError, deliberate TRPCErrors, input
 * validation) keep their code and field errors, and carry a message key with its params (`data.messageKey`,
 * `data.messageParams`): the client renders `errors.<key>` in the user's language (error-messages.ts); the
 * `message` is English, for developers only. Anything else arrives as INTERNAL_SERVER_ERROR: with hidden internals
 * (production) the client gets a generic message with a reference (`data.reference`), and the server logs the
 * detail once under the same reference; in development and tests the detail stays in the answer.
 */
import { randomUUID } from "node:crypto";
import type { TRPCDefaultErrorShape, TRPCError } from "@trpc/server";
import { ZodError, z } from "zod";
import { isLocale, type Locale } from "@portal/validators";
import { zodMessage } from "@portal/validators/zod-locales";
import { AppError, fieldErrorsOf, englishMessage, type ErrorKey, type ErrorParams } from "./errors";
import { isProduction } from "./env";

export type ErrorExposure = {
  /** true in production: unexpected errors carry no message, stack or cause from the server. */
  hideInternals: boolean;
  /** Where the detail of an unexpected error goes (one line, then the stack). */
  log?: (line: string) => void;
  newId?: () => string;
};

export const isUnexpected = (error: TRPCError) => error.code === "INTERNAL_SERVER_ERROR";

/** The key a refusal without one of its own is told with, by its tRPC code. */
const keyOfCode: Partial<Record<TRPCError["code"], ErrorKey>> = {
  BAD_REQUEST: "requestInvalid",
  PARSE_ERROR: "requestInvalid",
  UNSUPPORTED_MEDIA_TYPE: "requestInvalid",
  METHOD_NOT_SUPPORTED: "requestInvalid",
  UNPROCESSABLE_CONTENT: "requestInvalid",
  PRECONDITION_FAILED: "requestInvalid",
  UNAUTHORIZED: "signInRequired",
  FORBIDDEN: "roleForbidden",
  NOT_FOUND: "recordNotFound",
  CONFLICT: "changedMeanwhile",
  TOO_MANY_REQUESTS: "tooManyRequests",
  PAYLOAD_TOO_LARGE: "payloadTooLarge",
  SERVICE_UNAVAILABLE: "databaseUnavailable",
};

/** What the user is told of a failed procedure: a message key of the `errors` namespace and its params. */
export type PublicError = { code: TRPCError["code"]; key: ErrorKey; params: ErrorParams; message: string };

/**
 * Logs an unexpected error under a new reference and returns what the client may see: the key and params the
 * client renders, and the English message (the detail itself only while internals are not hidden).
 */
export function publicError(
  error: TRPCError,
  path: string | undefined,
  exposure: ErrorExposure = { hideInternals: isProduction() },
): PublicError {
  if (isUnexpected(error)) {
    const id = (exposure.newId ?? randomUUID)();
    const detail = error.cause instanceof Error ? error.cause : error;
    (exposure.log ?? console.error)(
      `Unexpected error ${id} in ${path ?? "?"}: ${detail.message}\n${detail.stack ?? ""}`.trimEnd(),
    );
    const params = { reference: id };
    const message = exposure.hideInternals ? englishMessage("unexpected", params) : error.message;
    return { code: error.code, key: "unexpected", params, message };
  }
  if (error.cause instanceof AppError) {
    const { key, params } = error.cause;
    return { code: error.code, key, params, message: error.message };
  }
  // Input validation refused by zod: the fields say what is wrong.
  const key = error.cause instanceof ZodError ? "checkFields" : (keyOfCode[error.code] ?? "requestInvalid");
  return { code: error.code, key, params: {}, message: error.message };
}

/** The English message only (logs the unexpected error as publicError does). */
export const publicMessage = (...args: Parameters<typeof publicError>) => publicError(...args).message;

/**
 * The field errors of a refused call in the caller's language where zod made them (a message key stays a key:
 * the client renders it).
 */
function localizedFieldErrors(error: TRPCError, locale: Locale) {
  if (error.cause instanceof ZodError)
    return z.flattenError(error.cause, (issue) => zodMessage(issue, locale));
  return fieldErrorsOf(error);
}

/**
 * The tRPC error shape with field errors under `data.zodError`, as the forms read them (fieldErrorsOf), and the
 * message key and params under `data.messageKey`, `data.messageParams` (`data.reference` for an unexpected one).
 */
export function formatError(
  opts: { shape: TRPCDefaultErrorShape; error: TRPCError; path: string | undefined },
  exposure: ErrorExposure,
  locale: string = "en",
) {
  const { shape, error, path } = opts;
  const told = publicError(error, path, exposure);
  const keyed = { messageKey: told.key, messageParams: told.params };
  if (exposure.hideInternals && isUnexpected(error)) {
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, message: told.message, data: { ...data, ...keyed, zodError: null } };
  }
  const zodError = localizedFieldErrors(error, isLocale(locale) ? locale : "en");
  return { ...shape, message: told.message, data: { ...shape.data, ...keyed, zodError } };
}
