import type { TRPCRouterRecord } from "@trpc/server";
import {
  dueForRetentionQuery,
  eraseCandidateInput,
  privacyCandidateSearch,
  retentionMonthsInput,
} from "@portal/validators";
import { adminProcedure, hrProcedure } from "../trpc";
import * as privacy from "../services/hiring/privacy";

/** Candidate personal data is for HR and ADMIN only; changing the retention period and running it is ADMIN's. */
export const privacyRouter = {
  retention: hrProcedure.query(({ ctx }) => privacy.retentionSettings(ctx.db)),
  setRetention: adminProcedure
    .input(retentionMonthsInput)
    .mutation(({ ctx, input }) => privacy.setRetentionMonths(ctx.db, ctx.user, input.months)),
  dueForRetention: hrProcedure
    .input(dueForRetentionQuery)
    .query(({ ctx, input }) => privacy.listDueForRetention(ctx.db, ctx.user, input)),
  runRetention: adminProcedure.mutation(({ ctx }) => privacy.runRetention(ctx.db, ctx.user)),
  candidates: hrProcedure
    .input(privacyCandidateSearch)
    .query(({ ctx, input }) => privacy.findCandidates(ctx.db, ctx.user, input.search, input.candidateId)),
  erase: hrProcedure
    .input(eraseCandidateInput)
    .mutation(({ ctx, input }) =>
      privacy.eraseCandidate(ctx.db, ctx.user, input.candidateId, input.confirmName),
    ),
} satisfies TRPCRouterRecord;
