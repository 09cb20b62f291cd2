import type { AccessRows } from "./types";

export const usersAccess: AccessRows = {
  "users.list": ["ADMIN"],
  "users.byId": ["ADMIN"],
  "users.create": ["ADMIN"],
  "users.update": ["ADMIN"],
  "users.resetPassword": ["ADMIN"],
};
