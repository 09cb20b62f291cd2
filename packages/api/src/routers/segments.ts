import type { TRPCRouterRecord } from "@trpc/server";
import { byId, segmentInput, segmentList, segmentUpdate } from "@portal/validators";
import { z } from "zod";
import { adminProcedure, protectedProcedure } from "../trpc";
import * as segments from "../services/segments";

export const segmentsRouter = {
  /** Everyone signed in may read segments: they are the company's shared vocabulary of customer groups. */
  list: protectedProcedure.input(segmentList).query(({ ctx, input }) => segments.listSegments(ctx.db, input)),
  byId: protectedProcedure.input(byId).query(({ ctx, input }) => segments.getSegment(ctx.db, input.id)),
  options: protectedProcedure.query(({ ctx }) => segments.segmentOptions(ctx.db)),
  create: adminProcedure
    .input(segmentInput)
    .mutation(({ ctx, input }) => segments.createSegment(ctx.db, ctx.user, input)),
  update: adminProcedure
    .input(segmentUpdate)
    .mutation(({ ctx, input }) => segments.updateSegment(ctx.db, ctx.user, input.id, input.data)),
  setArchived: adminProcedure
    .input(byId.extend({ archived: z.boolean() }))
    .mutation(({ ctx, input }) => segments.setSegmentArchived(ctx.db, ctx.user, input.id, input.archived)),
  delete: adminProcedure
    .input(byId)
    .mutation(({ ctx, input }) => segments.deleteSegment(ctx.db, ctx.user, input.id)),
} satisfies TRPCRouterRecord;
