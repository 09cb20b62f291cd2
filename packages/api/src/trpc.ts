/**
 * The one tRPC setup file: context, error formatting and the procedure builders every router uses.
 * Role checks run before input parsing, so a refused caller learns nothing from validation errors.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import type { OpenApiMeta } from "trpc-to-openapi";
import superjson from "superjson";
import { AppError, forbidden } from "./errors";
import { formatError } from "./error-formatter";
import { isProduction } from "./env";
import { loadSessionUser, type SessionClaims, type SessionUser } from "@portal/auth/session";
import { prisma, type Db, type Role } from "@portal/db";
import type { ApiScope } from "@portal/validators";
import type { ResetMailer } from "./services/password-reset";
import { auditApiTokenCall, countApiTokenCall, resolveApiToken, type ApiTokenCaller } from "./api-token-auth";
import { answerOutageHonestly, rethrowIfDatabaseUnreachable } from "./outage";

/**
 * `hideInternalErrors`: unexpected errors reach the client as a reference only (see error-formatter.ts).
 * `mailer`: mail sent in the request itself (the password-reset link, whose token must never be stored); null when
 * SMTP_URL is unset or the caller has none to give.
 */
export type Context = {
  db: Db;
  user: SessionUser | null;
  ip: string;
  hideInternalErrors: boolean;
  mailer: ResetMailer | null;
  /** Set when the caller presented an API token instead of a session (REST under /api/v1). */
  apiToken: ApiTokenCaller | null;
  /** A bearer secret was presented but no live token has it (unknown, expired, revoked, creator no longer admin). */
  apiTokenInvalid: boolean;
};

export async function createContext(opts: {
  claims: SessionClaims | null | undefined;
  ip?: string;
  db?: Db;
  hideInternalErrors?: boolean;
  mailer?: ResetMailer | null;
  /** The bearer secret of a REST call; a session's claims are ignored when one is given. */
  apiToken?: string | null;
}): Promise<Context> {
  const db = opts.db ?? prisma;
  const started = Date.now();
  const byToken = opts.apiToken
    ? await resolveApiToken(db, opts.apiToken).catch((e) => rethrowIfDatabaseUnreachable(e, started))
    : null;
  const user = opts.apiToken
    ? (byToken?.user ?? null)
    : await loadSessionUser(opts.claims, db).catch((e) => rethrowIfDatabaseUnreachable(e, started));
  return {
    db,
    user,
    apiToken: byToken?.token ?? null,
    apiTokenInvalid: Boolean(opts.apiToken) && !byToken,
    ip: opts.ip ?? "unknown",
    hideInternalErrors: opts.hideInternalErrors ?? isProduction(),
    mailer: opts.mailer ?? null,
  };
}

/**
 * `scope`: the API-token scope a call with a token needs (issue 19). A procedure without one refuses every API
 * token, so a token reaches only what the REST API exposes. `openapi` (trpc-to-openapi): the REST route of a
 * procedure under /api/v1 (see rest.ts).
 */
export type Meta = OpenApiMeta<{ allowPendingPasswordChange?: boolean; scope?: ApiScope }>;

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter: (opts) =>
      formatError(
        opts,
        { hideInternals: opts.ctx?.hideInternalErrors ?? isProduction() },
        opts.ctx?.user?.locale,
      ),
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * A database outage is answered 503 with a generic message, never 500 with the driver's (outage.ts). Services
 * throw transport-free AppErrors, and so do the middlewares below; each leaves as the tRPC error of the same code
 * (the cause keeps the message key, params and field issues for the formatter).
 */
export const publicProcedure = t.procedure
  .use(async ({ next }) => {
    const result = await answerOutageHonestly(next);
    if (!result.ok && result.error.cause instanceof AppError) {
      const { code, message } = result.error.cause;
      throw new TRPCError({ code, message, cause: result.error.cause });
    }
    return result;
  })
  /**
   * A call with an API token (issue 19): the token must be live, within its rate limit, and hold the procedure's
   * `meta.scope` (a procedure without one refuses every token). Every call, refused or not, leaves one audit row
   * with the token's name; the role and row scopes of the token's creator then apply as for a session.
   */
  .use(async ({ ctx, meta, path, type, next }) => {
    if (ctx.apiTokenInvalid) throw new AppError("UNAUTHORIZED", "apiTokenInvalid");
    const token = ctx.apiToken;
    if (!token || !ctx.user) return next();
    const call = { user: ctx.user, token, path, type };
    const refusal = await apiTokenRefusal(ctx.db, token, meta?.scope);
    if (refusal) {
      await auditApiTokenCall(ctx.db, { ...call, outcome: refusal.code });
      throw refusal;
    }
    const result = await next();
    // A service's AppError becomes the tRPC error of its code only in the middleware above: name its code.
    const outcome = result.ok
      ? "ok"
      : result.error.cause instanceof AppError
        ? result.error.cause.code
        : result.error.code;
    await auditApiTokenCall(ctx.db, { ...call, outcome });
    return result;
  });

async function apiTokenRefusal(db: Db, token: ApiTokenCaller, scope: ApiScope | undefined) {
  const limited = await countApiTokenCall(db, token.id);
  if (limited) return new AppError("TOO_MANY_REQUESTS", "apiRateLimited", limited);
  if (!scope) return new AppError("FORBIDDEN", "apiTokenNotAccepted");
  if (!token.scopes.includes(scope)) return new AppError("FORBIDDEN", "apiScopeMissing", { scope });
  return null;
}

/** A signed-in, active user whose session is current. Until a one-time password is replaced, only the
 * procedures marked `allowPendingPasswordChange` answer. */
export const protectedProcedure = publicProcedure.use(({ ctx, meta, next }) => {
  if (!ctx.user) throw new AppError("UNAUTHORIZED", "signInRequired");
  if (ctx.user.mustChangePassword && !meta?.allowPendingPasswordChange)
    throw new AppError("FORBIDDEN", "passwordChangeRequired");
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export const roleProcedure = (...roles: Role[]) =>
  protectedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) throw forbidden();
    return next();
  });

export const adminProcedure = roleProcedure("ADMIN");
/** People, positions and (later) candidates. */
export const hrProcedure = roleProcedure("ADMIN", "HR");
/** Reads of the organization; HEAD results are narrowed by the services' scopes. */
export const managerProcedure = roleProcedure("ADMIN", "HR", "HEAD");
