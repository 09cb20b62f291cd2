import { z } from "zod";
import { candidateStages, rankingSorts } from "./enums";
import { V } from "./messages";
import { id, listQuery, text } from "./common";

const stage = z.enum(candidateStages, { error: V.choose });
const reason = text().trim().max(500, V.tooLong);

/** Positions with their pipeline counts (the /hiring page). */
export const pipelinePositionsInput = listQuery(["segment", "title", "department"] as const);
export type PipelinePositionsInput = z.input<typeof pipelinePositionsInput>;

/** One position's pipeline header (title, department, open headcount, profile version, whether moves are allowed). */
export const pipelinePositionInput = z.object({ positionId: id });

/** The board of one position: the first `perColumn` cards of each stage ("Show more" asks for more). */
export const pipelineBoardInput = z.object({
  positionId: id,
  perColumn: z.number().int().min(1).max(500).default(25),
});

export type RankingSort = (typeof rankingSorts)[number];
/** The ranking table of one position; the default sort is the ranking order (eligible, score, name). */
export const pipelineTableInput = listQuery(rankingSorts).extend({
  positionId: id,
  stage: stage.optional(),
  eligibleOnly: z.boolean().default(false),
});
export type PipelineTableInput = z.input<typeof pipelineTableInput>;

/** A stage move; `expectedStage` is the stage the mover saw, so a stale board cannot overwrite a newer move. */
export const stageMoveInput = z
  .object({ applicationId: id, toStage: stage, expectedStage: stage, reason: reason.default("") })
  .refine((m) => m.toStage !== "REJECTED" || m.reason.length > 0, {
    message: V.rejectionReasonRequired,
    path: ["reason"],
  });
export type StageMoveInput = z.input<typeof stageMoveInput>;

export const bulkRejectInput = z.object({
  applicationIds: z.array(id).min(1, V.required).max(500, V.tooMany),
  reason: reason.min(1, V.rejectionReasonRequired),
});
export type BulkRejectInput = z.input<typeof bulkRejectInput>;

export const compareInput = z.object({
  applicationIds: z.array(id).min(2, V.compareCount).max(4, V.compareCount),
});
export const pipelineStatsInput = z.object({ positionId: id });
