import type { TRPCRouterRecord } from "@trpc/server";
import { digestQuery, setDigestEmailInput } from "@portal/validators";
import { protectedProcedure } from "../trpc";
import { myDigest, setDigestEmail } from "../services/digest";

/** The weekly digest (issue 18, item 5): everyone signed in reads and sets only their own. */
export const digestRouter = {
  mine: protectedProcedure.input(digestQuery).query(({ ctx, input }) => myDigest(ctx.db, ctx.user, input)),
  setEmail: protectedProcedure
    .input(setDigestEmailInput)
    .mutation(({ ctx, input }) => setDigestEmail(ctx.db, ctx.user, input.enabled)),
} satisfies TRPCRouterRecord;
