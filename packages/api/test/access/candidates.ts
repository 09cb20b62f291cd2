import type { AccessRows } from "./types";

/** Row scopes (a head sees only their department's candidates from INTERVIEW on) are tested in candidates*.int.test.ts. */
export const candidatesAccess: AccessRows = {
  "candidates.list": ["HEAD", "HR", "ADMIN"],
  "candidates.get": ["HEAD", "HR", "ADMIN"],
  "candidates.filterOptions": ["HEAD", "HR", "ADMIN"],
  "candidates.findByEmail": ["HR", "ADMIN"],
  "candidates.create": ["HR", "ADMIN"],
  "candidates.update": ["HR", "ADMIN"],
  "candidates.applyToPosition": ["HR", "ADMIN"],
  "candidates.importPreview": ["HR", "ADMIN"],
  "candidates.importCommit": ["HR", "ADMIN"],
};
