import { z } from "zod";
import { requiredText } from "./common";
import { V } from "./messages";
import { isoDate } from "./organization";

/**
 * What an API token may reach (issue 19, items 3-4): a resource of the REST API under /api/v1 and read or write
 * access to it. A scope is written "resource:access" ("staff:read"); write does not imply read. These names are part
 * of the contract with integrators: the OpenAPI document and the admin's token form both show them.
 */
export const apiResources = [
  "segments",
  "departments",
  "positions",
  "staff",
  "candidates",
  "applications",
  "courses",
  "enrolments",
  "certificates",
  "readiness",
] as const;
export type ApiResource = (typeof apiResources)[number];
export const apiAccesses = ["read", "write"] as const;
export type ApiAccess = (typeof apiAccesses)[number];
export type ApiScope = `${ApiResource}:${ApiAccess}`;

export const allApiScopes: readonly ApiScope[] = apiResources.flatMap((resource) =>
  apiAccesses.map((access) => `${resource}:${access}` as const),
);
export const apiScope = z.enum(allApiScopes as [ApiScope, ...ApiScope[]]);

/** A new token: a name to recognise it by, at least one scope, and the last day it works (UTC). */
export const apiTokenCreateInput = z.object({
  name: requiredText(100),
  scopes: z
    .array(apiScope)
    .min(1, V.apiScopes)
    .max(allApiScopes.length)
    .refine((scopes) => new Set(scopes).size === scopes.length, V.apiScopes),
  expiresOn: isoDate,
});
export type ApiTokenCreateInput = z.input<typeof apiTokenCreateInput>;
