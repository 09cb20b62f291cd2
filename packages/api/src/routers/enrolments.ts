import type { TRPCRouterRecord } from "@trpc/server";
import { byId, courseRuleCreate, enrolmentProgressList, id, manualEnrolInput } from "@portal/validators";
import { z } from "zod";
import { hrProcedure, managerProcedure } from "../trpc";
import { addRule, listRules, removeRule } from "../services/onboarding/rules";
import { enrolManually, listProgress } from "../services/onboarding/enrolments";

/** Who must take which course: rules (HR), manual enrolment (HR, heads for their own people), progress for others. */
export const enrolmentsRouter = {
  rules: hrProcedure
    .input(z.object({ courseId: id }))
    .query(({ ctx, input }) => listRules(ctx.db, input.courseId)),
  addRule: hrProcedure.input(courseRuleCreate).mutation(({ ctx, input }) => addRule(ctx.db, ctx.user, input)),
  removeRule: hrProcedure.input(byId).mutation(({ ctx, input }) => removeRule(ctx.db, ctx.user, input.id)),
  enrol: managerProcedure
    .input(manualEnrolInput)
    .mutation(({ ctx, input }) => enrolManually(ctx.db, ctx.user, input)),
  progress: managerProcedure
    .input(enrolmentProgressList)
    .query(({ ctx, input }) => listProgress(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
