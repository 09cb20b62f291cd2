/** One JSON file per namespace and locale in apps/web/messages/<locale>/; English is complete. */
export const namespaces = [
  "common",
  "validation",
  "auth",
  "nav",
  "home",
  "segments",
  "departments",
  "positions",
  "users",
  "staff",
  "staffing",
  "audit",
  "profiles",
  "candidates",
  "pipeline",
  "applications",
  "privacy",
  "learning",
  "courses",
  "notifications",
  "coverage",
  "readiness",
  "states",
  "company",
  "errors",
  "imports",
  "feedback",
  "digest",
  // --- service stories (issue 18) ---
  "stories",
  // --- webhooks (issue 19) ---
  "webhooks",
  // --- API tokens (issue 19, item 4) ---
  "apiTokens",
  // --- REST API (issue 19) ---
  "apiDocs",
] as const;
