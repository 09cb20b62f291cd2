import type { RequirementKind } from "./types";

/** A profile requirement as stored, before conversion: what identifies it across profile versions. */
export type RequirementFacts = {
  kind: RequirementKind;
  segmentId?: string | null;
  level?: number | null;
  years?: number | null;
  language?: string | null;
  cefr?: string | null;
  certification?: string | null;
  criterion?: string | null;
  rating?: number | null;
};

const subjects = new Map<string, string>();

/** Free text compared the way people read it: case, surrounding and repeated spaces do not matter. */
export function assessmentSubject(text: string): string {
  let subject = subjects.get(text);
  if (subject === undefined) {
    subject = text.trim().replace(/\s+/g, " ").toLowerCase();
    // Readiness normalises the same few criterion texts for every person of a team: remember them (bounded).
    if (subjects.size > 10_000) subjects.clear();
    subjects.set(text, subject);
  }
  return subject;
}

/**
 * What a requirement asks for, independent of the profile version it is stored in: a new profile version
 * copies its rows (new ids), so a sign-off records these keys and lapses only when the profile asks for
 * something it did not cover (a new requirement or a higher target), not whenever HR saves a new version.
 */
export function requirementKey(r: RequirementFacts): string {
  switch (r.kind) {
    case "EXPERTISE":
      return `expertise:${r.segmentId}:${r.level}`;
    case "EXPERIENCE":
      return `experience:${r.years}`;
    case "LANGUAGE":
      return `language:${(r.language ?? "").toLowerCase()}:${r.cefr}`;
    case "CERTIFICATION":
      return `certification:${assessmentSubject(r.certification ?? "")}`;
    case "CRITERION":
      return `criterion:${assessmentSubject(r.criterion ?? "")}:${r.rating}`;
  }
}
