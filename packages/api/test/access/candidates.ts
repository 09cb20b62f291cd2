import type { AccessRows } from "./types";

export const candidatesAccess: AccessRows = {};
