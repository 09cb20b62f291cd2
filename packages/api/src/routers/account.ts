import type { TRPCRouterRecord } from "@trpc/server";
import { changePasswordInput, setLocaleInput, setTimeZoneInput } from "@portal/validators";
import { UNKNOWN_ADDRESS } from "@portal/auth/throttle";
import { protectedProcedure, publicProcedure } from "../trpc";
import * as account from "../services/account";

export const accountRouter = {
  /** Anyone may ask who they are; anonymous callers get null. */
  me: publicProcedure.query(({ ctx }) => ctx.user),
  changePassword: protectedProcedure
    .meta({ allowPendingPasswordChange: true })
    .input(changePasswordInput)
    .mutation(({ ctx, input }) =>
      account.changePassword(ctx.db, ctx.user, input, ctx.ip === UNKNOWN_ADDRESS ? null : ctx.ip),
    ),
  setLocale: protectedProcedure
    .meta({ allowPendingPasswordChange: true })
    .input(setLocaleInput)
    .mutation(({ ctx, input }) => account.setLocale(ctx.db, ctx.user, input.locale)),
  setTimeZone: protectedProcedure
    .meta({ allowPendingPasswordChange: true })
    .input(setTimeZoneInput)
    .mutation(({ ctx, input }) => account.setTimeZone(ctx.db, ctx.user, input.timeZone)),
} satisfies TRPCRouterRecord;
