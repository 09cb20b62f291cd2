/**
 * What a reader gets of a story. An anonymous author (showAuthorName false) reaches only HR and admins: everyone
 * else, heads moderating it included, gets `author: null` and the department ("a colleague in <department>"),
 * and neither the author's id nor anything else naming them (their own comments on it included) leaves here.
 */
import type { Prisma } from "@portal/db";
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
  _count: { select: { useful: true, comments: true } },
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
export function excerpt(markdown: string, max = 240): string {
  const plain = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#>*_`~|]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length <= max ? plain : `${plain.slice(0, max).replace(/\s+\S*$/, "")}…`;
}

const authorOf = (
  row: { showAuthorName: boolean; author: { id: string; name: string } },
  reader: StoryReader,
) =>
  row.showAuthorName || seesAnonymousAuthors(reader) ? { id: row.author.id, name: row.author.name } : null;

export function presentListItem(row: ListRow, reader: StoryReader, usefulByMe = false) {
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
    usefulCount: row._count.useful,
    commentCount: row._count.comments,
    usefulByMe,
  };
}
export type StoryListItem = ReturnType<typeof presentListItem>;

export function presentDetail(row: DetailRow, reader: StoryReader, usefulByMe: boolean) {
  const mine = row.authorId === reader.id;
  const moderates = canModerateSegment(reader, row.segmentId);
  // The moderator's comment and name are for the author and the moderators; readers of a published story see
  // the story only.
  const seesModeration = mine || moderates;
  const editable = mine && (row.status === "DRAFT" || row.status === "RETURNED");
  return {
    ...presentListItem(row, reader, usefulByMe),
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
