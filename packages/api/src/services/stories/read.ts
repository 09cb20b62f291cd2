/** One story by id (with its comments), and what the story pages need to offer (segments, filters, defaults). */
import type { Db } from "@portal/db";
import { isLocale } from "@portal/validators";
import { notFound } from "../../errors";
import type { Actor } from "../../actor";
import { isModerator, loadStoryReader, seesAnonymousAuthors, storyVisibility } from "./access";
import { presentDetail, storyCounts, storyDetailSelect } from "./present";
import { coursesUsingStory } from "../onboarding/story-scenarios";

/** A story the caller may not open is "not found", exactly like one that does not exist. */
export async function getStory(db: Db, actor: Actor, id: string) {
  const reader = await loadStoryReader(db, actor);
  const row = await db.serviceStory.findFirst({
    where: { AND: [{ id }, storyVisibility(reader)] },
    select: {
      ...storyDetailSelect,
      comments: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 500,
        select: { id: true, body: true, createdAt: true, authorId: true, author: { select: { name: true } } },
      },
    },
  });
  if (!row) throw notFound("storyNotFound");
  const [countsById, courses] = await Promise.all([
    storyCounts(db, reader.id, [row.id]),
    row.status === "PUBLISHED" ? coursesUsingStory(db, actor, row.id) : Promise.resolve([]),
  ]);
  const counts = countsById.get(row.id);
  const { comments, ...story } = row;
  // The author's own comments on an anonymous story would name them: they read as "the author".
  const hideAuthor = !story.showAuthorName && !seesAnonymousAuthors(reader);
  return {
    ...presentDetail(story, reader, counts!),
    /** Courses whose scenarios were written from this story (drafts too for course authors). */
    courses,
    /** Course authors (HR, admins) may turn a published story into a scenario of a course's draft. */
    canUseInCourse: story.status === "PUBLISHED" && (actor.role === "ADMIN" || actor.role === "HR"),
    comments: comments.map((c) => {
      const byStoryAuthor = c.authorId === story.authorId;
      return {
        id: c.id,
        body: c.body,
        createdAt: c.createdAt,
        byStoryAuthor,
        mine: c.authorId === reader.id,
        authorName: byStoryAuthor && hideAuthor ? null : c.author.name,
      };
    }),
  };
}

/** The choices of the story form and the list's filters, and what the caller may do. */
export async function storyOptions(db: Db, actor: Actor) {
  const reader = await loadStoryReader(db, actor);
  const [segments, departments, tags, user] = await Promise.all([
    db.customerSegment.findMany({
      where: { archived: false },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.department.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.$queryRaw<{ tag: string }[]>`
      SELECT DISTINCT unnest(tags) AS tag FROM "ServiceStory" WHERE status = 'PUBLISHED' ORDER BY 1 LIMIT 300`,
    db.user.findUnique({ where: { id: actor.id }, select: { locale: true } }),
  ]);
  const locale = user?.locale;
  return {
    segments,
    departments,
    tags: tags.map((t) => t.tag),
    canWrite: reader.staff !== null,
    canModerate: isModerator(reader),
    defaults: {
      segmentId: reader.staff?.segmentId ?? null,
      language: isLocale(locale) ? locale : "en",
    },
  };
}
