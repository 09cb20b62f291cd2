/** Pipeline reads: positions with stage counts, the board, the ranking table and the comparison. */
import type { Db, Prisma } from "@portal/db";
import {
  candidateStages,
  type CandidateStageValue,
  type PipelinePositionsInput,
  type PipelineTableInput,
} from "@portal/validators";
import type { z } from "zod";
import { weightShares } from "@portal/domain";
import type { pipelinePositionsInput, pipelineTableInput } from "@portal/validators";
import { badRequest, notFound } from "../../../errors";
import { contains, pageArgs, toPage } from "../../../pagination";
import { applicationScope, positionScope } from "../../../scopes";
import { countOf, currentStaffByPosition } from "../../counts";
import { applicationFitInclude, scoreApplication } from "../fit";
import { visiblePosition } from "./position";
import { boardColumns, rankingPage, type RankedRow } from "./ranking";
import type { Actor } from "../../../actor";

type PositionsQuery = z.output<typeof pipelinePositionsInput>;
type TableQuery = z.output<typeof pipelineTableInput>;
export type { PipelinePositionsInput, PipelineTableInput };

const emptyCounts = () =>
  Object.fromEntries(candidateStages.map((s) => [s, 0])) as Record<CandidateStageValue, number>;

/** Positions the caller may see, each with its open headcount, current profile version and applications per stage. */
export async function listPipelinePositions(db: Db, actor: Actor, q: PositionsQuery) {
  const where: Prisma.PositionWhereInput = {
    AND: [
      positionScope(actor),
      { archived: false, department: { archived: false } },
      q.search
        ? {
            OR: [
              { title: contains(q.search) },
              { department: { name: contains(q.search) } },
              { department: { segment: { name: contains(q.search) } } },
            ],
          }
        : {},
    ],
  };
  const by =
    q.sort === "department"
      ? { department: { name: q.direction } }
      : q.sort === "segment"
        ? { department: { segment: { name: q.direction } } }
        : { title: q.direction };
  const [rows, total] = await db.$transaction([
    db.position.findMany({
      where,
      orderBy: [by, { title: "asc" }, { id: "asc" }],
      ...pageArgs(q),
      select: {
        id: true,
        title: true,
        headcount: true,
        department: { select: { id: true, name: true, segment: { select: { id: true, name: true } } } },
        profiles: { orderBy: { version: "desc" }, take: 1, select: { version: true } },
      },
    }),
    db.position.count({ where }),
  ]);
  const ids = rows.map((r) => r.id);
  const [counts, filled] = await Promise.all([
    db.application.groupBy({
      by: ["positionId", "stage"],
      where: { AND: [applicationScope(actor), { positionId: { in: ids } }] },
      _count: { _all: true },
    }),
    currentStaffByPosition(db, ids),
  ]);
  const items = rows.map(({ profiles, ...p }) => {
    const byStage = emptyCounts();
    for (const c of counts) if (c.positionId === p.id) byStage[c.stage] = c._count._all;
    return {
      ...p,
      openHeadcount: Math.max(0, p.headcount - countOf(filled, p.id)),
      profileVersion: profiles[0]?.version ?? null,
      byStage,
    };
  });
  return toPage(items, total, q);
}

const card = (a: RankedRow, latestVersion: number | null) => ({
  id: a.id,
  candidateId: a.candidateId,
  name: a.name,
  anonymized: a.anonymized,
  stage: a.stage,
  score: a.score,
  eligible: a.eligible,
  profileVersion: a.profileVersion,
  /** Set when the position's profile has a newer version than the one this application was screened against. */
  newerVersion: latestVersion !== null && latestVersion > a.profileVersion ? latestVersion : null,
  daysInStage: a.daysInStage,
  requirements: { met: a.met, partial: a.partial, missing: a.missing },
});
export type PipelineCard = ReturnType<typeof card>;

/** HR and admins move candidates; a head reads. */
const canMovePipeline = (actor: Actor) => actor.role === "ADMIN" || actor.role === "HR";

/**
 * The position page's header, whichever view is open: the position (not found outside the caller's scope) and
 * whether the caller may move candidates. One statement, so a view that does not show the board does not compute it.
 */
export async function pipelinePosition(db: Db, actor: Actor, positionId: string) {
  return { position: await visiblePosition(db, actor, positionId), canMove: canMovePipeline(actor) };
}

/** Cards per board column by default; "Show more" asks for more, and the ranking table pages through all. */
export const BOARD_COLUMN_LIMIT = 25;

