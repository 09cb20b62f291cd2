import type { TRPCRouterRecord } from "@trpc/server";
import { byId, segmentInput, segmentList, segmentUpdate } from "@portal/validators";
import { z } from "zod";
import { adminProcedure, protectedProcedure } from "../trpc";
import * as segments from "../services/segments";

/** `scope`: what an API token needs to call each procedure (issue 19); queries read, mutations write. */
export const segmentsRouter = {
  /** Everyone signed in may read segments: they are the company's shared vocabulary of customer groups. */
  list: protectedProcedure
    .meta({ scope: "segments:read" })
    .input(segmentList)
    .query(({ ctx, input }) => segments.listSegments(ctx.db, input)),
  byId: protectedProcedure
    .meta({ scope: "segments:read" })
    .input(byId)
    .query(({ ctx, input }) => segments.getSegment(ctx.db, input.id)),
  options: protectedProcedure
    .meta({ scope: "segments:read" })
    .query(({ ctx }) => segments.segmentOptions(ctx.db)),
  create: adminProcedure
    .meta({ scope: "segments:write" })
    .input(segmentInput)
    .mutation(({ ctx, input }) => segments.createSegment(ctx.db, ctx.user, input)),
  update: adminProcedure
    .meta({ scope: "segments:write" })
    .input(segmentUpdate)
    .mutation(({ ctx, input }) => segments.updateSegment(ctx.db, ctx.user, input.id, input.data)),
  setArchived: adminProcedure
    .meta({ scope: "segments:write" })
    .input(byId.extend({ archived: z.boolean() }))
    .mutation(({ ctx, input }) => segments.setSegmentArchived(ctx.db, ctx.user, input.id, input.archived)),
  delete: adminProcedure
    .meta({ scope: "segments:write" })
    .input(byId)
    .mutation(({ ctx, input }) => segments.deleteSegment(ctx.db, ctx.user, input.id)),
} satisfies TRPCRouterRecord;
