import type { AccessRows } from "./types";

/** Row scopes (a head sees only their department) are tested in staff*.int.test.ts. */
export const staffAccess: AccessRows = {
  "staff.list": ["HEAD", "HR", "ADMIN"],
  "staff.filterOptions": ["HEAD", "HR", "ADMIN"],
  "staff.byId": ["HEAD", "HR", "ADMIN"],
  "staff.me": ["STAFF", "HEAD", "HR", "ADMIN"],
  "staff.create": ["HR", "ADMIN"],
  "staff.update": ["HR", "ADMIN"],
  "staff.setExpertise": ["HEAD", "HR", "ADMIN"],
  "staff.expertiseHistory": ["STAFF", "HEAD", "HR", "ADMIN"],
  "staff.importCsv": ["HR", "ADMIN"],
  "staff.exportCsv": ["HR", "ADMIN"],
};
