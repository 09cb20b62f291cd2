import type { RouterOutputs } from "@portal/api";

export type CandidateDetail = RouterOutputs["candidates"]["get"];
export type CandidateListItem = RouterOutputs["candidates"]["list"]["items"][number];
export type ImportPreviewResult = RouterOutputs["candidates"]["importPreview"];
export type ImportPreviewRow = ImportPreviewResult["rows"][number];
export type ImportCommitResult = RouterOutputs["candidates"]["importCommit"];

export const stageTone = {
  APPLIED: "neutral",
  SCREENING: "info",
  INTERVIEW: "info",
  OFFER: "warning",
  HIRED: "success",
  REJECTED: "danger",
  WITHDRAWN: "neutral",
} as const;
