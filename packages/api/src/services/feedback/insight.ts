import type { Db, Prisma } from "@portal/db";
import {
  defaultRisingRule,
  lastWeeks,
  risingTags,
  sumTagCounts,
  topTags,
  weekStartUtc,
  type TagCounts,
} from "@portal/domain";
import { feedbackKinds, type FeedbackKindValue, type feedbackInsightQuery } from "@portal/validators";
import type { z } from "zod";
import { notFound } from "../../errors";
import { segmentScope } from "../../scopes";
import type { Actor } from "../../actor";

const WEEK_MS = 7 * 86_400_000;
/** How many complete weeks the job (re)computes on each run. */
export const storedInsightWeeks = 12;
const topTagsPerWeek = 5;

export type KindCounts = Record<FeedbackKindValue, number>;
export type WeekFigures = { total: number; byKind: KindCounts; tagCounts: Record<string, number> };

const emptyWeek = (): WeekFigures => ({
  total: 0,
  byKind: Object.fromEntries(feedbackKinds.map((k) => [k, 0])) as KindCounts,
  tagCounts: {},
});
const dayKey = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Each segment's feedback per week (Monday UTC) from `from` (a Monday) up to `to`, counted from the feedback
 * itself: items by kind, and items per tag. Keyed by segment id, then by the week's date (YYYY-MM-DD).
 */
export async function countFeedbackWeeks(db: Db, segmentIds: string[], from: Date, to: Date) {
  const rows = await db.feedback.findMany({
    where: { segmentId: { in: segmentIds }, createdAt: { gte: from, lt: to } },
    select: { segmentId: true, kind: true, tags: true, createdAt: true },
  });
  const figures = new Map<string, Map<string, WeekFigures>>();
  for (const r of rows) {
    const week = dayKey(weekStartUtc(r.createdAt));
    let bySegment = figures.get(r.segmentId);
    if (!bySegment) figures.set(r.segmentId, (bySegment = new Map()));
    let f = bySegment.get(week);
    if (!f) bySegment.set(week, (f = emptyWeek()));
    f.total += 1;
    f.byKind[r.kind] += 1;
    for (const tag of r.tags) f.tagCounts[tag] = (f.tagCounts[tag] ?? 0) + 1;
  }
  return (segmentId: string, week: Date) => figures.get(segmentId)?.get(dayKey(week)) ?? emptyWeek();
}

/**
 * The weekly feedback-insight job: stores, for every active segment, the figures of each of the last 12
 * complete weeks (the current week is always read live). One INSERT ... ON CONFLICT DO UPDATE per run keyed by
 * (week, segment): a second run, a restart or a second server writes the same rows again, never a duplicate; a
 * week whose feedback was edited meanwhile (kind, tags) is brought up to date.
 */
export async function storeFeedbackInsight(db: Db, now: Date) {
  const thisWeek = weekStartUtc(now);
  const weeks = lastWeeks(now, storedInsightWeeks + 1).slice(0, storedInsightWeeks);
  const segments = await db.customerSegment.findMany({
    where: { archived: false },
    select: { id: true },
    orderBy: { id: "asc" }, // one order of rows (and of row locks) on every server
  });
  const ids = segments.map((s) => s.id);
  const figuresOf = await countFeedbackWeeks(db, ids, weeks[0]!, thisWeek);
  const cols = {
    week: [] as string[],
    segment: [] as string[],
    total: [] as number[],
    need: [] as number[],
    complaint: [] as number[],
    suggestion: [] as number[],
    praise: [] as number[],
    competitor: [] as number[],
    tags: [] as string[],
  };
  for (const id of ids)
    for (const week of weeks) {
      const f = figuresOf(id, week);
      cols.week.push(dayKey(week));
      cols.segment.push(id);
      cols.total.push(f.total);
      cols.need.push(f.byKind.NEED);
      cols.complaint.push(f.byKind.COMPLAINT);
      cols.suggestion.push(f.byKind.SUGGESTION);
      cols.praise.push(f.byKind.PRAISE);
      cols.competitor.push(f.byKind.COMPETITOR);
      // Keys sorted, so the stored JSON of the same figures is the same text on every run.
      cols.tags.push(
        JSON.stringify(Object.fromEntries(Object.entries(f.tagCounts).sort(([a], [b]) => (a < b ? -1 : 1)))),
      );
    }
  if (ids.length > 0)
    await db.$executeRaw`
      INSERT INTO "FeedbackWeek" (id, "weekOf", "segmentId", total, need, complaint, suggestion, praise, competitor, "tagCounts", "computedAt")
      SELECT gen_random_uuid()::text, x.week, x.segment, x.total, x.need, x.complaint, x.suggestion, x.praise, x.competitor, x.tags::jsonb, ${now}
      FROM unnest(${cols.week}::date[], ${cols.segment}::text[], ${cols.total}::int[], ${cols.need}::int[],
                  ${cols.complaint}::int[], ${cols.suggestion}::int[], ${cols.praise}::int[], ${cols.competitor}::int[],
                  ${cols.tags}::text[])
        AS x(week, segment, total, need, complaint, suggestion, praise, competitor, tags)
      ON CONFLICT ("weekOf", "segmentId") DO UPDATE SET
        total = EXCLUDED.total, need = EXCLUDED.need, complaint = EXCLUDED.complaint,
        suggestion = EXCLUDED.suggestion, praise = EXCLUDED.praise, competitor = EXCLUDED.competitor,
        "tagCounts" = EXCLUDED."tagCounts", "computedAt" = EXCLUDED."computedAt"`;
  return { weeks: weeks.length, segments: ids.length, rows: ids.length * weeks.length };
}

