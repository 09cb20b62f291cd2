import type { AccessRows } from "./types";

export const positionsAccess: AccessRows = {};
