import { scoreFit } from "../fit/score";
import type { PersonAttributes, Requirement, RequirementFit, RequirementStatus } from "../fit/types";
import type { EnrolmentStatus } from "../onboarding/plan";

export type ReadinessStatus = "NOT_STARTED" | "IN_PROGRESS" | "READY_FOR_REVIEW" | "SIGNED_OFF" | "LAPSED";

/** A course the person's placement requires, as the plan sees it now. */
export type RequiredCourseState = {
  courseId: string;
  title: string;
  status: EnrolmentStatus;
  progress: number;
};

/** The sign-off in force: when, and which profile requirements it covered (their `requirementKey`s). */
export type SignOffRecord = { signedOffAt: Date; requirementKeys: readonly string[]; override: boolean };

export type ReadinessInput = {
  /** The position's current profile requirements with their stored ids and keys; empty when it has none. */
  requirements: readonly { id: string; key: string; requirement: Requirement }[];
  person: PersonAttributes;
  courses: readonly RequiredCourseState[];
  signOff: SignOffRecord | null;
  asOf: Date;
};

export type ReadinessItem =
  | ({ kind: "requirement"; requirementId: string; weight: number } & Pick<
      RequirementFit,
      "requirement" | "actual" | "ratio" | "status"
    >)
  | {
      kind: "course";
      courseId: string;
      title: string;
      weight: number;
      courseStatus: EnrolmentStatus;
      ratio: number;
      status: RequirementStatus;
    };

export type LapseReason =
  | { kind: "certificateExpired"; courseId: string; title: string }
  | { kind: "newRequirement"; requirementId: string };

export type Readiness = {
  status: ReadinessStatus;
  /** 0-100, one decimal: the weighted share of everything the position asks for that the person has. */
  percent: number;
  items: ReadinessItem[];
  /** What stands between the person and sign-off: unmet must-haves and unfinished required courses. */
  blockers: ReadinessItem[];
  /** Why a sign-off no longer holds. */
  lapsed: LapseReason[];
  mustHavesMet: boolean;
};

/**
 * Why a sign-off no longer holds: a required course's certificate expired, or the current profile asks for
 * something the sign-off did not cover (compared by `requirementKey`, so a new profile version that copies the
 * same requirements does not lapse it). Needs no facts about the person, so coverage can check sign-offs of a
 * whole company without assessing everyone.
 */
export function signOffLapses(
  signOff: Pick<SignOffRecord, "requirementKeys">,
  requirements: readonly { id: string; key: string }[],
  courses: readonly Pick<RequiredCourseState, "courseId" | "title" | "status">[],
): LapseReason[] {
  const lapsed: LapseReason[] = [];
  for (const c of courses)
    if (c.status === "EXPIRED")
      lapsed.push({ kind: "certificateExpired", courseId: c.courseId, title: c.title });
  const covered = new Set(signOff.requirementKeys);
  for (const r of requirements)
    if (!covered.has(r.key)) lapsed.push({ kind: "newRequirement", requirementId: r.id });
  return lapsed;
}

const courseStatus = (ratio: number): RequirementStatus =>
  ratio >= 1 ? "met" : ratio > 0 ? "partial" : "missing";

/**
 * Readiness of a staff member for their position: the profile's requirements (scored with the same fit as
 * hiring) and the required courses (passed with a valid certificate = met). Every required course is a
 * must-have and weighs as much as the average requirement (1 when the profile is empty), so the percentage
 * reads as "how much of what this position asks for". Status:
 * - SIGNED_OFF while a sign-off holds; LAPSED once a required course's certificate expired or the profile
 *   gained a requirement the sign-off did not cover;
 * - READY_FOR_REVIEW when every must-have requirement is met and every required course passed;
 * - NOT_STARTED when nothing counts yet; IN_PROGRESS otherwise.
 */
