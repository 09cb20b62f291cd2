import type { AccessRows } from "./types";

export const positionsAccess: AccessRows = {
  "positions.list": ["HEAD", "HR", "ADMIN"],
  "positions.byId": ["HEAD", "HR", "ADMIN"],
  "positions.options": ["STAFF", "HEAD", "HR", "ADMIN"],
  "positions.create": ["HR", "ADMIN"],
  "positions.update": ["HR", "ADMIN"],
  "positions.setArchived": ["HR", "ADMIN"],
  "positions.delete": ["HR", "ADMIN"],
};
