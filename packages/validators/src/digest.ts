import { z } from "zod";
import { text } from "./common";
import { isoDate } from "./organization";

/** The weekly digest page (issue 18, item 5): one week (its Monday, YYYY-MM-DD), or the newest when omitted. */
export const digestQuery = z.object({ week: isoDate.optional() }).default({});

/** Whether the weekly digest is also mailed to the caller (it is always in the app). */
export const setDigestEmailInput = z.object({ enabled: z.boolean() });

/**
 * A stored digest's content as the api reads it back (the domain's `DigestContent`, built by its rules): a row
 * that does not match (written by other code) reads as a week without sections.
 */
export const digestContentSchema = z.object({
  version: z.literal(1),
  weekOf: text(),
  sections: z.array(
    z.object({
      segment: z.object({ id: text(), name: text() }),
      stories: z.array(
        z.object({
          id: text(),
          title: text(),
          excerpt: text(),
          language: text(),
          publishedAt: text(),
        }),
      ),
      themes: z.array(z.object({ tag: text(), count: z.number(), rising: z.boolean(), isNew: z.boolean() })),
      feedbackTotal: z.number(),
    }),
  ),
});
export type StoredDigestContent = z.infer<typeof digestContentSchema>;
