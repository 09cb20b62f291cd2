/**
 * Stories become training (issue 18). A course author (HR, admins: the courses router) turns a published service
 * story into a scenario for the course's draft: the editor receives it, the author writes the customer's words and
 * a second, poorer response (a scenario needs two), and saves the draft as any other edit. The item keeps a link
 * to its story (`CourseItem.sourceStoryId`), which travels with the content into every later version; saving
 * content that links to a story the author may not read, or one not published, is refused and changes nothing.
 * A story's page lists the courses that use it.
 */
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import type { Db, DbClient } from "@portal/db";
import { storyScenarioDraft } from "@portal/domain";
import { scenarioLimits, type CourseContentInput, type scenarioFromStoryInput } from "@portal/validators";
import type { z } from "zod";
import { conflict, notFound } from "../../errors";
import type { Actor } from "../../actor";
import { loadStoryReader, storyVisibility } from "../stories/access";

/**
 * A story's Markdown as the plain text a scenario shows: each block a paragraph, list items as "- " lines,
 * emphasis, links and headings reduced to their words.
 */
export function plainText(markdown: string): string {
  const blocks = fromMarkdown(markdown).children.map((node) =>
    node.type === "list"
      ? node.children.map((item) => `- ${toString(item, { includeHtml: false })}`).join("\n")
      : toString(node, { includeHtml: false }),
  );
  return blocks.filter((b) => b.trim() !== "").join("\n\n");
}

/** A story the caller may open, else "not found"; one that is not published cannot become a scenario. */
async function publishedStory(db: DbClient, actor: Actor, storyId: string) {
  const reader = await loadStoryReader(db, actor);
  const story = await db.serviceStory.findFirst({
    where: { AND: [{ id: storyId }, storyVisibility(reader)] },
    select: {
      id: true,
      title: true,
      situation: true,
      action: true,
      lesson: true,
      language: true,
      status: true,
    },
  });
  if (!story) throw notFound("storyNotFound");
  if (story.status !== "PUBLISHED") throw conflict("storyNotPublishedForScenario");
  return story;
}

/** The scenario a story makes, for the editor to add to a module of the draft (nothing is saved here). */
export async function scenarioFromStory(
  db: Db,
  actor: Actor,
  input: z.output<typeof scenarioFromStoryInput>,
) {
  const course = await db.course.findUnique({ where: { id: input.courseId }, select: { archived: true } });
  if (!course) throw notFound("courseNotFound");
  if (course.archived) throw conflict("courseArchivedRestore");
  const story = await publishedStory(db, actor, input.storyId);
  const draft = storyScenarioDraft(
    {
      title: story.title,
      situation: plainText(story.situation),
      action: plainText(story.action),
      lesson: plainText(story.lesson),
    },
    scenarioLimits,
  );
  return {
    item: {
      kind: "SCENARIO" as const,
      title: draft.title,
      durationMinutes: 5,
      content: { context: draft.context, customerSays: draft.customerSays, responses: draft.responses },
      translations: {},
      sourceStoryId: story.id,
    },
    story: { id: story.id, title: story.title, language: story.language },
    shortened: draft.shortened,
  };
}

const linksOf = (content: Pick<CourseContentInput, "modules">) => [
  ...new Set(
    content.modules.flatMap((m) =>
      m.items.flatMap((i) => (i.kind === "SCENARIO" && i.sourceStoryId ? [i.sourceStoryId] : [])),
    ),
  ),
];

/**
 * Inside the save's transaction: every story the content links to is published and readable by the author.
 * (A published story stays published, so a link that was valid when it was made stays valid in later versions.)
 */
export async function checkStoryLinks(
  tx: DbClient,
  actor: Actor,
  content: Pick<CourseContentInput, "modules">,
) {
  const ids = linksOf(content);
  if (ids.length === 0) return;
  const reader = await loadStoryReader(tx, actor);
  const rows = await tx.serviceStory.findMany({
    where: { AND: [{ id: { in: ids } }, storyVisibility(reader)] },
    select: { id: true, status: true },
  });
  if (rows.length !== ids.length) throw notFound("storyNotFound");
  if (rows.some((r) => r.status !== "PUBLISHED")) throw conflict("storyNotPublishedForScenario");
}

/** The titles of the stories a course's versions link to, for "From the story: <title>" in the editor. */
export async function linkedStoryTitles(db: DbClient, versionIds: string[]) {
  const rows = await db.serviceStory.findMany({
    where: { scenarios: { some: { module: { versionId: { in: versionIds } } } } },
    select: { id: true, title: true },
  });
  return Object.fromEntries(rows.map((r) => [r.id, r.title]));
}

export type StoryCourseUse = {
  courseId: string;
  title: string;
  version: number;
  status: "PUBLISHED" | "DRAFT";
  /** The reader authors courses (HR, admins): the row links to the course's editor. */
  canEdit: boolean;
  /** The reader's own enrolment in the course, for a link to it (learners); null when they are not enrolled. */
  enrolmentId: string | null;
};

/**
 * The courses whose published version uses a story (and, for course authors, whose draft does), newest first.
 * Only course titles and versions: nothing about the story's author.
 */
export async function coursesUsingStory(
  db: DbClient,
  actor: Actor,
  storyId: string,
): Promise<StoryCourseUse[]> {
  const author = actor.role === "ADMIN" || actor.role === "HR";
  const versions = await db.courseVersion.findMany({
    where: {
      status: { in: author ? ["PUBLISHED", "DRAFT"] : ["PUBLISHED"] },
      course: author ? {} : { archived: false },
      modules: { some: { items: { some: { sourceStoryId: storyId } } } },
    },
    orderBy: [{ course: { title: "asc" } }, { version: "desc" }],
    take: 100,
    select: {
      version: true,
      status: true,
      course: { select: { id: true, title: true } },
    },
  });
  const enrolments = author
    ? []
    : await db.enrolment.findMany({
        where: {
          courseId: { in: versions.map((v) => v.course.id) },
          staffMember: { userId: actor.id },
        },
        select: { id: true, courseId: true },
      });
  return versions.map((v) => ({
    courseId: v.course.id,
    title: v.course.title,
    version: v.version,
    status: v.status === "DRAFT" ? "DRAFT" : "PUBLISHED",
    canEdit: author,
    enrolmentId: enrolments.find((e) => e.courseId === v.course.id)?.id ?? null,
  }));
}
