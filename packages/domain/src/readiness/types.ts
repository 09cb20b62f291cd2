/** The stored kinds of a profile requirement (mirrors the database enum without importing it). */
export type RequirementKind = "EXPERTISE" | "EXPERIENCE" | "LANGUAGE" | "CERTIFICATION" | "CRITERION";
