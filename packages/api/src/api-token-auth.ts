import type { SessionUser } from "@portal/auth/session";
import type { Db } from "@portal/db";
import type { ApiScope } from "@portal/validators";

/** The API token a REST call presented (issue 19): audit rows and the rate limit name it. */
export type ApiTokenCaller = { id: string; name: string; scopes: readonly ApiScope[] };

/**
 * The user and token behind a bearer secret, or null when no live token has that secret. Interim: no token can be
 * created yet, so every secret is unknown (the API-token work replaces this with the hashed lookup).
 */
export async function resolveApiToken(
  _db: Db,
  _secret: string,
): Promise<{ user: SessionUser; token: ApiTokenCaller } | null> {
  return null;
}
