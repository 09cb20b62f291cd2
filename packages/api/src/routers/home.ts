import type { TRPCRouterRecord } from "@trpc/server";
import { protectedProcedure } from "../trpc";
import { homeSummary } from "../services/home";

export const homeRouter = {
  summary: protectedProcedure.query(({ ctx }) => homeSummary(ctx.db, ctx.user)),
} satisfies TRPCRouterRecord;
