import type { AccessRows } from "./types";

/** Row scopes (a head: own department from INTERVIEW on) are tested in applications*.int.test.ts. */
export const applicationsAccess: AccessRows = {
  "applications.get": ["HEAD", "HR", "ADMIN"],
  "applications.rescreen": ["HR", "ADMIN"],
  "applications.saveScorecard": ["HEAD", "HR", "ADMIN"],
  "applications.submitScorecard": ["HEAD", "HR", "ADMIN"],
  "applications.hire": ["HR", "ADMIN"],
};
