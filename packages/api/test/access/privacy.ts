import type { AccessRows } from "./types";

export const privacyAccess: AccessRows = {
  "privacy.retention": ["HR", "ADMIN"],
  "privacy.setRetention": ["ADMIN"],
  "privacy.dueForRetention": ["HR", "ADMIN"],
  "privacy.runRetention": ["ADMIN"],
  "privacy.candidates": ["HR", "ADMIN"],
  "privacy.erase": ["HR", "ADMIN"],
};
