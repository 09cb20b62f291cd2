import type { AccessRows } from "./types";

/** Heads (own department), HR and admins review readiness; only heads and admins sign off; anyone reads their own. */
export const readinessAccess: AccessRows = {
  "readiness.matrix": ["HEAD", "HR", "ADMIN"],
  "readiness.exportCsv": ["HEAD", "HR", "ADMIN"],
  "readiness.person": ["STAFF", "HEAD", "HR", "ADMIN"],
  "readiness.mine": ["STAFF", "HEAD", "HR", "ADMIN"],
  "readiness.timeline": ["STAFF", "HEAD", "HR", "ADMIN"],
  "readiness.signOff": ["HEAD", "ADMIN"],
  "readiness.revoke": ["HEAD", "ADMIN"],
  "readiness.assess": ["HEAD", "HR", "ADMIN"],
};
