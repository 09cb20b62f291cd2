/**
 * A list's state (search, sort, page, filters) read from the URL's search parameters. Pure, so the page's server
 * component (which prefetches the list's first page from `searchParams`) and `useListParams` in the browser derive
 * the very same query input: a different input would be a different cache key, and the browser would fetch again.
 */
export type ListParams<S extends string> = {
  search: string;
  sort: S;
  direction: "asc" | "desc";
  page: number;
  pageSize: number;
  includeArchived: boolean;
  filters: Record<string, string>;
};

/** What both `URLSearchParams` and Next's `ReadonlyURLSearchParams` (from `useSearchParams`) offer. */
export type SearchParamsReader = { get(key: string): string | null };

/** A page's `searchParams` prop as the browser's `useSearchParams()` sees the same URL (a repeated key: its first value). */
export function urlSearchParams(
  searchParams: Record<string, string | string[] | undefined>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}

/** Anything not a known key is ignored; an unknown sort, page or page size falls back to the default. */
export function readListParams<S extends string>(
  params: SearchParamsReader,
  defaultSort: S,
  sortable: readonly S[],
  filterKeys: readonly string[] = [],
): ListParams<S> {
  const sort = params.get("sort") as S | null;
  const page = Number(params.get("page") ?? "1");
  const pageSize = Number(params.get("pageSize") ?? "25");
  const filters: Record<string, string> = {};
  for (const key of filterKeys) {
    const v = params.get(key);
    if (v) filters[key] = v;
  }
  return {
    search: params.get("q") ?? "",
    sort: sort && sortable.includes(sort) ? sort : defaultSort,
    direction: params.get("dir") === "desc" ? "desc" : "asc",
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: [10, 25, 50, 100].includes(pageSize) ? pageSize : 25,
    includeArchived: params.get("archived") === "1",
    filters,
  };
}

/** The paging, sorting and search input every list procedure takes. */
export function listQuery<S extends string>(list: ListParams<S>) {
  return {
    search: list.search,
    sort: list.sort,
    direction: list.direction,
    page: list.page,
    pageSize: list.pageSize,
  };
}
