import { measure } from "./measure";
import { apportionTenths, weightShares } from "./points";
import type { FitResult, PersonAttributes, Requirement, RequirementStatus } from "./types";

function statusOf(ratio: number): RequirementStatus {
  if (ratio >= 1) return "met";
  return ratio > 0 ? "partial" : "missing";
}

/**
 * Fit of a person against requirements:
 * score = 100 * Σ w_i * ratio_i / Σ w_i, ratio_i = min(actual_i, target_i) / target_i (see README).
 * `asOf` decides certificate expiry, so the result depends only on the arguments.
 */
export function scoreFit(
  person: PersonAttributes,
  requirements: readonly Requirement[],
  asOf: Date,
): FitResult {
  if (requirements.length === 0) return { score: 100, eligible: true, requirements: [] };
  for (const r of requirements) {
    if (!(r.weight > 0) || !Number.isFinite(r.weight)) {
      throw new RangeError(`Requirement weight must be a positive finite number, got ${r.weight}`);
    }
  }
  const totalWeight = requirements.reduce((sum, r) => sum + r.weight, 0);
  const measured = requirements.map((requirement) => ({
    requirement,
    ...measure(person, requirement, asOf),
  }));
  const { total, parts } = apportionTenths(
    measured.map((m) => (100 * m.requirement.weight * m.ratio) / totalWeight),
  );
  const shares = weightShares(requirements.map((r) => r.weight));
  const items = measured.map((m, i) => ({
    requirement: m.requirement,
    actual: m.actual,
    ratio: m.ratio,
    status: statusOf(m.ratio),
    share: shares[i] ?? 0,
    points: parts[i] ?? 0,
  }));
  return {
    score: total,
    eligible: items.every((item) => !item.requirement.mustHave || item.status === "met"),
    requirements: items,
  };
}
