import type { TRPCRouterRecord } from "@trpc/server";
import {
  storyByIdInput,
  storyCommentInput,
  storyModerateInput,
  storyOwnListInput,
  storyQueueInput,
  storySaveInput,
  storySearchInput,
  storyUsefulInput,
} from "@portal/validators";
import { forbidden } from "../errors";
import { managerProcedure, protectedProcedure } from "../trpc";
import { getStory, storyOptions } from "../services/stories/read";
import { moderationQueue, myStories, searchStories } from "../services/stories/search";
import { saveStory, submitStory } from "../services/stories/write";
import { moderateStory } from "../services/stories/moderate";
import { commentOnStory, setStoryUseful } from "../services/stories/engage";

/** Stories are read by everyone with a staff record, and by every head, HR and admin (before input parsing). */
const storyReaderProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role === "STAFF" && !ctx.user.hasStaffRecord) throw forbidden("storiesNeedStaffRecord");
  return next();
});

/**
 * Service stories (issue 18): colleagues' stories of serving a customer segment, moderated before they are
 * published, searched in each story's own language. Scopes live in services/stories/access.ts.
 */
export const storiesRouter = {
  /** Segments, departments and tags for the form and filters, the caller's defaults and abilities. */
  options: storyReaderProcedure.query(({ ctx }) => storyOptions(ctx.db, ctx.user)),
  /** Published stories: full-text search in each story's language, filters, pages. */
  search: storyReaderProcedure
    .input(storySearchInput)
    .query(({ ctx, input }) => searchStories(ctx.db, ctx.user, input)),
  /** The caller's own stories, every status. */
  mine: storyReaderProcedure
    .input(storyOwnListInput)
    .query(({ ctx, input }) => myStories(ctx.db, ctx.user, input)),
  /** Submitted stories of the segments the caller moderates (HR/ADMIN all; a HEAD their departments'). */
  queue: managerProcedure
    .input(storyQueueInput)
    .query(({ ctx, input }) => moderationQueue(ctx.db, ctx.user, input)),
  /** A story the caller may open (published, their own, or in moderation within their scope), else not found. */
  get: storyReaderProcedure
    .input(storyByIdInput)
    .query(({ ctx, input }) => getStory(ctx.db, ctx.user, input.id)),
  /** Create (no id) or update the caller's draft or returned story; needs a staff record. */
  save: storyReaderProcedure
    .input(storySaveInput)
    .mutation(({ ctx, input }) => saveStory(ctx.db, ctx.user, input)),
  submit: storyReaderProcedure
    .input(storyByIdInput)
    .mutation(({ ctx, input }) => submitStory(ctx.db, ctx.user, input.id)),
  /** Publish, return with a comment or decline with a reason (moderators in scope only). */
  moderate: managerProcedure
    .input(storyModerateInput)
    .mutation(({ ctx, input }) => moderateStory(ctx.db, ctx.user, input)),
  setUseful: storyReaderProcedure
    .input(storyUsefulInput)
    .mutation(({ ctx, input }) => setStoryUseful(ctx.db, ctx.user, input)),
  comment: storyReaderProcedure
    .input(storyCommentInput)
    .mutation(({ ctx, input }) => commentOnStory(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
