import type { AccessRows } from "./types";

/** Coverage is for admins and HR (the company) and heads (their own segments); staff have no view of it. */
export const coverageAccess: AccessRows = {
  "coverage.overview": ["HEAD", "HR", "ADMIN"],
  "coverage.trend": ["HEAD", "HR", "ADMIN"],
  "coverage.timeToSignOff": ["HEAD", "HR", "ADMIN"],
};
