/**
 * A page's server component prefetches a list's first page from its `searchParams` prop; the browser's list reads
 * `useSearchParams()`. Both must derive the same query input, or the browser's cache key differs and it fetches
 * again. The prop is a record (a repeated key: an array of its values); the browser's reader is URLSearchParams.
 */
import { describe, expect, it } from "vitest";
import { listQuery, readListParams, urlSearchParams } from "./list-params";
import {
  staffListDefaultSort,
  staffListFilterKeys,
  staffListQuery,
  staffListSortable,
} from "@/components/staff/staff-list-query";

/** What Next passes as `searchParams` for a query string (Object.fromEntries keeps the last of a key: arrays instead). */
function nextSearchParams(query: string): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const seen = record[key];
    record[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return record;
}

const staffInput = (params: { get(key: string): string | null }) =>
  staffListQuery(readListParams(params, staffListDefaultSort, staffListSortable, staffListFilterKeys)).input;

describe("a list's input from the URL", () => {
  it.each([
    "",
    "q=Sam+Staff&sort=status&dir=desc",
    "page=3&pageSize=50&archived=1",
    "status=LEFT&departmentId=d1&q=%C3%85sa",
    "sort=unknown&page=-2&pageSize=7&dir=up&status=NOPE",
    "q=first&q=second&sort=position&sort=name",
    "departmentId=&status=",
  ])("is the same on the server as in the browser for ?%s", (query) => {
    expect(staffInput(urlSearchParams(nextSearchParams(query)))).toEqual(
      staffInput(new URLSearchParams(query)),
    );
  });

  it("falls back to the list's defaults for what the URL does not say or says wrongly", () => {
    expect(
      staffInput(urlSearchParams({ sort: "salary", page: "0", pageSize: "1000", status: "NOPE" })),
    ).toEqual({
      search: "",
      sort: "name",
      direction: "asc",
      page: 1,
      pageSize: 25,
      includeArchived: false,
      departmentId: undefined,
      status: undefined,
    });
  });

  it("takes a repeated key's first value, as the browser's reader does", () => {
    const list = readListParams(urlSearchParams({ q: ["first", "second"], dir: ["desc", "asc"] }), "name", [
      "name",
    ]);
    expect(listQuery(list)).toMatchObject({ search: "first", direction: "desc" });
  });

  it("ignores parameters it has no value for", () => {
    expect(urlSearchParams({ q: undefined, page: "2" }).toString()).toBe("page=2");
  });
});
