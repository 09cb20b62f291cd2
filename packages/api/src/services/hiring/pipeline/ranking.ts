/**
 * A position's ranking read from the stored fit (fit-store.ts): PostgreSQL filters, ranks, sorts and pages, and
 * returns only the rows shown, so the cost per request is one query whatever the number of candidates. The
 * access gate is applicationScopeSql, the SQL twin of applicationScope. A request that finds rows whose fit is
 * not stored (seeded, migrated, or an input changed outside a service) stores them first and reads again.
 */
import { Prisma, type CandidateStage, type Db } from "@portal/db";
import { candidateStages } from "@portal/validators";
import { applicationScopeSql } from "../../../scopes";
import { outdatedSql, refreshStoredFit, sqlTime } from "../fit-store";
import type { Actor } from "../../../actor";

/** One application as the table and the board show it. */
export type RankedRow = {
  id: string;
  candidateId: string;
  name: string;
  anonymized: boolean;
  stage: CandidateStage;
  profileVersion: number;
  score: number;
  eligible: boolean;
  met: number;
  partial: number;
  missing: number;
  daysInStage: number;
};

/**
 * The ranking order of compareRanking (domain): eligible first, score descending, then name and id by code
 * point (COLLATE "C"; JS compares UTF-16 code units, which differs only between astral characters and
 * U+E000-U+FFFF). NULLS LAST only matters for a row invalidated between the refresh and the read.
 */
const rankOrder = Prisma.sql`a."fitEligible" DESC NULLS LAST, a."fitScore" DESC NULLS LAST, c.name COLLATE "C", a.id COLLATE "C"`;

const daysInStage = (now: Date) =>
  Prisma.sql`greatest(0, floor(extract(epoch FROM (${sqlTime(now)} - a."stageChangedAt")) / 86400))::int`;

/** What a shown row carries, read from "Application" `a` and "Candidate" `c`. */
const shownColumns = (now: Date) => Prisma.sql`
  a.id, a."candidateId", a."profileId", c.name, c."anonymizedAt" IS NOT NULL AS anonymized, a.stage::text AS stage,
  coalesce(a."fitScore", 0) AS score, coalesce(a."fitEligible", false) AS eligible,
  coalesce(a."fitMet", 0) AS met, coalesce(a."fitPartial", 0) AS partial, coalesce(a."fitMissing", 0) AS missing,
  ${daysInStage(now)} AS "daysInStage"`;

const rowColumns = (now: Date) => Prisma.sql`${shownColumns(now)}, ${outdatedSql(now)} AS "fitOutdated"`;

const visibleFrom = (actor: Actor, positionId: string) => Prisma.sql`
  FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId"
  WHERE a."positionId" = ${positionId} AND ${applicationScopeSql(actor)}`;

/** Reads, and when the read saw rows without a stored fit, stores them and reads again (twice at most). */
async function withStoredFits<T extends { outdated: number }>(
  db: Db,
  positionId: string,
  now: Date,
  read: () => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const result = await read();
    // A third read still finding some means inputs change faster than we store: show the last stored values.
    if (result.outdated === 0 || attempt === 2) return result;
    await db.$transaction((tx) => refreshStoredFit(tx, { outdatedOfPosition: positionId }, now), {
      timeout: 120_000,
      maxWait: 10_000,
    });
  }
}

export type RankingQuery = {
  positionId: string;
  stage?: CandidateStage;
  search?: string;
  eligibleOnly: boolean;
  sort: "fit" | "name" | "stage" | "daysInStage";
  direction: "asc" | "desc";
  skip: number;
  take: number;
};

