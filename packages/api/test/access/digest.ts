import type { AccessRows } from "./types";

/** The weekly digest (issue 18, item 5): every signed-in user, each their own only. */
export const digestAccess: AccessRows = {
  "digest.mine": ["STAFF", "HEAD", "HR", "ADMIN"],
  "digest.setEmail": ["STAFF", "HEAD", "HR", "ADMIN"],
};
