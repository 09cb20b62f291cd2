import type { Prisma } from "@portal/db";
import {
  aggregateRatings,
  candidateAttributes,
  scoreFit,
  type CefrLevel,
  type FitResult,
  type RatingAggregate,
  type EvidenceSource,
} from "@portal/domain";
import { toDomainRequirement } from "./requirements";

/**
 * What scoring an application needs, loaded with a fixed number of queries however many applications:
 * the candidate's declared facts, the profile version it was screened against, and submitted scorecards.
 */
export const applicationFitInclude = {
  candidate: {
    select: {
      id: true,
      name: true,
      email: true,
      anonymizedAt: true,
      customerFacingYears: true,
      languages: { select: { language: true, cefr: true } },
      certifications: { select: { name: true, expiresAt: true } },
      expertise: { select: { segmentId: true, level: true } },
    },
  },
  profile: { include: { requirements: { orderBy: { sortOrder: "asc" } } } },
  scorecards: {
    where: { submittedAt: { not: null } },
    select: { ratings: { select: { requirementId: true, rating: true } } },
  },
} satisfies Prisma.ApplicationInclude;

export type ApplicationForFit = Prisma.ApplicationGetPayload<{ include: typeof applicationFitInclude }>;
/** What scoring reads of an application: callers that load in bulk need not select its other columns. */
export type ApplicationFitInput = Pick<ApplicationForFit, "candidate" | "profile" | "scorecards">;

export type RequirementExplanation = FitResult["requirements"][number] & {
  requirementId: string;
  /** Whether the score used the candidate's declaration or the interviewers' assessment. */
  source: EvidenceSource;
  /** Submitted interview ratings of this requirement (median and spread), when any. */
  assessed: RatingAggregate | null;
};

export type ApplicationFit = { score: number; eligible: boolean; requirements: RequirementExplanation[] };

/** The domain's fit of one application, with what the explanation needs: requirement ids, sources, ratings. */
function domainFit(application: ApplicationFitInput, asOf: Date) {
  const { candidate, profile } = application;
  const identified = profile.requirements.map((row) => ({
    id: row.id,
    requirement: toDomainRequirement(row),
  }));
  const assessed = aggregateRatings(application.scorecards.flatMap((s) => s.ratings));
  const { attributes, sources } = candidateAttributes(
    {
      expertise: new Map(candidate.expertise.map((e) => [e.segmentId, e.level])),
      customerFacingYears: candidate.customerFacingYears,
      languages: new Map(candidate.languages.map((l) => [l.language, l.cefr as CefrLevel])),
      certifications: candidate.certifications,
    },
    identified,
    assessed,
  );
  const fit = scoreFit(
    attributes,
    identified.map((r) => r.requirement),
    asOf,
  );
  return { fit, identified, sources, assessed };
}

/** The fit of one application against the profile version it was screened against, explained per requirement. */
export function scoreApplication(application: ApplicationFitInput, asOf: Date): ApplicationFit {
  const { fit, identified, sources, assessed } = domainFit(application, asOf);
  return {
    score: fit.score,
    eligible: fit.eligible,
    requirements: fit.requirements.map((r, i) => {
      const id = identified[i]!.id;
      return {
        ...r,
        requirementId: id,
        source: sources.get(id) ?? "declared",
        assessed: assessed.get(id) ?? null,
      };
    }),
  };
}

export type FitSummary = { score: number; eligible: boolean; met: number; partial: number; missing: number };

/**
 * The same fit as scoreApplication without the explanation: what is stored for ranking. Storing 10,000 fits
 * spends most of scoreApplication's time building explanations nobody reads, hence this cheaper twin.
 */
export function summarizeFit(application: ApplicationFitInput, asOf: Date): FitSummary {
  const { fit } = domainFit(application, asOf);
  const summary = { score: fit.score, eligible: fit.eligible, met: 0, partial: 0, missing: 0 };
  for (const r of fit.requirements) summary[r.status] += 1;
  return summary;
}
