/**
 * The value lists of the enums, without zod: list pages, filters and labels in the browser import these (through
 * the package index, which has no side effects) without loading zod and every schema (tooling/bench-load/BENCHMARKS.md,
 * first-load JavaScript). The schemas build their `z.enum`s from the same lists.
 */

export const roles = ["ADMIN", "HR", "HEAD", "STAFF"] as const;
export const segmentKinds = ["INDIVIDUALS", "ORGANIZATIONS", "GOVERNMENT"] as const;
export const genderFocuses = ["ANY", "FEMALE", "MALE"] as const;
export const socioeconomicLevels = ["ANY", "LOW", "LOWER_MIDDLE", "MIDDLE", "UPPER_MIDDLE", "HIGH"] as const;
export const staffStatuses = ["ONBOARDING", "ACTIVE", "LEFT"] as const;
export const expertiseSources = ["SELF", "ASSESSED", "TRAINING"] as const;

export const cefrLevels = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export const requirementKinds = [
  "EXPERTISE",
  "EXPERIENCE",
  "LANGUAGE",
  "CERTIFICATION",
  "CRITERION",
] as const;
/** Pipeline stages in order; REJECTED and WITHDRAWN end an application early. */
export const candidateStages = [
  "APPLIED",
  "SCREENING",
  "INTERVIEW",
  "OFFER",
  "HIRED",
  "REJECTED",
  "WITHDRAWN",
] as const;

/** What a piece of front-line feedback is (labels: messages `feedback.kinds`). */
export const feedbackKinds = ["NEED", "COMPLAINT", "SUGGESTION", "PRAISE", "COMPETITOR"] as const;
/** Where a piece of feedback stands (labels: messages `feedback.statuses`); DONE and WONT_DO close it. */
export const feedbackStatuses = ["NEW", "ACKNOWLEDGED", "PLANNED", "DONE", "WONT_DO"] as const;

export const rankingSorts = ["fit", "name", "stage", "daysInStage"] as const;

export const readinessStatuses = [
  "NOT_STARTED",
  "IN_PROGRESS",
  "READY_FOR_REVIEW",
  "SIGNED_OFF",
  "LAPSED",
] as const;

/** Fixed columns of the staff CSV; every other column named `expertise:<segment name>` holds a level 0-4. */
export const staffCsvColumns = ["email", "name", "department", "position", "start_date", "status"] as const;

export const storySorts = ["relevance", "newest", "useful"] as const;
