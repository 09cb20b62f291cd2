"use client";
import { useTranslations } from "next-intl";
import { Button, Select } from "@portal/ui";

export function Pagination({
  page,
  pageCount,
  pageSize,
  total,
  onPage,
  onPageSize,
  label,
  id = "page-size",
}: {
  /** The navigation's name when a page holds more than one paged table (each needs its own landmark name). */
  label?: string;
  /** The page-size control's id: unique on the page. */
  id?: string;
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const t = useTranslations("common");
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav
      aria-label={label ?? t("pagination")}
      className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm"
    >
      <p className="text-muted">{t("showing", { from, to, total })}</p>
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="text-muted">
          {t("perPage")}
        </label>
        <Select
          id={id}
          className="h-9 w-20"
          value={pageSize}
          onChange={(e) => onPageSize(Number(e.target.value))}
        >
          {[10, 25, 50, 100].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
        <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t("previous")}
        </Button>
        <span aria-current="page">{t("pageOf", { page, pageCount })}</span>
        <Button variant="secondary" size="sm" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
          {t("next")}
        </Button>
      </div>
    </nav>
  );
}

type PageData = { page: number; pageCount: number; pageSize: number; total: number };
type ListUpdate = (changes: { page?: number; pageSize?: number }, resetPage?: boolean) => void;

/** Pagination bound to a list's URL parameters (see useListParams): paging keeps the filters, a new page size restarts at page 1. */
export function ListPagination({ data, update }: { data: PageData; update: ListUpdate }) {
  return (
    <Pagination
      page={data.page}
      pageCount={data.pageCount}
      pageSize={data.pageSize}
      total={data.total}
      onPage={(page) => update({ page }, false)}
      onPageSize={(pageSize) => update({ pageSize })}
    />
  );
}
