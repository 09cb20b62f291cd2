import type { TRPCRouterRecord } from "@trpc/server";
import { apiTokenCreateInput, byId } from "@portal/validators";
import { adminProcedure } from "../trpc";
import * as apiTokens from "../services/api-tokens";

/** API tokens for the REST API: admins only (issue 19, item 4). No procedure here accepts a token itself. */
export const apiTokensRouter = {
  list: adminProcedure.query(({ ctx }) => apiTokens.listApiTokens(ctx.db)),
  create: adminProcedure
    .input(apiTokenCreateInput)
    .mutation(({ ctx, input }) => apiTokens.createApiToken(ctx.db, ctx.user, input)),
  revoke: adminProcedure
    .input(byId)
    .mutation(({ ctx, input }) => apiTokens.revokeApiToken(ctx.db, ctx.user, input.id)),
} satisfies TRPCRouterRecord;
