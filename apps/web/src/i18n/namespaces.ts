/** One JSON file per namespace and locale in apps/web/messages/<locale>/; English is complete. */
export const namespaces = ["common", "validation", "auth", "nav", "home", "segments", "departments", "positions", "users", "staff", "staffing", "audit", "profiles", "candidates", "pipeline", "applications", "privacy", "learning", "courses", "notifications", "coverage", "readiness"] as const;
