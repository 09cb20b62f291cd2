import type { AccessRows } from "./types";

const signedIn = ["STAFF", "HEAD", "HR", "ADMIN"] as const;
export const notificationsAccess: AccessRows = {
  "notifications.list": [...signedIn],
  "notifications.unreadCount": [...signedIn],
  "notifications.markRead": [...signedIn],
};
