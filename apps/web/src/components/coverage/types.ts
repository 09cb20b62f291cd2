import type { RouterOutputs } from "@portal/api";
import { timeToSignOffPageSize, type TimeToSignOffQuery } from "@portal/validators";

export type CoverageOverview = RouterOutputs["coverage"]["overview"];
export type SegmentCoverage = CoverageOverview["segments"][number];
export type CoverageFlag = CoverageOverview["flags"][number];
export type SegmentDepartments = RouterOutputs["coverage"]["segmentDepartments"];
export type TimeToSignOff = RouterOutputs["coverage"]["timeToSignOff"];
export type CoverageTrend = RouterOutputs["coverage"]["trend"];
export type TrendPoint = CoverageTrend["segments"][number]["points"][number];

/** Colours of the chart series, dark enough against white (WCAG non-text contrast 3:1). */
export const seriesColor = {
  signedOff: "#15803d",
  target: "#4b5563",
  readyForReview: "#1d4ed8",
  onboarding: "#b45309",
} as const;

/** Weeks of the trend section: its query's input, which the page's server component prefetches with it. */
export const TREND_WEEKS = 12;

/** The time-to-sign-off tables' first pages: the section's first query, which the page's server component prefetches. */
export const TIME_TO_SIGN_OFF_FIRST_PAGES = {
  departments: { page: 1, pageSize: timeToSignOffPageSize },
  positions: { page: 1, pageSize: timeToSignOffPageSize },
} as const satisfies TimeToSignOffQuery;

/** A viewer with this many segments or fewer (a head) sees their departments at once; more come a row each. */
export const OPEN_WHEN_AT_MOST = 3;
