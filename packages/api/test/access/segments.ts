import type { AccessRows } from "./types";

export const segmentsAccess: AccessRows = {
  "segments.list": ["STAFF", "HEAD", "HR", "ADMIN"],
  "segments.byId": ["STAFF", "HEAD", "HR", "ADMIN"],
  "segments.options": ["STAFF", "HEAD", "HR", "ADMIN"],
  "segments.create": ["ADMIN"],
  "segments.update": ["ADMIN"],
  "segments.setArchived": ["ADMIN"],
  "segments.delete": ["ADMIN"],
};
