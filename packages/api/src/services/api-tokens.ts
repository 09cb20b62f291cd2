/**
 * API tokens (issue 19, item 4; ADMIN, the router checks the role). Creating a token returns its secret once;
 * only its SHA-256 is stored (`api-token-auth.ts`). Create and revoke are audited in their transaction (the secret
 * never is); each call made with a token is audited by the tRPC middleware.
 */
import { writeAudit, type Db } from "@portal/db";
import { apiTokenExpiresAt, apiTokenExpiryRefusal } from "@portal/domain";
import type { apiTokenCreateInput } from "@portal/validators";
import type { z } from "zod";
import { fieldError, notFound } from "../errors";
import type { Actor } from "../actor";
import { generateApiTokenSecret } from "../api-token-auth";

const tokenSelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  expiresAt: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: { select: { id: true, name: true } },
} as const;

/** Every token, newest first, with what the list shows; never the hash. */
export function listApiTokens(db: Db) {
  return db.apiToken.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: tokenSelect });
}

export async function createApiToken(
  db: Db,
  actor: Actor,
  input: z.output<typeof apiTokenCreateInput>,
  now = new Date(),
) {
  const refusal = apiTokenExpiryRefusal(input.expiresOn, now.toISOString().slice(0, 10));
  if (refusal) throw fieldError("expiresOn", refusal);
  const { secret, prefix, secretHash } = generateApiTokenSecret();
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.create({
      data: {
        name: input.name,
        scopes: input.scopes,
        expiresAt: apiTokenExpiresAt(input.expiresOn),
        secretHash,
        prefix,
        createdById: actor.id,
      },
      select: tokenSelect,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "apiToken.create",
      entityType: "ApiToken",
      entityId: token.id,
      entityName: token.name,
      after: { prefix: token.prefix, scopes: token.scopes, expiresAt: token.expiresAt },
    });
    return { token, secret };
  });
}

/** Revoking is final and takes effect on the token's next call; revoking a revoked token changes nothing. */
export async function revokeApiToken(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const found = await tx.apiToken.findUnique({ where: { id }, select: tokenSelect });
    if (!found) throw notFound("apiTokenNotFound");
    if (found.revokedAt) return found;
    const token = await tx.apiToken.update({
      where: { id },
      data: { revokedAt: new Date() },
      select: tokenSelect,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "apiToken.revoke",
      entityType: "ApiToken",
      entityId: id,
      entityName: token.name,
      after: { revokedAt: token.revokedAt },
    });
    return token;
  });
}
