import type { TRPCRouterRecord } from "@trpc/server";
import {
  byId,
  feedbackEdit,
  feedbackInput,
  feedbackInsightQuery,
  feedbackList,
  feedbackRespond,
} from "@portal/validators";
import { z } from "zod";
import { managerProcedure, protectedProcedure } from "../trpc";
import {
  createFeedback,
  editFeedback,
  feedbackById,
  listFeedback,
  respondToFeedback,
} from "../services/feedback/items";
import { feedbackInsight, insightSegments } from "../services/feedback/insight";

/**
 * Front-line feedback (issue 18). Anyone signed in files feedback and reads their own; a head reads their
 * segments' (a head of another segment: not found), HR and ADMIN all (services/feedback/scope.ts). Only the author
 * edits an item; the segment's heads and HR/ADMIN set its status and reply. Nothing is deleted.
 */
export const feedbackRouter = {
  list: protectedProcedure
    .input(feedbackList)
    .query(({ ctx, input }) => listFeedback(ctx.db, ctx.user, input)),
  byId: protectedProcedure.input(byId).query(({ ctx, input }) => feedbackById(ctx.db, ctx.user, input.id)),
  create: protectedProcedure
    .input(feedbackInput)
    .mutation(({ ctx, input }) => createFeedback(ctx.db, ctx.user, input)),
  update: protectedProcedure
    .input(feedbackEdit)
    .mutation(({ ctx, input }) => editFeedback(ctx.db, ctx.user, input)),
  respond: managerProcedure
    .input(feedbackRespond)
    .mutation(({ ctx, input }) => respondToFeedback(ctx.db, ctx.user, input)),
  /** Segment insight over time: a head their segments, HR and ADMIN all. */
  insightSegments: managerProcedure
    .input(z.object({}).optional())
    .query(({ ctx }) => insightSegments(ctx.db, ctx.user)),
  insight: managerProcedure
    .input(feedbackInsightQuery)
    .query(({ ctx, input }) => feedbackInsight(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
