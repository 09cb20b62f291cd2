/**
 * API tokens at the edge of every call (issue 19, item 4): who a bearer secret acts as, the per-token rate limit
 * and the audit row each call leaves. The secret is never stored: only its SHA-256 (hex), found through a unique
 * index. SHA-256 is enough because the secret is 32 random bytes: nothing to guess, so no need for a slow hash.
 */
import { createHash, randomBytes } from "node:crypto";
import type { SessionUser } from "@portal/auth/session";
import type { Db } from "@portal/db";
import type { ApiScope } from "@portal/validators";
import { apiRateLimitPerMinute } from "./env";

/** The API token a REST call presented (issue 19): audit rows and the rate limit name it. */
export type ApiTokenCaller = { id: string; name: string; scopes: readonly ApiScope[] };

/** Every secret starts so, which lets secret scanners and people recognise a leaked one. */
const secretMarker = "ptk_";
/** How much of the secret the list shows (the marker and 8 random characters): enough to tell tokens apart. */
const visibleLength = secretMarker.length + 8;

export function generateApiTokenSecret() {
  const secret = `${secretMarker}${randomBytes(32).toString("base64url")}`;
  return { secret, prefix: secret.slice(0, visibleLength), secretHash: hashApiTokenSecret(secret) };
}

export const hashApiTokenSecret = (secret: string) =>
  createHash("sha256").update(secret, "utf8").digest("hex");

/**
 * The user and token behind a bearer secret, or null when no live token has that secret. The token acts as the
 * admin who created it, re-read here on every call: a deactivated creator, or one who is no longer an admin,
 * stops their tokens working at once. One statement, like the session's user (loadSessionUser).
 */
export async function resolveApiToken(
  db: Db,
  secret: string,
): Promise<{ user: SessionUser; token: ApiTokenCaller } | null> {
  if (!secret.startsWith(secretMarker) || secret.length > 200) return null;
  // Prisma stores DateTime as UTC in "timestamp without time zone": compare with the UTC wall clock.
  const [row] = await db.$queryRaw<
    (SessionUser & { tokenId: string; tokenName: string; scopes: string[] })[]
  >`SELECT t.id AS "tokenId", t.name AS "tokenName", t.scopes,
           u.id, u.email, u.name, u.role::text AS role, u.locale, u."timeZone", u."mustChangePassword",
           EXISTS (SELECT 1 FROM "StaffMember" s WHERE s."userId" = u.id) AS "hasStaffRecord"
      FROM "ApiToken" t JOIN "User" u ON u.id = t."createdById"
     WHERE t."secretHash" = ${hashApiTokenSecret(secret)}
       AND t."revokedAt" IS NULL
       AND t."expiresAt" > (now() AT TIME ZONE 'UTC')
       AND u.active AND u.role = 'ADMIN'`;
  if (!row) return null;
  const { tokenId, tokenName, scopes, ...user } = row;
  return { user, token: { id: tokenId, name: tokenName, scopes: scopes as ApiScope[] } };
}

/**
 * Counts one call against the token's fixed one-minute window and stamps `lastUsedAt`, in one UPDATE: the row
 * lock makes concurrent calls on any server count one after another, and nothing is kept in memory. A window
 * starts at the first call after the previous one ended. Returns null when the call is within the limit,
 * otherwise the seconds until the window ends (at least 1).
 */
export async function countApiTokenCall(
  db: Db,
  tokenId: string,
): Promise<{ retryAfterSeconds: number } | null> {
  const limit = apiRateLimitPerMinute();
  const [row] = await db.$queryRaw<{ count: number; retryAfterSeconds: number }[]>`
    UPDATE "ApiToken" SET
      "rateWindowCount" = CASE WHEN "rateWindowStart" > (now() AT TIME ZONE 'UTC') - interval '1 minute'
                               THEN "rateWindowCount" + 1 ELSE 1 END,
      "rateWindowStart" = CASE WHEN "rateWindowStart" > (now() AT TIME ZONE 'UTC') - interval '1 minute'
                               THEN "rateWindowStart" ELSE (now() AT TIME ZONE 'UTC') END,
      "lastUsedAt" = (now() AT TIME ZONE 'UTC')
    WHERE id = ${tokenId}
    RETURNING "rateWindowCount" AS count,
      GREATEST(1, CEIL(EXTRACT(EPOCH FROM ("rateWindowStart" + interval '1 minute' - (now() AT TIME ZONE 'UTC')))))::int
        AS "retryAfterSeconds"`;
  if (!row || row.count <= limit) return null;
  return { retryAfterSeconds: row.retryAfterSeconds };
}

/**
 * The audit row of one call with a token: which procedure, and how it ended ("ok" or the refusal's code). One
 * insert after the call, outside the call's own transaction, so a refused or failed call is recorded too.
 */
export async function auditApiTokenCall(
  db: Db,
  call: { user: Pick<SessionUser, "id">; token: ApiTokenCaller; path: string; type: string; outcome: string },
) {
  await db.auditEvent.create({
    data: {
      actorId: call.user.id,
      action: "apiToken.call",
      entityType: "ApiToken",
      entityId: call.token.id,
      entityName: call.token.name,
      after: { procedure: call.path, type: call.type, outcome: call.outcome },
    },
  });
}
