import type { RouterOutputs } from "@portal/api";

export type ApplicationData = RouterOutputs["applications"]["get"];
export type RequirementRow = ApplicationData["requirements"][number];
export type ScorecardData = ApplicationData["scorecards"][number];
export type StageValue = ApplicationData["stage"];

export const stageTone = {
  APPLIED: "neutral",
  SCREENING: "info",
  INTERVIEW: "info",
  OFFER: "warning",
  HIRED: "success",
  REJECTED: "danger",
  WITHDRAWN: "neutral",
} as const;
export const statusTone = { met: "success", partial: "warning", missing: "danger" } as const;
