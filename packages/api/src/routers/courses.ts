import type { TRPCRouterRecord } from "@trpc/server";
import {
  byId,
  id,
  courseContentSave,
  courseDetailsInput,
  courseDetailsUpdate,
  courseExportInput,
  courseImportInput,
  courseList,
  scenarioFromStoryInput,
} from "@portal/validators";
import { z } from "zod";
import { hrProcedure, managerProcedure } from "../trpc";
import * as courses from "../services/onboarding/courses";
import { exportCourse, importCourse } from "../services/onboarding/course-transfer";
import { questionStats } from "../services/onboarding/question-stats";
import { scenarioFromStory } from "../services/onboarding/story-scenarios";

/** Course authoring: HR and admins. Learners reach content through the learning router, never with answers. */
export const coursesRouter = {
  list: hrProcedure.input(courseList).query(({ ctx, input }) => courses.listCourses(ctx.db, input)),
  /** Titles of published courses, for heads too (they enrol their own people and filter their progress). */
  options: managerProcedure.query(({ ctx }) => courses.courseOptions(ctx.db)),
  byId: hrProcedure.input(byId).query(({ ctx, input }) => courses.getCourse(ctx.db, input.id)),
  create: hrProcedure
    .input(courseDetailsInput)
    .mutation(({ ctx, input }) => courses.createCourse(ctx.db, ctx.user, input)),
  updateDetails: hrProcedure
    .input(courseDetailsUpdate)
    .mutation(({ ctx, input }) => courses.updateCourseDetails(ctx.db, ctx.user, input.id, input.data)),
  saveContent: hrProcedure
    .input(courseContentSave)
    .mutation(({ ctx, input }) => courses.saveCourseContent(ctx.db, ctx.user, input.courseId, input.content)),
  publish: hrProcedure
    .input(byId)
    .mutation(({ ctx, input }) => courses.publishCourse(ctx.db, ctx.user, input.id)),
  discardDraft: hrProcedure
    .input(byId)
    .mutation(({ ctx, input }) => courses.discardDraft(ctx.db, ctx.user, input.id)),
  setArchived: hrProcedure
    .input(byId.extend({ archived: z.boolean() }))
    .mutation(({ ctx, input }) => courses.setCourseArchived(ctx.db, ctx.user, input.id, input.archived)),
  exportFile: hrProcedure
    .input(courseExportInput)
    .query(({ ctx, input }) => exportCourse(ctx.db, input.courseId, input.which)),
  importFile: hrProcedure
    .input(courseImportInput)
    .mutation(({ ctx, input }) => importCourse(ctx.db, ctx.user, input.json)),
  /**
   * A published service story as a scenario for the draft (issue 18): returned to the editor, saved with the
   * content. Stories the caller may not open are "not found"; unpublished ones are refused.
   */
  scenarioFromStory: hrProcedure
    .input(scenarioFromStoryInput)
    .query(({ ctx, input }) => scenarioFromStory(ctx.db, ctx.user, input)),
  /** Per-question failure rates over every submitted attempt, so authors see which questions to fix. */
  questionStats: hrProcedure
    .input(z.object({ courseId: id }))
    .query(({ ctx, input }) => questionStats(ctx.db, input.courseId)),
} satisfies TRPCRouterRecord;
