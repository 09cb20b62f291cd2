import type { AccessRows } from "./types";

export const usersAccess: AccessRows = {};
