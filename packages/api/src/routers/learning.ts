import type { TRPCRouterRecord } from "@trpc/server";
import {
  attemptSubmitInput,
  byId,
  certificateCodeInput,
  enrolmentItemInput,
  id,
  scenarioChoiceInput,
} from "@portal/validators";
import type { Answer } from "@portal/domain";
import { z } from "zod";
import { protectedProcedure, publicProcedure } from "../trpc";
import {
  chooseResponse,
  completeLesson,
  learnerCourse,
  myPlan,
  retakeCourse,
} from "../services/onboarding/learning";
import { attemptResult, startAttempt, submitAttempt } from "../services/onboarding/quiz-attempts";
import { certificateForViewer, verifyCertificate } from "../services/onboarding/certificates";

/**
 * The learner's side. Every procedure reads only the caller's own enrolments (ownership in the service), so
 * any signed-in role with a staff record can learn; answers are graded on the server.
 */
export const learningRouter = {
  plan: protectedProcedure
    .input(z.object({}).optional())
    .query(({ ctx }) => myPlan(ctx.db, ctx.user, ctx.user.locale)),
  course: protectedProcedure
    .input(z.object({ enrolmentId: id }))
    .query(({ ctx, input }) => learnerCourse(ctx.db, ctx.user, input.enrolmentId, ctx.user.locale)),
  completeLesson: protectedProcedure
    .input(enrolmentItemInput)
    .mutation(({ ctx, input }) => completeLesson(ctx.db, ctx.user, input.enrolmentId, input.itemId)),
  chooseResponse: protectedProcedure
    .input(scenarioChoiceInput)
    .mutation(({ ctx, input }) =>
      chooseResponse(ctx.db, ctx.user, input.enrolmentId, input.itemId, input.responseId, ctx.user.locale),
    ),
  retake: protectedProcedure
    .input(z.object({ enrolmentId: id }))
    .mutation(({ ctx, input }) => retakeCourse(ctx.db, ctx.user, input.enrolmentId)),
  startAttempt: protectedProcedure
    .input(enrolmentItemInput)
    .mutation(({ ctx, input }) =>
      startAttempt(ctx.db, ctx.user, input.enrolmentId, input.itemId, ctx.user.locale),
    ),
  submitAttempt: protectedProcedure
    .input(attemptSubmitInput)
    .mutation(({ ctx, input }) =>
      submitAttempt(
        ctx.db,
        ctx.user,
        input.attemptId,
        input.answers as Record<string, Answer>,
        ctx.user.locale,
      ),
    ),
  attemptResult: protectedProcedure
    .input(z.object({ attemptId: id }))
    .query(({ ctx, input }) => attemptResult(ctx.db, ctx.user, input.attemptId, ctx.user.locale)),
  certificate: protectedProcedure
    .input(byId)
    .query(({ ctx, input }) => certificateForViewer(ctx.db, ctx.user, input.id)),
  /** Anyone holding a printed certificate can check it; it reveals only holder, course and validity. */
  verifyCertificate: publicProcedure
    .input(certificateCodeInput)
    .query(({ ctx, input }) => verifyCertificate(ctx.db, input.code)),
} satisfies TRPCRouterRecord;
