import type { RouterOutputs } from "@portal/api";

export type BoardData = RouterOutputs["pipeline"]["board"];
export type BoardCard = BoardData["columns"][number]["cards"][number];
export type TableRow = RouterOutputs["pipeline"]["table"]["items"][number];
export type CompareData = RouterOutputs["pipeline"]["compare"];
export type StatsData = RouterOutputs["pipeline"]["stats"];
export const stageTone = {
  APPLIED: "neutral",
  SCREENING: "info",
  INTERVIEW: "info",
  OFFER: "warning",
  HIRED: "success",
  REJECTED: "danger",
  WITHDRAWN: "neutral",
} as const;
export const applicationHref = (id: string) => `/hiring/applications/${id}`;
