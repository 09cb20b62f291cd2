import type { AccessRows } from "./types";

/** API tokens (issue 19, item 4): creating, listing and revoking them is for admins only. */
export const apiTokensAccess: AccessRows = {
  "apiTokens.list": ["ADMIN"],
  "apiTokens.create": ["ADMIN"],
  "apiTokens.revoke": ["ADMIN"],
};
