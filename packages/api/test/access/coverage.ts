import type { AccessRows } from "./types";

/** Coverage is for admins and HR (the company) and heads (their own segments); staff have no view of it. */
export const coverageAccess: AccessRows = {
  "coverage.overview": ["HEAD", "HR", "ADMIN"],
  "coverage.trend": ["HEAD", "HR", "ADMIN"],
  "coverage.timeToSignOff": ["HEAD", "HR", "ADMIN"],
  // A head opens only their own segments (coverage.int.test.ts: another head's segment is not found).
  "coverage.segmentDepartments": ["HEAD", "HR", "ADMIN"],
};
