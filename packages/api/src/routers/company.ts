import type { TRPCRouterRecord } from "@trpc/server";
import { companySettingsInput } from "@portal/validators";
import { adminProcedure, protectedProcedure } from "../trpc";
import { companyProfile, updateCompanySettings } from "../services/company";

/** The company's name and logo: everyone signed in reads them (header, certificates); admins change them. */
export const companyRouter = {
  profile: protectedProcedure.query(({ ctx }) => companyProfile(ctx.db)),
  update: adminProcedure
    .input(companySettingsInput)
    .mutation(({ ctx, input }) => updateCompanySettings(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
