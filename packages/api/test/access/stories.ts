import type { AccessRows } from "./types";

/** Service stories (issue 18): readers are staff (with a record), heads, HR and admins; moderators heads, HR, admins. */
const readers: AccessRows[string] = ["STAFF", "HEAD", "HR", "ADMIN"];
export const storiesAccess: AccessRows = {
  "stories.options": readers,
  "stories.search": readers,
  "stories.mine": readers,
  "stories.get": readers,
  "stories.save": readers,
  "stories.submit": readers,
  "stories.setUseful": readers,
  "stories.comment": readers,
  "stories.queue": ["HEAD", "HR", "ADMIN"],
  "stories.moderate": ["HEAD", "HR", "ADMIN"],
};
