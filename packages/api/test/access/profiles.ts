import type { AccessRows } from "./types";

export const profilesAccess: AccessRows = {};
