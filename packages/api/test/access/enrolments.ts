import type { AccessRows } from "./types";

export const enrolmentsAccess: AccessRows = {
  "enrolments.rules": ["HR", "ADMIN"],
  "enrolments.addRule": ["HR", "ADMIN"],
  "enrolments.removeRule": ["HR", "ADMIN"],
  "enrolments.enrol": ["HEAD", "HR", "ADMIN"],
  "enrolments.progress": ["HEAD", "HR", "ADMIN"],
};
