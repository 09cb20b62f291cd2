import type { TRPCRouterRecord } from "@trpc/server";
import { passwordResetInput, passwordResetRequestInput, passwordResetTokenInput } from "@portal/validators";
import { UNKNOWN_ADDRESS } from "@portal/auth/throttle";
import { ssoSettings } from "@portal/auth/sso";
import { AppError } from "../errors";
import { publicProcedure } from "../trpc";
import * as passwordReset from "../services/password-reset";

/** With password sign-in turned off (PASSWORD_SIGNIN=false) a reset would set a password nobody can use. */
const whilePasswordsSignIn = publicProcedure.use(({ next }) => {
  if (!ssoSettings().passwordSignIn) throw new AppError("FORBIDDEN", "passwordSignInOff");
  return next();
});

/** "Forgot password" (issue 19): public, like the sign-in it stands in for; the link is the credential. */
export const passwordResetRouter = {
  /** The same empty answer whether or not an account has the e-mail. */
  request: whilePasswordsSignIn.input(passwordResetRequestInput).mutation(async ({ ctx, input }) => {
    await passwordReset.requestPasswordReset(ctx.db, input, ctx.mailer, {
      address: ctx.ip === UNKNOWN_ADDRESS ? null : ctx.ip,
    });
    return { requested: true as const };
  }),
  /** Whether a link still works, so the page can say so before a new password is typed. */
  linkState: whilePasswordsSignIn
    .input(passwordResetTokenInput)
    .query(({ ctx, input }) => passwordReset.resetLinkState(ctx.db, input.token)),
  complete: whilePasswordsSignIn
    .input(passwordResetInput)
    .mutation(({ ctx, input }) => passwordReset.resetPassword(ctx.db, input)),
} satisfies TRPCRouterRecord;
