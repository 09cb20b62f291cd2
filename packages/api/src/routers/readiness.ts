import type { TRPCRouterRecord } from "@trpc/server";
import {
  readinessExportQuery,
  readinessTeamQuery,
  revokeSignOffInput,
  signOffInput,
  staffAssessmentInput,
  staffMemberRef,
} from "@portal/validators";
import { z } from "zod";
import { managerProcedure, protectedProcedure, roleProcedure } from "../trpc";
import { assessStaff } from "../services/readiness/assess";
import { exportReadinessCsv } from "../services/readiness/export";
import { myReadiness, personReadiness } from "../services/readiness/person";
import { revokeSignOff, signOff } from "../services/readiness/sign-off";
import { readinessMatrix } from "../services/readiness/team";
import { personTimeline } from "../services/readiness/timeline";

/** Sign-off belongs to the person's head (and admins); HR reviews and assesses but does not sign off. */
const signOffProcedure = roleProcedure("ADMIN", "HEAD");

/** Readiness of people for their position: the head dashboard, one person explained, sign-off. */
export const readinessRouter = {
  matrix: managerProcedure
    .input(readinessTeamQuery)
    .query(({ ctx, input }) => readinessMatrix(ctx.db, ctx.user, input)),
  exportCsv: managerProcedure
    .input(readinessExportQuery)
    .query(({ ctx, input }) => exportReadinessCsv(ctx.db, ctx.user, input)),
  person: protectedProcedure
    .input(staffMemberRef)
    .query(({ ctx, input }) => personReadiness(ctx.db, ctx.user, input.staffMemberId)),
  /** A staff member's own readiness ("what stands between me and sign-off"). */
  mine: protectedProcedure.input(z.object({}).optional()).query(({ ctx }) => myReadiness(ctx.db, ctx.user)),
  timeline: protectedProcedure
    .input(staffMemberRef)
    .query(({ ctx, input }) => personTimeline(ctx.db, ctx.user, input.staffMemberId)),
  signOff: signOffProcedure
    .input(signOffInput)
    .mutation(({ ctx, input }) => signOff(ctx.db, ctx.user, input)),
  revoke: signOffProcedure
    .input(revokeSignOffInput)
    .mutation(({ ctx, input }) => revokeSignOff(ctx.db, ctx.user, input)),
  assess: managerProcedure
    .input(staffAssessmentInput)
    .mutation(({ ctx, input }) => assessStaff(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
