import type { AccessRows } from "./types";

export const departmentsAccess: AccessRows = {};
