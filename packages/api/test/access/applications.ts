import type { AccessRows } from "./types";

export const applicationsAccess: AccessRows = {};