/** A stored `tagCounts` as counts (anything else in it is ignored). */
function readTagCounts(value: Prisma.JsonValue): Record<string, number> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const out: Record<string, number> = {};
  for (const [tag, n] of Object.entries(value)) if (typeof n === "number" && n > 0) out[tag] = n;
  return out;
}

/** Segments whose insight the actor may open (HEAD: their segments; HR and ADMIN: all active ones). */
export const insightSegments = (db: Db, actor: Actor) =>
  db.customerSegment.findMany({
    where: { archived: false, ...segmentScope(actor) },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });

/**
 * One segment's feedback over the last weeks: per week the items by kind and the top tags, from the stored
 * weeks plus the current week counted live (a past week the job has not stored yet is counted live too, and
 * says so), the most used tags of the period and the rising tags (domain `risingTags`).
 */
export async function feedbackInsight(
  db: Db,
  actor: Actor,
  input: z.output<typeof feedbackInsightQuery>,
  now = new Date(),
) {
  const segment = await db.customerSegment.findFirst({
    where: { id: input.segmentId, ...segmentScope(actor) },
    select: { id: true, name: true, archived: true },
  });
  if (!segment) throw notFound("segmentNotFound");
  const weeks = lastWeeks(now, input.weeks);
  const thisWeek = weeks.at(-1)!;
  const stored = await db.feedbackWeek.findMany({
    where: { segmentId: segment.id, weekOf: { gte: weeks[0]!, lt: thisWeek } },
  });
  const storedOf = new Map(stored.map((s) => [dayKey(s.weekOf), s]));
  const missing = weeks.filter((w) => w.getTime() === thisWeek.getTime() || !storedOf.has(dayKey(w)));
  const liveFrom = missing[0] ?? thisWeek;
  const liveOf = await countFeedbackWeeks(db, [segment.id], liveFrom, new Date(thisWeek.getTime() + WEEK_MS));
  const series = weeks.map((weekOf) => {
    const s = weekOf.getTime() === thisWeek.getTime() ? undefined : storedOf.get(dayKey(weekOf));
    const f: WeekFigures = s
      ? {
          total: s.total,
          byKind: {
            NEED: s.need,
            COMPLAINT: s.complaint,
            SUGGESTION: s.suggestion,
            PRAISE: s.praise,
            COMPETITOR: s.competitor,
          },
          tagCounts: readTagCounts(s.tagCounts),
        }
      : liveOf(segment.id, weekOf);
    return {
      weekOf,
      live: !s,
      total: f.total,
      byKind: f.byKind,
      tagCounts: f.tagCounts,
      topTags: topTags(f.tagCounts, topTagsPerWeek),
    };
  });
  const tagWeeks: TagCounts[] = series.map((w) => w.tagCounts);
  return {
    segment: { id: segment.id, name: segment.name },
    asOf: now,
    weeks: series.map(({ tagCounts: _all, ...w }) => w),
    topTags: topTags(sumTagCounts(tagWeeks), 10),
    rising: risingTags(tagWeeks, defaultRisingRule),
    rule: defaultRisingRule,
  };
}
export type FeedbackInsight = Awaited<ReturnType<typeof feedbackInsight>>;
