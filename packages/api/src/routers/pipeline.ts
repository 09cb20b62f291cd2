import type { TRPCRouterRecord } from "@trpc/server";
import {
  bulkRejectInput,
  compareInput,
  pipelineBoardInput,
  pipelinePositionInput,
  pipelinePositionsInput,
  pipelineStatsInput,
  pipelineTableInput,
  stageMoveInput,
} from "@portal/validators";
import { hrProcedure, managerProcedure } from "../trpc";
import * as read from "../services/hiring/pipeline/read";
import * as move from "../services/hiring/pipeline/move";
import { pipelineStats } from "../services/hiring/pipeline/stats";

/**
 * Reads: HR/ADMIN everything; a HEAD only their department's positions and, within them, applications from
 * INTERVIEW on (applicationScope in every service query). Moves: HR/ADMIN only; HIRED only via the hire action.
 */
export const pipelineRouter = {
  positions: managerProcedure
    .input(pipelinePositionsInput)
    .query(({ ctx, input }) => read.listPipelinePositions(ctx.db, ctx.user, input)),
  position: managerProcedure
    .input(pipelinePositionInput)
    .query(({ ctx, input }) => read.pipelinePosition(ctx.db, ctx.user, input.positionId)),
  board: managerProcedure
    .input(pipelineBoardInput)
    .query(({ ctx, input }) => read.pipelineBoard(ctx.db, ctx.user, input.positionId, input.perColumn)),
  table: managerProcedure
    .input(pipelineTableInput)
    .query(({ ctx, input }) => read.pipelineTable(ctx.db, ctx.user, input)),
  compare: managerProcedure
    .input(compareInput)
    .query(({ ctx, input }) => read.compareApplications(ctx.db, ctx.user, input.applicationIds)),
  stats: managerProcedure
    .input(pipelineStatsInput)
    .query(({ ctx, input }) => pipelineStats(ctx.db, ctx.user, input.positionId)),
  move: hrProcedure
    .input(stageMoveInput)
    .mutation(({ ctx, input }) => move.moveApplication(ctx.db, ctx.user, input)),
  bulkReject: hrProcedure
    .input(bulkRejectInput)
    .mutation(({ ctx, input }) => move.bulkReject(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
