/**
 * What the position page shows, read from its address. Pure (no "use client"), so the page's server component
 * prefetches exactly what `PipelineView` and `RankingTable` then ask for: the same view, and the ranking's very same
 * `pipeline.table` input (a different input would be another cache key, and the browser would fetch again).
 */
import {
  candidateStages,
  rankingSorts,
  type CandidateStageValue,
  type RankingSort,
} from "@portal/validators";
import { readListParams, type ListParams, type SearchParamsReader } from "@/components/list/list-params";

export const pipelineViews = ["board", "table", "compare", "stats"] as const;
export type PipelineViewName = (typeof pipelineViews)[number];

/** `?view=`; anything else is the board. */
export function readPipelineView(params: SearchParamsReader): PipelineViewName {
  const view = params.get("view");
  return pipelineViews.find((v) => v === view) ?? "board";
}

/** Cards per board column at first (the board's prefetched input) and per "Show more". */
export const BOARD_PAGE = 25;

/** The ranking table's list state in the address: its default sort is the ranking order ("fit"). */
export const rankingFilterKeys = ["stage", "eligible"] as const;

export const asStage = (v: string | undefined) =>
  (candidateStages as readonly string[]).includes(v ?? "") ? (v as CandidateStageValue) : undefined;

export const readRankingList = (params: SearchParamsReader) =>
  readListParams<RankingSort>(params, "fit", rankingSorts, rankingFilterKeys);

/** `pipeline.table`'s input for the ranking's list state. */
export function rankingTableInput(positionId: string, list: ListParams<RankingSort>) {
  return {
    positionId,
    search: list.search,
    sort: list.sort,
    direction: list.direction,
    page: list.page,
    pageSize: list.pageSize,
    stage: asStage(list.filters.stage),
    eligibleOnly: list.filters.eligible === "1",
  };
}
