import type { ProfileRequirement } from "@portal/db";
import type { CefrLevel, Requirement } from "@portal/domain";

// Ranking a position scores every application against the same few rows; converting each row once per
// loaded object keeps that linear in the candidates, not candidates x requirements (rows are never mutated).
const converted = new WeakMap<ProfileRequirement, Requirement>();

/** A stored profile requirement as the domain's fit function takes it. A criterion is identified by its row id. */
export function toDomainRequirement(row: ProfileRequirement): Requirement {
  let requirement = converted.get(row);
  if (!requirement) converted.set(row, (requirement = convert(row)));
  return requirement;
}

function convert(row: ProfileRequirement): Requirement {
  const base = { weight: row.weight, mustHave: row.mustHave };
  switch (row.kind) {
    case "EXPERTISE":
      return { ...base, kind: "expertise", segmentId: row.segmentId!, level: row.level as 1 | 2 | 3 | 4 };
    case "EXPERIENCE":
      return { ...base, kind: "experience", years: row.years! };
    case "LANGUAGE":
      return { ...base, kind: "language", language: row.language!, level: row.cefr as CefrLevel };
    case "CERTIFICATION":
      return { ...base, kind: "certification", name: row.certification! };
    case "CRITERION":
      return { ...base, kind: "criterion", criterionId: row.id, rating: row.rating as 1 | 2 | 3 | 4 | 5 };
  }
}
