import { z } from "zod";
import { feedbackKinds, feedbackStatuses } from "./enums";
import { id, requiredText, optionalText, searchText, text } from "./common";
import { V } from "./messages";

export type FeedbackKindValue = (typeof feedbackKinds)[number];

export type FeedbackStatusValue = (typeof feedbackStatuses)[number];
export const closedFeedbackStatuses: readonly FeedbackStatusValue[] = ["DONE", "WONT_DO"];

export const feedbackTagMaxLength = 40;
export const feedbackTagsMax = 10;
export const feedbackTextMax = 4000;

/** One tag as stored: trimmed, inner spaces collapsed, lower-case ("  Mobile   App " -> "mobile app"). */
export const normalizeFeedbackTag = (tag: string) => tag.trim().replace(/\s+/g, " ").toLowerCase();

/** Tags as stored: normalised, empty ones dropped, each once in its first position. */
export function normalizeFeedbackTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = normalizeFeedbackTag(raw);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/**
 * Tags: each normalised and at most 40 characters, duplicates (ignoring case and spacing) dropped, then at most
 * 10. The raw list is bounded too, so a hostile list costs nothing to normalise.
 */
export const feedbackTags = z
  .array(text().max(200, V.tooLong))
  .max(50, V.tagsTooMany)
  .default([])
  .transform(normalizeFeedbackTags)
  .refine((tags) => tags.length <= feedbackTagsMax, { message: V.tagsTooMany })
  .refine((tags) => tags.every((t) => t.length <= feedbackTagMaxLength), { message: V.tooLong });

const feedbackText = requiredText(feedbackTextMax);

/** File a piece of feedback about a segment's customers. */
export const feedbackInput = z.object({
  segmentId: id,
  kind: z.enum(feedbackKinds, V.choose),
  tags: feedbackTags,
  text: feedbackText,
});
export type FeedbackInput = z.input<typeof feedbackInput>;

/** The author's edit: the version they edited, so an edit made meanwhile is not overwritten. */
export const feedbackEdit = z.object({
  id,
  version: z.number().int().min(1).max(1_000_000),
  kind: z.enum(feedbackKinds, V.choose),
  tags: feedbackTags,
  text: feedbackText,
});
export type FeedbackEdit = z.input<typeof feedbackEdit>;

/** A head's or HR's answer: the status and the reply the author reads, against the response they saw. */
export const feedbackRespond = z.object({
  id,
  responseVersion: z.number().int().min(0).max(1_000_000),
  status: z.enum(feedbackStatuses, V.choose),
  reply: optionalText(feedbackTextMax),
});
export type FeedbackRespond = z.input<typeof feedbackRespond>;

/**
 * The feedback list. `view`: "mine" is what the caller filed; "inbox" is what reaches them (a head's segments,
 * everything for HR and ADMIN; staff get their own).
 */
export const feedbackList = z.object({
  view: z.enum(["mine", "inbox"]).default("mine"),
  segmentId: id.optional(),
  kind: z.enum(feedbackKinds).optional(),
  status: z.enum(feedbackStatuses).optional(),
  tag: text().max(200, V.tooLong).transform(normalizeFeedbackTag).optional(),
  search: searchText(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.union([z.literal(10), z.literal(25), z.literal(50), z.literal(100)]).default(25),
});
export type FeedbackListQuery = z.input<typeof feedbackList>;

/** One segment's feedback over the last weeks. */
export const feedbackInsightQuery = z.object({
  segmentId: id,
  weeks: z.number().int().min(4).max(26).default(12),
});
