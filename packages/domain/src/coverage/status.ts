import {
  signOffLapses,
  type ReadinessStatus,
  type RequiredCourseState,
  type SignOffRecord,
} from "../readiness/readiness";

/**
 * What coverage counts: ready people are those SIGNED_OFF (a lapsed sign-off does not count); NOT_STARTED and
 * IN_PROGRESS are both still onboarding.
 */
export type CoverageStatus = "SIGNED_OFF" | "LAPSED" | "READY_FOR_REVIEW" | "ONBOARDING";

export function coverageStatusOf(status: ReadinessStatus): CoverageStatus {
  return status === "NOT_STARTED" || status === "IN_PROGRESS" ? "ONBOARDING" : status;
}

export type StatusShortcutInput = {
  /** The current profile's requirements: only their keys and must-have flags matter here. */
  requirements: readonly { id: string; key: string; mustHave: boolean }[];
  courses: readonly RequiredCourseState[];
  signOff: Pick<SignOffRecord, "requirementKeys"> | null;
};

/**
 * The coverage status of a person when it follows from their sign-off and courses alone, or null when it
 * depends on their facts (expertise, assessments...) and needs the full `assessReadiness`. The same rules:
 * - a sign-off holds unless `signOffLapses` finds a reason (SIGNED_OFF / LAPSED);
 * - without one, an unfinished required course is a blocker, so the person is still onboarding;
 * - with every course passed and no must-have requirement, nothing can block: READY_FOR_REVIEW.
 * Only people with every course passed and must-have requirements are left to assess, usually few.
 */
export function coverageStatusWithoutFacts(input: StatusShortcutInput): CoverageStatus | null {
  if (input.signOff)
    return signOffLapses(input.signOff, input.requirements, input.courses).length > 0
      ? "LAPSED"
      : "SIGNED_OFF";
  if (input.courses.some((c) => c.status !== "COMPLETED")) return "ONBOARDING";
  return input.requirements.some((r) => r.mustHave) ? null : "READY_FOR_REVIEW";
}
