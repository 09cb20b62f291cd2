import type { AccessRows } from "./types";

export const profilesAccess: AccessRows = {
  "profiles.get": ["HEAD", "HR", "ADMIN"],
  "profiles.version": ["HEAD", "HR", "ADMIN"],
  "profiles.save": ["HR", "ADMIN"],
  "profiles.copy": ["HR", "ADMIN"],
};
