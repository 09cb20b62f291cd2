export type Page<T> = { items: T[]; total: number; page: number; pageSize: number; pageCount: number };

export const pageArgs = (q: { page: number; pageSize: number }) => ({
  skip: (q.page - 1) * q.pageSize,
  take: q.pageSize,
});

export function toPage<T>(items: T[], total: number, q: { page: number; pageSize: number }): Page<T> {
  return {
    items,
    total,
    page: q.page,
    pageSize: q.pageSize,
    pageCount: Math.max(1, Math.ceil(total / q.pageSize)),
  };
}

export const contains = (search: string) => ({ contains: search, mode: "insensitive" as const });

/**
 * Keyset paging for the REST API (issue 19): rows in id order after the cursor (the last id of the previous
 * page), one more than the limit so the database says whether another page follows. The paging stays in SQL.
 */
export const cursorArgs = (q: { cursor?: string | undefined; limit: number }) => ({
  where: q.cursor ? { id: { gt: q.cursor } } : {},
  orderBy: { id: "asc" as const },
  take: q.limit + 1,
});

export type CursorPage<T> = { items: T[]; nextCursor: string | null };

/** The page of `rows` fetched with cursorArgs: `nextCursor` is the last id shown when more rows follow. */
export function toCursorPage<T extends { id: string }>(rows: T[], q: { limit: number }): CursorPage<T> {
  const items = rows.slice(0, q.limit);
  return { items, nextCursor: rows.length > q.limit ? (items.at(-1)?.id ?? null) : null };
}

/**
 * A page of rows already in memory (figures stored whole, such as the company's time to sign-off): a page past
 * the end (the list shrank since the reader paged) is the last page instead of an empty one.
 */
export function pageOfRows<T>(rows: readonly T[], q: { page: number; pageSize: number }): Page<T> {
  const pageCount = Math.max(1, Math.ceil(rows.length / q.pageSize));
  const page = Math.min(q.page, pageCount);
  const from = (page - 1) * q.pageSize;
  return {
    items: rows.slice(from, from + q.pageSize),
    total: rows.length,
    page,
    pageSize: q.pageSize,
    pageCount,
  };
}
