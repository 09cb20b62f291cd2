import { z } from "zod";
import { V } from "./messages";
import { id, listQuery, requiredText, searchText } from "./common";
import type { Requirement } from "./hiring";

export const profileByPosition = z.object({ positionId: id });
export const profileVersion = z.object({ profileId: id });
export const profileCopyInput = z.object({ fromPositionId: id, toPositionId: id });

/** The field of a requirement that makes it a duplicate of an earlier one (same target), by kind. */
const duplicateKey = (r: Requirement): { key: string; field: string } => {
  switch (r.kind) {
    case "EXPERTISE":
      return { key: `EXPERTISE:${r.segmentId}`, field: "segmentId" };
    case "EXPERIENCE":
      return { key: "EXPERIENCE", field: "years" };
    case "LANGUAGE":
      return { key: `LANGUAGE:${r.language.toLowerCase()}`, field: "language" };
    case "CERTIFICATION":
      return { key: `CERTIFICATION:${r.certification.trim().toLowerCase()}`, field: "certification" };
    case "CRITERION":
      return {
        key: `CRITERION:${r.criterion.trim().replace(/\s+/g, " ").toLowerCase()}`,
        field: "criterion",
      };
  }
};

/**
 * Requirements that repeat an earlier one (same segment, language, certification name ignoring case, criterion
 * text, or a second experience requirement), as issue paths into the list. Shared by the editor and the server.
 */
export function duplicateRequirementIssues(requirements: readonly Requirement[]) {
  const seen = new Set<string>();
  const issues: { path: (string | number)[]; message: string }[] = [];
  requirements.forEach((r, i) => {
    const { key, field } = duplicateKey(r);
    if (seen.has(key)) issues.push({ path: ["requirements", i, field], message: V.duplicateRequirement });
    seen.add(key);
  });
  return issues;
}

// Privacy
export const retentionMonthsInput = z.object({
  months: z.coerce.number<number>().int(V.integer).min(1, V.retentionRange).max(120, V.retentionRange),
});
export const eraseCandidateInput = z.object({ candidateId: id, confirmName: requiredText(200) });
export const dueForRetentionQuery = listQuery(["name"] as const);
export const privacyCandidateSearch = z.object({
  search: searchText(),
  candidateId: id.optional(),
});
