import type { TRPCRouterRecord } from "@trpc/server";
import { applicationRef, hireInput, scorecardSaveInput } from "@portal/validators";
import { hrProcedure, managerProcedure } from "../trpc";
import { getApplication, rescreenApplication } from "../services/hiring/applications";
import { saveScorecard, submitScorecard } from "../services/hiring/scorecards";
import { hireApplication } from "../services/hiring/hire";

/** Heads reach only their department's applications from INTERVIEW on (applicationScope in the services). */
export const applicationsRouter = {
  get: managerProcedure
    .input(applicationRef)
    .query(({ ctx, input }) => getApplication(ctx.db, ctx.user, input.applicationId)),
  rescreen: hrProcedure
    .input(applicationRef)
    .mutation(({ ctx, input }) => rescreenApplication(ctx.db, ctx.user, input.applicationId)),
  /** HR/ADMIN from SCREENING, the department's head from INTERVIEW, until OFFER; each rates only their own card. */
  saveScorecard: managerProcedure
    .input(scorecardSaveInput)
    .mutation(({ ctx, input }) => saveScorecard(ctx.db, ctx.user, input)),
  submitScorecard: managerProcedure
    .input(applicationRef)
    .mutation(({ ctx, input }) => submitScorecard(ctx.db, ctx.user, input.applicationId)),
  hire: hrProcedure.input(hireInput).mutation(({ ctx, input }) => hireApplication(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
