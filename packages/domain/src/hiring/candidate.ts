import type { CefrLevel, HeldCertification, PersonAttributes, Requirement } from "../fit/types";
import { ratingToExpertiseLevel, type RatingAggregate } from "./scorecards";

/** What a candidate declared about themselves (form, CSV or CV). */
export type DeclaredProfile = {
  expertise: ReadonlyMap<string, number>;
  customerFacingYears: number;
  languages: ReadonlyMap<string, CefrLevel>;
  certifications: readonly HeldCertification[];
};

/** A profile requirement with its stored id, so scorecard ratings can be matched to it. */
export type IdentifiedRequirement = { id: string; requirement: Requirement };

export type EvidenceSource = "declared" | "assessed";

export type CandidateAttributes = {
  attributes: PersonAttributes;
  /** Per requirement id: whether the fit used the declared fact or the interviewers' assessment. */
  sources: Map<string, EvidenceSource>;
};

/**
 * The facts a candidate is scored on. Interview judgements take precedence once a scorecard is submitted:
 * an expertise requirement uses the assessed level (the median rating mapped by `ratingToExpertiseLevel`),
 * a criterion uses the median rating. Experience, languages and certifications are documents, not
 * judgements, so the declared facts stay; their ratings are shown beside them but do not change the score.
 */
export function candidateAttributes(
  declared: DeclaredProfile,
  requirements: readonly IdentifiedRequirement[],
  assessed: ReadonlyMap<string, RatingAggregate>,
): CandidateAttributes {
  const expertise = new Map(declared.expertise);
  const criteria = new Map<string, number>();
  const sources = new Map<string, EvidenceSource>();
  for (const { id, requirement } of requirements) {
    const aggregate = assessed.get(id);
    if (requirement.kind === "expertise" && aggregate) {
      expertise.set(requirement.segmentId, ratingToExpertiseLevel(aggregate.median));
      sources.set(id, "assessed");
    } else if (requirement.kind === "criterion") {
      if (aggregate) criteria.set(requirement.criterionId, aggregate.median);
      sources.set(id, "assessed");
    } else {
      sources.set(id, "declared");
    }
  }
  return {
    attributes: {
      expertise,
      customerFacingYears: declared.customerFacingYears,
      languages: declared.languages,
      certifications: declared.certifications,
      criteria,
    },
    sources,
  };
}
