import type { Role } from "@portal/validators";
import type { AppMessages } from "@/i18n/app-config";

type NavMessages = AppMessages["nav"];
/** A link's label: a message of the `nav` namespace. */
type NavKey = { [K in keyof NavMessages]: NavMessages[K] extends string ? K : never }[keyof NavMessages];

/** `staffRecord`: offered only to people who have a staff record (their own onboarding, whatever their role). */
export type NavItem = { href: string; key: NavKey; roles: Role[]; staffRecord?: true };

/** Navigation shows only what the role may open; the pages and procedures enforce the same rules. */
export const navItems: NavItem[] = [
  { href: "/", key: "home", roles: ["ADMIN", "HR", "HEAD", "STAFF"] },
  { href: "/me", key: "myProfile", roles: ["STAFF"] },
  { href: "/readiness/me", key: "myReadiness", roles: ["STAFF"] },
  { href: "/learning", key: "learning", roles: ["ADMIN", "HR", "HEAD", "STAFF"], staffRecord: true },
  { href: "/readiness", key: "readiness", roles: ["ADMIN", "HR", "HEAD"] },
  { href: "/admin/segments", key: "segments", roles: ["ADMIN", "HR", "HEAD"] },
  { href: "/admin/departments", key: "departments", roles: ["ADMIN", "HR", "HEAD"] },
  { href: "/admin/positions", key: "positions", roles: ["ADMIN", "HR", "HEAD"] },
  { href: "/admin/staff", key: "staff", roles: ["ADMIN", "HR", "HEAD"] },
  { href: "/hiring", key: "hiring", roles: ["ADMIN", "HR", "HEAD"] },
  { href: "/hiring/candidates", key: "candidates", roles: ["ADMIN", "HR"] },
  { href: "/staffing", key: "staffing", roles: ["ADMIN", "HR"] },
  { href: "/coverage", key: "coverage", roles: ["ADMIN", "HR", "HEAD"] },
  // Front-line feedback (issue 18): everyone files and reads their own; heads, HR and admins get the inbox.
  { href: "/feedback", key: "feedback", roles: ["ADMIN", "HR", "HEAD", "STAFF"] },
  // The weekly digest (issue 18): whoever has a department's segment, i.e. a staff record, and every head.
  { href: "/digest", key: "digest", roles: ["HEAD"] },
  { href: "/digest", key: "digest", roles: ["ADMIN", "HR", "STAFF"], staffRecord: true },
  { href: "/admin/privacy", key: "privacy", roles: ["ADMIN", "HR"] },
  { href: "/learning/courses", key: "courses", roles: ["ADMIN", "HR"] },
  { href: "/learning/progress", key: "trainingProgress", roles: ["ADMIN", "HR", "HEAD"] },
  // --- service stories (issue 18): heads, HR and admins, and staff with a record ---
  { href: "/stories", key: "stories", roles: ["ADMIN", "HR", "HEAD"] },
  { href: "/stories", key: "stories", roles: ["STAFF"], staffRecord: true },
  { href: "/stories/moderation", key: "storyModeration", roles: ["ADMIN", "HR", "HEAD"] },
  // --- end service stories ---
  { href: "/admin/users", key: "users", roles: ["ADMIN"] },
  { href: "/admin/audit", key: "audit", roles: ["ADMIN"] },
  { href: "/admin/company", key: "company", roles: ["ADMIN"] },
  // Webhooks (issue 19): admins only.
  { href: "/admin/webhooks", key: "webhooks", roles: ["ADMIN"] },
  // API tokens for the REST API (issue 19): admins only.
  { href: "/admin/api-tokens", key: "apiTokens", roles: ["ADMIN"] },
  // The REST API's reference (issue 19): admins only.
  { href: "/admin/api", key: "apiDocs", roles: ["ADMIN"] },
];

export const navFor = (user: { role: Role; hasStaffRecord: boolean }) =>
  navItems.filter((i) => i.roles.includes(user.role) && (!i.staffRecord || user.hasStaffRecord));
