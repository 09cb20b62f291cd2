"use client";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { Th } from "@portal/ui";

/** A column header that sorts on click or Enter/Space, announcing the direction via aria-sort. */
export function SortHeader<S extends string>({
  column,
  label,
  sort,
  direction,
  onSort,
  className,
}: {
  column: S;
  label: string;
  sort: S;
  direction: "asc" | "desc";
  onSort: (column: S) => void;
  className?: string;
}) {
  const t = useTranslations("common");
  const active = sort === column;
  return (
    <Th
      aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : "none"}
      className={className}
    >
      <button
        type="button"
        className="inline-flex items-center gap-1 uppercase hover:text-ink"
        onClick={() => onSort(column)}
      >
        {label}
        {active ? (
          direction === "asc" ? (
            <ArrowUp aria-hidden="true" className="size-3.5" />
          ) : (
            <ArrowDown aria-hidden="true" className="size-3.5" />
          )
        ) : (
          <ArrowUpDown aria-hidden="true" className="size-3.5" />
        )}
        <span className="sr-only">{t("sortBy", { column: label })}</span>
      </button>
    </Th>
  );
}
