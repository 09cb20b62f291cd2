import type { TRPCRouterRecord } from "@trpc/server";
import {
  capacityWhatIfInput,
  departmentRankingInput,
  personFitInput,
  proposalMovesInput,
  proposalStatusInput,
  staffingApplyInput,
  staffingProposalInput,
} from "@portal/validators";
import { hrProcedure, managerProcedure, protectedProcedure } from "../trpc";
import { departmentRanking, personFit } from "../services/staffing/fit";
import {
  proposalMoves,
  proposalStatus,
  startCapacityWhatIf,
  startProposal,
} from "../services/staffing/proposal";
import { applyMoves } from "../services/staffing/apply";

/** Matching staff to departments by customer-segment expertise. HEAD reads their own departments only. */
export const staffingRouter = {
  /** Scoped like staff records: HR/ADMIN anyone, a HEAD their department's people, STAFF themselves. */
  personFit: protectedProcedure
    .input(personFitInput)
    .query(({ ctx, input }) => personFit(ctx.db, ctx.user, input.staffMemberId)),
  departmentRanking: managerProcedure
    .input(departmentRankingInput)
    .query(({ ctx, input }) => departmentRanking(ctx.db, ctx.user, input.departmentId, input.limit)),
  /** Starts a solve in the solver thread; poll proposalStatus (on any server). */
  startProposal: hrProcedure
    .input(staffingProposalInput)
    .mutation(({ ctx, input }) => startProposal(ctx.db, ctx.user, input)),
  /** "What if this department had N places?" on one of the caller's proposals; poll proposalStatus. */
  capacityWhatIf: hrProcedure
    .input(capacityWhatIfInput)
    .mutation(({ ctx, input }) => startCapacityWhatIf(ctx.db, ctx.user, input)),
  /** Only the user who started a proposal can read it. */
  proposalStatus: hrProcedure
    .input(proposalStatusInput)
    .query(({ ctx, input }) => proposalStatus(ctx.db, ctx.user, input.jobId)),
  /** A page of a done proposal's moves; only the user who started it. */
  proposalMoves: hrProcedure
    .input(proposalMovesInput)
    .query(({ ctx, input }) => proposalMoves(ctx.db, ctx.user, input)),
  applyMoves: hrProcedure
    .input(staffingApplyInput)
    .mutation(({ ctx, input }) => applyMoves(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
