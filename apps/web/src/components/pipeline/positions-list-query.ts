import { listQuery, readListParams, type SearchParamsReader } from "@/components/list/list-params";

/** /hiring's list in the URL: read by the page on the server (prefetch) and by PositionsList in the browser. */
export const positionsListSortable = ["segment", "department", "title"] as const;
/** Grouped by the segment the positions serve. */
export const positionsListDefaultSort = "segment";

/** The `pipeline.positions` input for a URL (the server's prefetch; the browser reads it through useListParams). */
export const positionsListInput = (params: SearchParamsReader) =>
  listQuery(readListParams(params, positionsListDefaultSort, positionsListSortable));