export async function pipelineBoard(
  db: Db,
  actor: Actor,
  positionId: string,
  perColumn = BOARD_COLUMN_LIMIT,
  now = new Date(),
) {
  // Both run at once; applicationScopeSql alone already keeps a position outside the scope empty.
  const [position, shown] = await Promise.all([
    visiblePosition(db, actor, positionId),
    boardColumns(db, actor, positionId, perColumn, now),
  ]);
  // Where each shown closed application was closed from, so "Move to…" can offer reopening it (one query).
  const closed = shown.flatMap((c) =>
    c.stage === "REJECTED" || c.stage === "WITHDRAWN" ? c.rows.map((a) => a.id) : [],
  );
  const closings = closed.length
    ? await db.stageChange.findMany({
        where: { applicationId: { in: closed }, toStage: { in: ["REJECTED", "WITHDRAWN"] } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { applicationId: true, fromStage: true },
      })
    : [];
  const closedFrom = new Map<string, CandidateStageValue | null>();
  for (const c of closings)
    if (!closedFrom.has(c.applicationId)) closedFrom.set(c.applicationId, c.fromStage);
  const columns = shown.map(({ rows, ...column }) => ({
    ...column,
    cards: rows.map((a) => ({
      ...card(a, position.latestVersion),
      closedFrom: closedFrom.get(a.id) ?? null,
    })),
  }));
  return { position, columns, canMove: canMovePipeline(actor) };
}

/** The ranking: every visible application of the position, filtered, ordered and paginated in SQL on the stored fit. */
export async function pipelineTable(db: Db, actor: Actor, q: TableQuery, now = new Date()) {
  const query = {
    positionId: q.positionId,
    stage: q.stage,
    search: q.search,
    eligibleOnly: q.eligibleOnly,
    sort: q.sort,
    direction: q.direction,
    ...pageArgs(q),
  };
  const [position, page] = await Promise.all([
    visiblePosition(db, actor, q.positionId),
    rankingPage(db, actor, query, now),
  ]);
  const items = page.rows.map((a) => ({ ...card(a, position.latestVersion), rank: a.rank }));
  return { ...toPage(items, page.total, q), latestVersion: position.latestVersion };
}

/** Side-by-side explained fit of 2-4 applications of one position. */
export async function compareApplications(db: Db, actor: Actor, ids: string[], now = new Date()) {
  const unique = [...new Set(ids)];
  if (unique.length < 2) throw badRequest("compareCount");
  const apps = await db.application.findMany({
    where: { AND: [{ id: { in: unique } }, applicationScope(actor)] },
    include: { ...applicationFitInclude, position: { select: { id: true, title: true } } },
  });
  if (apps.length !== unique.length) throw notFound("applicationNotFound");
  if (new Set(apps.map((a) => a.positionId)).size > 1) throw badRequest("compareSamePosition");
  const segmentIds = [
    ...new Set(
      apps.flatMap((a) => a.profile.requirements.flatMap((r) => (r.segmentId ? [r.segmentId] : []))),
    ),
  ];
  const segments = new Map(
    (
      await db.customerSegment.findMany({
        where: { id: { in: segmentIds } },
        select: { id: true, name: true },
      })
    ).map((s) => [s.id, s.name]),
  );
  const order = new Map(unique.map((id, i) => [id, i]));
  apps.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return {
    position: apps[0]!.position,
    applications: apps.map((a) => {
      const fit = scoreApplication(a, now);
      const shares = weightShares(a.profile.requirements.map((row) => row.weight));
      return {
        id: a.id,
        name: a.candidate.name,
        stage: a.stage,
        profileVersion: a.profile.version,
        score: fit.score,
        eligible: fit.eligible,
        requirements: fit.requirements.map((r, i) => {
          const row = a.profile.requirements[i]!;
          return {
            key: requirementKey(row),
            label: {
              kind: row.kind,
              segment: row.segmentId ? (segments.get(row.segmentId) ?? null) : null,
              level: row.level,
              years: row.years,
              language: row.language,
              cefr: row.cefr,
              certification: row.certification,
              criterion: row.criterion,
              rating: row.rating,
            },
            weight: row.weight,
            share: shares[i] ?? 0,
            mustHave: row.mustHave,
            status: r.status,
            points: r.points,
            actual: r.actual,
            source: r.source,
            assessed: r.assessed ? { median: r.assessed.median, count: r.assessed.count } : null,
          };
        }),
      };
    }),
  };
}

/** Requirements of different profile versions line up when they ask for the same thing. */
const requirementKey = (r: {
  kind: string;
  segmentId: string | null;
  level: number | null;
  years: number | null;
  language: string | null;
  cefr: string | null;
  certification: string | null;
  criterion: string | null;
  rating: number | null;
}) =>
  [
    r.kind,
    r.segmentId,
    r.level,
    r.years,
    r.language,
    r.cefr,
    r.certification?.toLowerCase(),
    r.criterion,
    r.rating,
  ].join("|");
