import type { AccessRows } from "./types";

export const companyAccess: AccessRows = {
  "company.profile": ["anonymous", "STAFF", "HEAD", "HR", "ADMIN"],
  "company.update": ["ADMIN"],
};
