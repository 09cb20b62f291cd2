/** Expertise in a customer segment, 0-4. The labels are message keys in the web app (`expertise.level.N`). */
export const expertiseLevels = [0, 1, 2, 3, 4] as const;
export type ExpertiseLevel = (typeof expertiseLevels)[number];
export const expertiseLevelNames = ["none", "aware", "practitioner", "specialist", "expert"] as const;

export function isExpertiseLevel(n: number): n is ExpertiseLevel {
  return Number.isInteger(n) && n >= 0 && n <= 4;
}

export type ExpertiseSource = "SELF" | "ASSESSED" | "TRAINING";

/**
 * Whether a proposed expertise change must be recorded. A change of level or of source is always recorded;
 * the same level from the same source with the same evidence is a no-op, so a retried form submits once.
 */
export function isExpertiseChange(
  current: { level: number; source: ExpertiseSource; evidence: string } | null,
  next: { level: number; source: ExpertiseSource; evidence: string },
): boolean {
  if (!current) return true;
  return current.level !== next.level || current.source !== next.source || current.evidence !== next.evidence;
}
