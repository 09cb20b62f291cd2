/** Shapes the explained fit of an application for the page: target, declared and assessed side by side. */
import type { ProfileRequirement } from "@portal/db";
import { ratingToExpertiseLevel, weightShares } from "@portal/domain";
import type { ApplicationFit, ApplicationForFit } from "./fit";

/** What the requirement asks for, in its own unit. */
export type RequirementTarget =
  | { kind: "EXPERTISE"; segmentId: string; segmentName: string; level: number }
  | { kind: "EXPERIENCE"; years: number }
  | { kind: "LANGUAGE"; language: string; cefr: string }
  | { kind: "CERTIFICATION"; certification: string }
  | { kind: "CRITERION"; criterion: string; rating: number };

function targetOf(row: ProfileRequirement, segmentNames: ReadonlyMap<string, string>): RequirementTarget {
  switch (row.kind) {
    case "EXPERTISE":
      return {
        kind: "EXPERTISE",
        segmentId: row.segmentId!,
        segmentName: segmentNames.get(row.segmentId!) ?? "",
        level: row.level!,
      };
    case "EXPERIENCE":
      return { kind: "EXPERIENCE", years: row.years! };
    case "LANGUAGE":
      return { kind: "LANGUAGE", language: row.language!, cefr: row.cefr! };
    case "CERTIFICATION":
      return { kind: "CERTIFICATION", certification: row.certification! };
    case "CRITERION":
      return { kind: "CRITERION", criterion: row.criterion!, rating: row.rating! };
  }
}

/**
 * What the candidate declared for this requirement, in its unit (null = nothing declared). A criterion is
 * only ever judged at interview, so it has no declared value.
 */
function declaredOf(
  row: ProfileRequirement,
  candidate: ApplicationForFit["candidate"],
): number | string | boolean | null {
  switch (row.kind) {
    case "EXPERTISE":
      return candidate.expertise.find((e) => e.segmentId === row.segmentId)?.level ?? null;
    case "EXPERIENCE":
      return candidate.customerFacingYears;
    case "LANGUAGE":
      return candidate.languages.find((l) => l.language === row.language)?.cefr ?? null;
    case "CERTIFICATION": {
      const wanted = row.certification!.trim().toLowerCase();
      return candidate.certifications.some((c) => c.name.trim().toLowerCase() === wanted);
    }
    case "CRITERION":
      return null;
  }
}

export function explainRequirements(
  app: ApplicationForFit,
  fit: ApplicationFit,
  segmentNames: ReadonlyMap<string, string>,
) {
  const shares = weightShares(app.profile.requirements.map((row) => row.weight));
  return app.profile.requirements.map((row, i) => {
    const r = fit.requirements[i]!;
    return {
      id: row.id,
      kind: row.kind,
      weight: row.weight,
      /** The weight as a share of 100: the points this requirement earns when met. */
      share: shares[i] ?? 0,
      mustHave: row.mustHave,
      target: targetOf(row, segmentNames),
      declared: declaredOf(row, app.candidate),
      assessed: r.assessed,
      /** For expertise: the level the median rating stands for (what the score uses once assessed). */
      assessedLevel:
        row.kind === "EXPERTISE" && r.assessed ? ratingToExpertiseLevel(r.assessed.median) : null,
      usedSource: r.source,
      actual: r.actual,
      status: r.status,
      points: r.points,
    };
  });
}
export type ExplainedRequirement = ReturnType<typeof explainRequirements>[number];
