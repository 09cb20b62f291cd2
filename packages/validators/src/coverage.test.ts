import { describe, expect, it } from "vitest";
import { timeToSignOffPageSize, timeToSignOffQuery } from "./index";

describe("timeToSignOffQuery", () => {
  it("asks for the first page of each table when given nothing or part of the input", () => {
    const first = { page: 1, pageSize: timeToSignOffPageSize };
    expect(timeToSignOffQuery.parse(undefined)).toEqual({ departments: first, positions: first });
    expect(timeToSignOffQuery.parse({ departments: { page: 3 } })).toEqual({
      departments: { page: 3, pageSize: timeToSignOffPageSize },
      positions: first,
    });
  });

  it("refuses a page size the page does not offer, a page below one and a fractional page", () => {
    for (const departments of [{ pageSize: 7 }, { page: 0 }, { page: 1.5 }, { pageSize: 1000 }])
      expect(timeToSignOffQuery.safeParse({ departments }).success).toBe(false);
  });
});
