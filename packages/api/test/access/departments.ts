import type { AccessRows } from "./types";

export const departmentsAccess: AccessRows = {
  "departments.list": ["HEAD", "HR", "ADMIN"],
  "departments.byId": ["HEAD", "HR", "ADMIN"],
  "departments.options": ["STAFF", "HEAD", "HR", "ADMIN"],
  "departments.headOptions": ["ADMIN"],
  "departments.create": ["ADMIN"],
  "departments.update": ["ADMIN"],
  "departments.setArchived": ["ADMIN"],
  "departments.delete": ["ADMIN"],
};
