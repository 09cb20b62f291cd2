import type { AccessRows } from "./types";

export const staffAccess: AccessRows = {};
