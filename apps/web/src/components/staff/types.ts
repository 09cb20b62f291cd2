import type { RouterOutputs } from "@portal/api";

export type StaffDetailData = RouterOutputs["staff"]["byId"];
export type ExpertiseRow = StaffDetailData["expertise"][number];
export type HistoryRow = StaffDetailData["expertiseChanges"][number];
export type ImportResult = RouterOutputs["staff"]["importCsv"];
export const statusTone = { ONBOARDING: "info", ACTIVE: "success", LEFT: "neutral" } as const;
