import type { ProfileRequirement } from "@portal/db";
import type { CefrLevel, Requirement } from "@portal/domain";

/** A stored profile requirement as the domain's fit function takes it. A criterion is identified by its row id. */
export function toDomainRequirement(row: ProfileRequirement): Requirement {
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
