import type { TRPCRouterRecord } from "@trpc/server";
import { coverageTrendQuery, timeToSignOffQuery } from "@portal/validators";
import { z } from "zod";
import { managerProcedure } from "../trpc";
import { coverageFor, coverageTrendFor, timeToSignOffFor } from "../services/coverage/company";

/**
 * Coverage of customer segments by ready people (ADMIN and HR: the company; HEAD: their own segments and
 * departments; STAFF: refused by the role check). No personal data: counts, dates and durations only.
 */
export const coverageRouter = {
  overview: managerProcedure.input(z.object({}).optional()).query(({ ctx }) => coverageFor(ctx.db, ctx.user)),
  trend: managerProcedure
    .input(coverageTrendQuery)
    .query(({ ctx, input }) => coverageTrendFor(ctx.db, ctx.user, input)),
  timeToSignOff: managerProcedure
    .input(timeToSignOffQuery)
    .query(({ ctx, input }) => timeToSignOffFor(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
