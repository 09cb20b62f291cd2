/**
 * What a reader gets of a story. An anonymous author (showAuthorName false) reaches only HR and admins: everyone
 * else, heads moderating it included, gets `author: null` and the department ("a colleague in <department>"),
 * and neither the author's id nor anything else naming them (their own comments on it included) leaves here.
 */
import type { DbClient, Prisma } from "@portal/db";
import { markdownExcerpt } from "@portal/domain";
import type { StoryReader } from "./access";
import { canModerateSegment, seesAnonymousAuthors } from "./access";

const person = { select: { id: true, name: true } } as const;

export const storyListSelect = {
  id: true,
  title: true,
  situation: true,
  tags: true,
  language: true,
  status: true,
  showAuthorName: true,
  authorId: true,
  author: person,
  segment: { select: { id: true, name: true } },
  department: { select: { id: true, name: true } },
  submittedAt: true,
  publishedAt: true,
  updatedAt: true,
} satisfies Prisma.ServiceStorySelect;

export const storyDetailSelect = {
  ...storyListSelect,
  action: true,
  outcome: true,
  lesson: true,
  segmentId: true,
  moderationComment: true,
  moderator: person,
  moderatedAt: true,
  createdAt: true,
} satisfies Prisma.ServiceStorySelect;

type ListRow = Prisma.ServiceStoryGetPayload<{ select: typeof storyListSelect }>;
type DetailRow = Prisma.ServiceStoryGetPayload<{ select: typeof storyDetailSelect }>;

/** The first words of the situation as plain text, for a list (Markdown marks removed, not rendered). */
export const excerpt = markdownExcerpt;

const authorOf = (
  row: { showAuthorName: boolean; author: { id: string; name: string } },
  reader: StoryReader,
) =>
  row.showAuthorName || seesAnonymousAuthors(reader) ? { id: row.author.id, name: row.author.name } : null;

/** Readers' engagement with a story, counted per story (see storyCounts). */
export type StoryCounts = { useful: number; comments: number; usefulByMe: boolean };

/**
 * Useful marks and comments of some stories, and which of them the reader marked: two grouped counts filtered by
 * the stories' ids (a relation count in the select would count the whole related table each time).
 */
export async function storyCounts(db: DbClient, readerId: string, ids: string[]) {
  const counts = new Map<string, StoryCounts>(
    ids.map((id) => [id, { useful: 0, comments: 0, usefulByMe: false }]),
  );
  if (ids.length === 0) return counts;
  const [useful, comments, mine] = await Promise.all([
    db.storyUseful.groupBy({ by: ["storyId"], where: { storyId: { in: ids } }, _count: { _all: true } }),
    db.storyComment.groupBy({ by: ["storyId"], where: { storyId: { in: ids } }, _count: { _all: true } }),
    db.storyUseful.findMany({ where: { userId: readerId, storyId: { in: ids } }, select: { storyId: true } }),
  ]);
  for (const u of useful) counts.get(u.storyId)!.useful = u._count._all;
  for (const c of comments) counts.get(c.storyId)!.comments = c._count._all;
  for (const m of mine) counts.get(m.storyId)!.usefulByMe = true;
  return counts;
}

const noCounts: StoryCounts = { useful: 0, comments: 0, usefulByMe: false };

export function presentListItem(row: ListRow, reader: StoryReader, counts: StoryCounts = noCounts) {
  return {
    id: row.id,
    title: row.title,
    excerpt: excerpt(row.situation),
    tags: row.tags,
    language: row.language,
    status: row.status,
    anonymous: !row.showAuthorName,
    author: authorOf(row, reader),
    mine: row.authorId === reader.id,
    segment: row.segment,
    department: row.department,
    submittedAt: row.submittedAt,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    usefulCount: counts.useful,
    commentCount: counts.comments,
    usefulByMe: counts.usefulByMe,
  };
}
export type StoryListItem = ReturnType<typeof presentListItem>;

export function presentDetail(row: DetailRow, reader: StoryReader, counts: StoryCounts) {
  const mine = row.authorId === reader.id;
  const moderates = canModerateSegment(reader, row.segmentId);
  // The moderator's comment and name are for the author and the moderators; readers of a published story see
  // the story only.
  const seesModeration = mine || moderates;
  const editable = mine && (row.status === "DRAFT" || row.status === "RETURNED");
  return {
    ...presentListItem(row, reader, counts),
    situation: row.situation,
    action: row.action,
    outcome: row.outcome,
    lesson: row.lesson,
    showAuthorName: row.showAuthorName,
    createdAt: row.createdAt,
    moderatedAt: seesModeration ? row.moderatedAt : null,
    moderationComment: seesModeration ? row.moderationComment : null,
    moderator: seesModeration ? row.moderator : null,
    can: {
      edit: editable,
      submit: editable,
      moderate: moderates && !mine && row.status === "SUBMITTED",
      markUseful: row.status === "PUBLISHED" && !mine,
      comment: row.status === "PUBLISHED",
    },
  };
}
