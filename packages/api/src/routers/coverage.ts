import type { TRPCRouterRecord } from "@trpc/server";
import { coverageSegmentQuery, coverageTrendQuery, timeToSignOffQuery } from "@portal/validators";
import { z } from "zod";
import { managerProcedure } from "../trpc";
import {
  coverageSummaryFor,
  coverageTrendFor,
  segmentDepartmentsFor,
  timeToSignOffFor,
} from "../services/coverage/company";

/**
 * Coverage of customer segments by ready people (ADMIN and HR: the company; HEAD: their own segments and
 * departments; STAFF: refused by the role check). No personal data: counts, dates and durations only.
 */
export const coverageRouter = {
  overview: managerProcedure
    .input(z.object({}).optional())
    .query(({ ctx }) => coverageSummaryFor(ctx.db, ctx.user)),
  segmentDepartments: managerProcedure
    .input(coverageSegmentQuery)
    .query(({ ctx, input }) => segmentDepartmentsFor(ctx.db, ctx.user, input.segmentId)),
  trend: managerProcedure
    .input(coverageTrendQuery)
    .query(({ ctx, input }) => coverageTrendFor(ctx.db, ctx.user, input)),
  timeToSignOff: managerProcedure
    .input(timeToSignOffQuery)
    .query(({ ctx, input }) => timeToSignOffFor(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
