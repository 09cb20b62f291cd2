"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { listQuery, readListParams, type ListParams } from "./list-params";

export type { ListParams } from "./list-params";

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

  const value = useMemo<ListParams<S>>(
    () => readListParams(params, defaultSort, sortable, filterKeys),
    [params, defaultSort, sortable, filterKeys],
  );

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

  /** The paging, sorting and search input every list procedure takes (listQuery). */
  const query = useMemo(() => listQuery(value), [value]);

  return { ...value, query, update, toggleSort };
}

export type ListState<S extends string> = ReturnType<typeof useListParams<S>>;
