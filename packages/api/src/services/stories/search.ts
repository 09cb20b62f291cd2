/**
 * Lists of stories: the published ones (full-text search and filters), the caller's own, and the moderation
 * queue. Search runs in PostgreSQL: each story's `searchVector` is built in its own language's text-search
 * configuration (migration `service_stories`, function story_search_config), and the query is parsed with
 * websearch_to_tsquery in that same configuration, one arm per language, so a Swedish story is found by an
 * inflected Swedish word and ranked with ts_rank. The GIN index answers each arm.
 */
import { Prisma, type Db, type DbClient } from "@portal/db";
import type { Locale, storyOwnListInput, storyQueueInput, storySearchInput } from "@portal/validators";
import type { z } from "zod";
import { pageArgs, toPage } from "../../pagination";
import type { Actor } from "../../actor";
import { loadStoryReader, moderationQueueScope, type StoryReader } from "./access";
import { presentListItem, storyCounts, storyListSelect } from "./present";

/** The text-search configuration of each portal locale; must say what story_search_config says. */
export const storySearchConfigs = {
  en: "english",
  sv: "swedish",
  da: "danish",
  fr: "french",
  el: "greek",
  tl: "simple",
} as const satisfies Record<Locale, string>;

/** websearch_to_tsquery of the words in one configuration: immutable with constant arguments, so PostgreSQL
 * parses it once per statement (at planning), not once per row. */
const queryIn = (config: string, search: string) =>
  Prisma.sql`websearch_to_tsquery(${Prisma.raw(`'${config}'::regconfig`)}, ${search})`;

/** The row matches the words in its own language (constants only, so each arm can use the GIN index). */
function matches(search: string): Prisma.Sql {
  const arms = Object.entries(storySearchConfigs).map(
    ([language, config]) =>
      Prisma.sql`(s."language" = ${language} AND s."searchVector" @@ ${queryIn(config, search)})`,
  );
  return Prisma.sql`(${Prisma.join(arms, " OR ")})`;
}

/** ts_rank against the query in the row's own language (one constant query per language, chosen per row). */
function rank(search: string): Prisma.Sql {
  const whens = Object.entries(storySearchConfigs).map(
    ([language, config]) => Prisma.sql`WHEN ${language} THEN ${queryIn(config, search)}`,
  );
  return Prisma.sql`ts_rank(s."searchVector", CASE s."language" ${Prisma.join(whens, " ")} END)`;
}

async function present(db: DbClient, reader: StoryReader, ids: string[]) {
  const [rows, counts] = await Promise.all([
    db.serviceStory.findMany({ where: { id: { in: ids } }, select: storyListSelect }),
    storyCounts(db, reader.id, ids),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [presentListItem(row, reader, counts.get(id))] : [];
  });
}

/** Published stories, for every reader. Ranked by relevance when searching, else newest first. */
export async function searchStories(db: Db, actor: Actor, q: z.output<typeof storySearchInput>) {
  const reader = await loadStoryReader(db, actor);
  const search = q.search.trim();
  const where: Prisma.Sql[] = [Prisma.sql`s."status" = 'PUBLISHED'`];
  if (search) where.push(matches(search));
  if (q.segmentId) where.push(Prisma.sql`s."segmentId" = ${q.segmentId}`);
  if (q.departmentId) where.push(Prisma.sql`s."departmentId" = ${q.departmentId}`);
  if (q.tag) where.push(Prisma.sql`s."tags" @> ARRAY[${q.tag}]::text[]`);
  if (q.language) where.push(Prisma.sql`s."language" = ${q.language}`);
  // Stored as UTC wall time (timestamp without time zone), like every Prisma DateTime.
  if (q.publishedFrom)
    where.push(Prisma.sql`s."publishedAt" >= ${q.publishedFrom.toISOString()}::timestamp(3)`);
  if (q.publishedTo) where.push(Prisma.sql`s."publishedAt" <= ${q.publishedTo.toISOString()}::timestamp(3)`);
  const sort = q.sort === "relevance" && !search ? "newest" : q.sort;
  const order =
    sort === "relevance"
      ? Prisma.sql`${rank(search)} DESC, s."publishedAt" DESC, s.id DESC`
      : sort === "useful"
        ? Prisma.sql`coalesce(u.marks, 0) DESC, s."publishedAt" DESC, s.id DESC`
        : Prisma.sql`s."publishedAt" DESC, s.id DESC`;
  // Most useful: the marks of every story counted in one pass, not a count per row.
  const from =
    sort === "useful"
      ? Prisma.sql`"ServiceStory" s LEFT JOIN (SELECT "storyId", count(*) AS marks FROM "StoryUseful" GROUP BY 1) u ON u."storyId" = s.id`
      : Prisma.sql`"ServiceStory" s`;
  const condition = Prisma.join(where, " AND ");
  const { skip, take } = pageArgs(q);
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT s.id FROM ${from} WHERE ${condition} ORDER BY ${order} LIMIT ${take} OFFSET ${skip}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "ServiceStory" s WHERE ${condition}`,
  ]);
  const items = await present(
    db,
    reader,
    rows.map((r) => r.id),
  );
  return toPage(items, count?.total ?? 0, q);
}

/** One page of the stories `where` selects, in `orderBy`, presented for the reader, with the total. */
async function pageOf(
  db: Db,
  reader: Awaited<ReturnType<typeof loadStoryReader>>,
  where: Prisma.ServiceStoryWhereInput,
  orderBy: Prisma.ServiceStoryOrderByWithRelationInput[],
  q: Parameters<typeof pageArgs>[0] & Parameters<typeof toPage>[2],
) {
  const [rows, total] = await Promise.all([
    db.serviceStory.findMany({ where, orderBy, ...pageArgs(q), select: { id: true } }),
    db.serviceStory.count({ where }),
  ]);
  const ids = rows.map((r) => r.id);
  return toPage(await present(db, reader, ids), total, q);
}

/** The caller's own stories in every status, most recently changed first. */
export async function myStories(db: Db, actor: Actor, q: z.output<typeof storyOwnListInput>) {
  const reader = await loadStoryReader(db, actor);
  const where = { authorId: actor.id, ...(q.status ? { status: q.status } : {}) };
  return pageOf(db, reader, where, [{ updatedAt: "desc" }, { id: "desc" }], q);
}

/** Submitted stories the caller may moderate, oldest first (first come, first decided). */
export async function moderationQueue(db: Db, actor: Actor, q: z.output<typeof storyQueueInput>) {
  const reader = await loadStoryReader(db, actor);
  return pageOf(db, reader, moderationQueueScope(reader), [{ submittedAt: "asc" }, { id: "asc" }], q);
}