export function assessReadiness(input: ReadinessInput): Readiness {
  const fit = scoreFit(
    input.person,
    input.requirements.map((r) => r.requirement),
    input.asOf,
  );
  const requirementItems: ReadinessItem[] = fit.requirements.map((r, i) => ({
    kind: "requirement",
    requirementId: input.requirements[i]!.id,
    weight: r.requirement.weight,
    requirement: r.requirement,
    actual: r.actual,
    ratio: r.ratio,
    status: r.status,
  }));
  const courseWeight =
    input.requirements.length === 0
      ? 1
      : input.requirements.reduce((s, r) => s + r.requirement.weight, 0) / input.requirements.length;
  const courseItems: ReadinessItem[] = input.courses.map((c) => {
    const ratio =
      c.status === "COMPLETED" ? 1 : c.status === "EXPIRED" ? 0 : Math.max(0, Math.min(1, c.progress));
    // Progress on an unfinished course counts towards the percentage but never as met.
    return {
      kind: "course",
      courseId: c.courseId,
      title: c.title,
      weight: courseWeight,
      courseStatus: c.status,
      ratio,
      status: c.status === "COMPLETED" ? "met" : courseStatus(Math.min(ratio, 0.99)),
    };
  });
  const items = [...requirementItems, ...courseItems];
  const totalWeight = items.reduce((s, i) => s + i.weight, 0);
  const percent =
    totalWeight === 0
      ? 100
      : Math.round((1000 * items.reduce((s, i) => s + i.weight * i.ratio, 0)) / totalWeight) / 10;

  const blockers = items.filter((i) => i.status !== "met" && (i.kind === "course" || i.requirement.mustHave));
  const mustHavesMet = blockers.length === 0;
  const lapsed = input.signOff ? signOffLapses(input.signOff, input.requirements, input.courses) : [];
  const started = items.some((i) => i.ratio > 0);
  const status: ReadinessStatus = input.signOff
    ? lapsed.length > 0
      ? "LAPSED"
      : "SIGNED_OFF"
    : mustHavesMet
      ? "READY_FOR_REVIEW"
      : started
        ? "IN_PROGRESS"
        : "NOT_STARTED";
  return { status, percent, items, blockers, lapsed, mustHavesMet };
}

/** One part of a readiness percentage: its share of the whole, how much of it the person has, and the points. */
export type ReadinessPart = {
  /** Percentage points of 100 this part can contribute (weight / total weight), one decimal. */
  share: number;
  /** 0-1: how much of this part the person has (the item's ratio). */
  ratio: number;
  /** Percentage points it contributes now (share x ratio), one decimal. */
  points: number;
};

/**
 * Rounds non-negative values to tenths so that they sum to exactly `targetTenths` / 10 (largest remainder): each
 * value is floored, and the tenths still missing go to the largest remainders.
 */
function tenthsSummingTo(values: readonly number[], targetTenths: number): number[] {
  const scaled = values.map((v) => v * 10);
  const floors = scaled.map((v) => Math.floor(v + 1e-9));
  let missing = targetTenths - floors.reduce((s, f) => s + f, 0);
  const order = scaled
    .map((v, i) => ({ i, rest: v - floors[i]! }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i]! += 1;
    missing--;
  }
  return floors.map((f) => f / 10);
}

/**
 * What a readiness percentage is made of, in the order of `items`: each part's share of 100 (by weight), its
 * ratio and its points, rounded so that the points add up to exactly `assessReadiness`'s percent and the shares
 * to exactly 100.
 */
export function readinessBreakdown(items: readonly Pick<ReadinessItem, "weight" | "ratio">[]): {
  parts: ReadinessPart[];
  percent: number;
} {
  const totalWeight = items.reduce((s, i) => s + i.weight, 0);
  if (totalWeight === 0) return { parts: [], percent: 100 };
  const percentTenths = Math.round((1000 * items.reduce((s, i) => s + i.weight * i.ratio, 0)) / totalWeight);
  const shares = tenthsSummingTo(
    items.map((i) => (100 * i.weight) / totalWeight),
    1000,
  );
  const points = tenthsSummingTo(
    items.map((i) => (100 * i.weight * i.ratio) / totalWeight),
    percentTenths,
  );
  return {
    parts: items.map((i, n) => ({ share: shares[n]!, ratio: i.ratio, points: points[n]! })),
    percent: percentTenths / 10,
  };
}
