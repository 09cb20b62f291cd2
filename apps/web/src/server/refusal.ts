import { httpErrorBody, httpErrorOf, type ErrorKey, type ErrorParams } from "@portal/api";
import type { SessionUser } from "@portal/auth";

/**
 * A route handler's refusal: JSON `{ code, key, params, message }`; the client renders `errors.<key>` with the
 * params in the user's language (useServerErrorText), `message` is the English developer text.
 */
export const refusal = (status: number, code: string, key: ErrorKey, params?: ErrorParams) =>
  Response.json(httpErrorBody(code, key, params), { status, headers: { "Cache-Control": "no-store" } });

/** An AppError thrown by the api as its refusal; null for any other error. */
export function refusalOf(error: unknown): Response | null {
  const refused = httpErrorOf(error);
  return refused
    ? Response.json(refused.body, { status: refused.status, headers: { "Cache-Control": "no-store" } })
    : null;
}

/** Whether the caller may use a route: signed in, with no one-time password left to replace. */
export const mayUseRoutes = (user: SessionUser | null): user is SessionUser =>
  !!user && !user.mustChangePassword;

/** The refusal for a caller who is not signed in or must first replace a one-time password. */
export const sessionRefusal = (user: SessionUser | null): Response =>
  user ? refusal(403, "FORBIDDEN", "passwordChangeRequired") : refusal(401, "UNAUTHORIZED", "signInRequired");

/** An unexpected failure: no detail for the client (the handler logs it). */
export const unexpectedRefusal = () => refusal(500, "INTERNAL_SERVER_ERROR", "unexpectedNoReference");
