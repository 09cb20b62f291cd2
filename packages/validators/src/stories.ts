import { z } from "zod";
import { storySorts } from "./enums";
import { V } from "./messages";
import { id, optionalText, requiredText, searchText, text, timestamp } from "./common";
import { locales } from "./locales";

/**
 * Service stories (issue 18): a colleague's story of serving a customer segment. The four body fields are
 * Markdown, rendered sanitized like lessons. A draft may be incomplete; submitting asks for every field.
 */
export const storyStatuses = ["DRAFT", "SUBMITTED", "PUBLISHED", "RETURNED", "DECLINED"] as const;
export type StoryStatus = (typeof storyStatuses)[number];

/** The Markdown fields, in the order a story is told (and a submitted story must fill). */
export const storyBodyFields = ["situation", "action", "outcome", "lesson"] as const;
export type StoryBodyField = (typeof storyBodyFields)[number];

export const storyLimits = {
  title: 160,
  body: 8000,
  tag: 40,
  tags: 10,
  comment: 2000,
  reason: 2000,
} as const;

/** Situation tags: trimmed, lower-cased (so filters match however they were typed), each once. */
export const storyTags = z
  .array(text().trim().toLowerCase().min(1, V.required).max(storyLimits.tag, V.tooLong))
  .max(storyLimits.tags, V.tooMany)
  .default([])
  .transform((tags) => tags.filter((t, i) => tags.indexOf(t) === i));

const storyBody = () => optionalText(storyLimits.body);

/** Create (no id) or update (id) a draft or a returned story; the author only. */
export const storySaveInput = z.object({
  id: id.optional(),
  segmentId: id,
  title: requiredText(storyLimits.title),
  situation: storyBody(),
  action: storyBody(),
  outcome: storyBody(),
  lesson: storyBody(),
  tags: storyTags,
  /** Defaults to the author's own locale. */
  language: z.enum(locales, V.choose).optional(),
  showAuthorName: z.boolean().default(false),
});
export type StorySaveInput = z.input<typeof storySaveInput>;

export const storyByIdInput = z.object({ id });

/** A moderator's decision: publishing needs nothing more, returning a comment, declining a reason. */
export const storyModerateInput = z.discriminatedUnion("decision", [
  z.object({ id, decision: z.literal("publish") }),
  z.object({ id, decision: z.literal("return"), comment: requiredText(storyLimits.reason) }),
  z.object({ id, decision: z.literal("decline"), comment: requiredText(storyLimits.reason) }),
]);
export type StoryDecision = z.infer<typeof storyModerateInput>["decision"];
/** The reason field of a return or decline, for the dialog that asks for it. */
export const storyReason = requiredText(storyLimits.reason);

export const storyUsefulInput = z.object({ id, useful: z.boolean() });
export const storyCommentInput = z.object({ id, body: requiredText(storyLimits.comment) });

const page = z.number().int().min(1).max(100_000).default(1);
const pageSize = z
  .number()
  .int()
  .refine((n) => [10, 25, 50].includes(n))
  .default(10);

/**
 * Published stories: full-text search in each story's own language (websearch syntax: words, "a phrase",
 * -without), filters by segment, the author's department, a situation tag, language and publication period.
 */
export const storySearchInput = z.object({
  search: searchText(),
  segmentId: id.optional(),
  departmentId: id.optional(),
  tag: text().trim().toLowerCase().max(storyLimits.tag, V.tooLong).optional(),
  language: z.enum(locales, V.choose).optional(),
  publishedFrom: timestamp().optional(),
  publishedTo: timestamp().optional(),
  sort: z.enum(storySorts).default("relevance"),
  page,
  pageSize,
});
export type StorySearchInput = z.input<typeof storySearchInput>;

/** The caller's own stories (any status) or the moderation queue (submitted stories in the moderator's scope). */
export const storyOwnListInput = z.object({ status: z.enum(storyStatuses).optional(), page, pageSize });
export const storyQueueInput = z.object({ page, pageSize });
