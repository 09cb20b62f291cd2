"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";

export type ListParams<S extends string> = {
  search: string;
  sort: S;
  direction: "asc" | "desc";
  page: number;
  pageSize: number;
  includeArchived: boolean;
  filters: Record<string, string>;
};

/**
 * List state (search, sort, page, filters) lives in the URL, so a list can be bookmarked, shared and
 * restored with the back button. Anything not a known key is a filter.
 */
export function useListParams<S extends string>(
  defaultSort: S,
  sortable: readonly S[],
  filterKeys: readonly string[] = [],
) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();

  const value = useMemo<ListParams<S>>(() => {
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
  }, [params, defaultSort, sortable, filterKeys]);

  const update = useCallback(
    (changes: Record<string, string | number | boolean | null | undefined>, resetPage = true) => {
      const next = new URLSearchParams(params.toString());
      for (const [key, v] of Object.entries(changes)) {
        if (v === null || v === undefined || v === "" || v === false) next.delete(key);
        else next.set(key, v === true ? "1" : String(v));
      }
      if (resetPage && !("page" in changes)) next.delete("page");
      const qs = next.toString();
      router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
    },
    [params, pathname, router],
  );

  const toggleSort = useCallback(
    (column: S) =>
      update({ sort: column, dir: value.sort === column && value.direction === "asc" ? "desc" : "asc" }),
    [update, value.sort, value.direction],
  );

  /** The paging, sorting and search input every list procedure takes. */
  const query = useMemo(
    () => ({
      search: value.search,
      sort: value.sort,
      direction: value.direction,
      page: value.page,
      pageSize: value.pageSize,
    }),
    [value.search, value.sort, value.direction, value.page, value.pageSize],
  );

  return { ...value, query, update, toggleSort };
}

export type ListState<S extends string> = ReturnType<typeof useListParams<S>>;