/** LIKE pattern for "contains", with the user's % and _ taken literally. */
const containsPattern = (search: string) => `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** rankOrder on the narrow rows `r` of rankingPage, or exactly reversed (ids are unique, so the order is total). */
const rankOrderOfRows = (reversed: boolean) =>
  reversed
    ? Prisma.sql`r.eligible ASC NULLS FIRST, r.score ASC NULLS FIRST, r.name COLLATE "C" DESC, r.id COLLATE "C" DESC`
    : Prisma.sql`r.eligible DESC NULLS LAST, r.score DESC NULLS LAST, r.name COLLATE "C", r.id COLLATE "C"`;

function pageOrder(q: RankingQuery) {
  const dir = Prisma.raw(q.direction === "desc" ? "DESC" : "ASC");
  // Other sorts keep the ranking order among ties, in both directions (like a stable sort of the ranked list).
  switch (q.sort) {
    case "fit":
      return rankOrderOfRows(q.direction === "desc");
    case "name":
      return Prisma.sql`r.name COLLATE "C" ${dir}, r.rank`;
    case "stage":
      return Prisma.sql`array_position(${[...candidateStages]}::text[], r.stage::text) ${dir}, r.rank`;
    case "daysInStage":
      return Prisma.sql`r."daysInStage" ${dir}, r.rank`;
  }
}

/** Columns of the queries that are not shown: the profile joined for its version, and the freshness checks. */
type Internal = { profileId: string; fitOutdated: boolean; outdated: number };
const shownOf = <R extends RankedRow>({
  profileId: _p,
  fitOutdated: _f,
  outdated: _o,
  ...row
}: R & Internal) => row;

type TableRow = RankedRow & { profileId: string; rank: number | null; total: number; outdated: number };

/**
 * One page of the ranking table; `rank` is the place in the ranking of all rows matching stage and search.
 * Only the columns that order, filter and count are read for every row (a narrow CTE); the shown columns are
 * joined for the page rows alone. Sorted by fit (the usual view) no rank is computed in SQL: a row's rank is
 * its place in the page order, because eligibility, the only filter applied after ranking, keeps a prefix of
 * the ranking (eligible rows rank first). So PostgreSQL only picks the top rows, and sorts nothing else.
 */
export async function rankingPage(db: Db, actor: Actor, q: RankingQuery, now: Date) {
  const filters = Prisma.sql`${q.stage ? Prisma.sql`AND a.stage = ${q.stage}::"CandidateStage"` : Prisma.empty}
    ${q.search ? Prisma.sql`AND (c.name ILIKE ${containsPattern(q.search)} OR c.email ILIKE ${containsPattern(q.search)})` : Prisma.empty}`;
  const byFit = q.sort === "fit";
  const shown = q.eligibleOnly ? Prisma.sql`coalesce(r.eligible, false)` : Prisma.sql`TRUE`;
  const order = pageOrder(q);
  const read = byFit
    ? () => rankingByFit(db, actor, q, now, filters)
    : async () => {
        const rows = await db.$queryRaw<(Partial<TableRow> & Pick<TableRow, "total" | "outdated">)[]>`
      WITH ranked AS (
        SELECT a.id, a."fitEligible" AS eligible, a."fitScore" AS score, c.name, a.stage, ${daysInStage(now)} AS "daysInStage",
          ${outdatedSql(now)} AS "fitOutdated",
          ${byFit ? Prisma.sql`NULL::int` : Prisma.sql`row_number() OVER (ORDER BY ${rankOrder})::int`} AS rank
        ${visibleFrom(actor, q.positionId)} ${filters}
      )
      SELECT ${shownColumns(now)}, p.version AS "profileVersion", r.rank, t.total, t.outdated
      FROM (SELECT (count(*) FILTER (WHERE ${shown}))::int AS total, (count(*) FILTER (WHERE r."fitOutdated"))::int AS outdated FROM ranked r) t
      LEFT JOIN (SELECT * FROM ranked r WHERE ${shown} ORDER BY ${order} LIMIT ${q.take} OFFSET ${q.skip}) r ON TRUE
      LEFT JOIN "Application" a ON a.id = r.id
      LEFT JOIN "Candidate" c ON c.id = a."candidateId"
      LEFT JOIN "HiringProfile" p ON p.id = a."profileId"
      ORDER BY ${order}`;
        // With an empty page the one row carries only the totals.
        return {
          rows: rows.filter((r): r is TableRow => r.id !== null && r.id !== undefined),
          total: rows[0]?.total ?? 0,
          outdated: rows[0]?.outdated ?? 0,
        };
      };
  const { rows, total } = await withStoredFits(db, q.positionId, now, read);
  const placeOf = (i: number) => (q.direction === "desc" ? total - q.skip - i : q.skip + i + 1);
  return {
    rows: rows.map(({ total: _t, outdated: _o, profileId: _p, rank, ...row }, i) => ({
      ...row,
      rank: byFit ? placeOf(i) : rank!,
    })),
    total,
  };
}

/** The ranking's order on "Application" `a` and "Candidate" `c`, or exactly reversed. */
const rankOrderOf = (reversed: boolean) =>
  reversed
    ? Prisma.sql`a."fitEligible" ASC NULLS FIRST, a."fitScore" ASC NULLS FIRST, c.name COLLATE "C" DESC, a.id COLLATE "C" DESC`
    : rankOrder;

/**
 * A page of the ranking in ranking order (the usual view): the page walks the (positionId, fitEligible, fitScore)
 * index to its rows (name and id only break ties of equal fit), and the totals count the position's rows without
 * joining the candidates unless a search needs their names. Two small queries instead of sorting every row.
 */
async function rankingByFit(db: Db, actor: Actor, q: RankingQuery, now: Date, filters: Prisma.Sql) {
  const shown = q.eligibleOnly ? Prisma.sql`AND coalesce(a."fitEligible", false)` : Prisma.empty;
  const from = q.search
    ? visibleFrom(actor, q.positionId)
    : Prisma.sql`FROM "Application" a WHERE a."positionId" = ${q.positionId} AND ${applicationScopeSql(actor)}`;
  const [counts, rows] = await Promise.all([
    db.$queryRaw<{ total: number; outdated: number }[]>`
      SELECT (count(*) FILTER (WHERE TRUE ${shown}))::int AS total,
        (count(*) FILTER (WHERE ${outdatedSql(now)}))::int AS outdated
      ${from} ${filters}`,
    db.$queryRaw<(RankedRow & { profileId: string })[]>`
      SELECT ${shownColumns(now)}, (SELECT p.version FROM "HiringProfile" p WHERE p.id = a."profileId") AS "profileVersion"
      ${visibleFrom(actor, q.positionId)} ${filters} ${shown}
      ORDER BY ${rankOrderOf(q.direction === "desc")}
      LIMIT ${q.take} OFFSET ${q.skip}`,
  ]);
  const total = counts[0]?.total ?? 0;
  return {
    rows: rows.map((r) => ({ ...r, rank: null, total, outdated: counts[0]?.outdated ?? 0 })),
    total,
    outdated: counts[0]?.outdated ?? 0,
  };
}

type BoardRow = RankedRow & Internal & { stageTotal: number };

/**
 * The first `limit` applications of each stage in ranking order, with each stage's total. Per stage, PostgreSQL
 * walks the (positionId, stage, fitEligible, fitScore) index to the first `limit` rows (the name and id only break
 * ties of equal fit), so a request reads about `limit` rows per column whatever the number of candidates; the
 * totals and the freshness check come from one index-only count per stage.
 */
export async function boardColumns(db: Db, actor: Actor, positionId: string, limit: number, now: Date) {
  const read = async () => {
    const rows = await db.$queryRaw<(BoardRow & { rawEligible: unknown; rawScore: unknown })[]>`
      WITH counts AS (
        SELECT a.stage, count(*)::int AS total, (count(*) FILTER (WHERE ${outdatedSql(now)}))::int AS outdated
        FROM "Application" a WHERE a."positionId" = ${positionId} AND ${applicationScopeSql(actor)}
        GROUP BY a.stage
      )
      SELECT r.*, p.version AS "profileVersion", n.total AS "stageTotal",
        (SELECT sum(outdated) FROM counts)::int AS outdated
      FROM counts n
      CROSS JOIN LATERAL (
        SELECT ${rowColumns(now)}, a."fitEligible" AS "rawEligible", a."fitScore" AS "rawScore"
        ${visibleFrom(actor, positionId)} AND a.stage = n.stage
        ORDER BY ${rankOrder}
        LIMIT ${limit}
      ) r
      JOIN "HiringProfile" p ON p.id = r."profileId"
      ORDER BY r.stage, r."rawEligible" DESC NULLS LAST, r."rawScore" DESC NULLS LAST, r.name COLLATE "C", r.id COLLATE "C"`;
    // Every stage with an application has a row, so the first row carries the count of the whole position.
    const outdated = rows[0]?.outdated ?? 0;
    return { rows, outdated };
  };
  const { rows } = await withStoredFits(db, positionId, now, read);
  return candidateStages.map((stage) => {
    const inStage = rows
      .filter((r) => r.stage === stage)
      .map(({ stageTotal: _t, rawEligible: _e, rawScore: _s, ...row }) => shownOf(row));
    return { stage, total: rows.find((r) => r.stage === stage)?.stageTotal ?? 0, rows: inStage };
  });
}
