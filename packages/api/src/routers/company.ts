import type { TRPCRouterRecord } from "@trpc/server";
import { companySettingsInput } from "@portal/validators";
import { adminProcedure, publicProcedure } from "../trpc";
import { companyProfile, updateCompanySettings } from "../services/company";

/**
 * The company's name and logo: anyone reads them, signed in or not (the header, the sign-in page, certificates and
 * the public certificate check show them; a printed certificate carries them anyway); admins change them.
 */
export const companyRouter = {
  profile: publicProcedure.query(({ ctx }) => companyProfile(ctx.db)),
  update: adminProcedure
    .input(companySettingsInput)
    .mutation(({ ctx, input }) => updateCompanySettings(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
