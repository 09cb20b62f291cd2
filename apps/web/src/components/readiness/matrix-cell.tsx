"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@portal/ui";
import { cellLook, itemAnchor, type MatrixCell } from "./types";

/**
 * One person x requirement: a link to that item's explanation on the person page. Its accessible name says
 * what was expected and what the person has; the same text shows as a popover on hover and keyboard focus.
 */
export function MatrixCellLink({
  cell,
  staffMemberId,
  columnKey,
  name,
  requirement,
  expected,
  actual,
  row,
  col,
}: {
  cell: MatrixCell | undefined;
  staffMemberId: string;
  columnKey: string;
  name: string;
  requirement: string;
  expected: string;
  actual: string;
  row: number;
  col: number;
}) {
  const t = useTranslations("readiness");
  if (!cell)
    return (
      <span className="text-xs text-muted" title={t("notApplicable")}>
        —<span className="sr-only">{t("notApplicable")}</span>
      </span>
    );
  const look = cellLook[cell.status];
  const label = t("cellLabel", { name, requirement, status: t(`cell.${cell.status}`), expected, actual });
  return (
    <Link
      href={`/readiness/${staffMemberId}#${itemAnchor(columnKey)}`}
      aria-label={label}
      data-row={row}
      data-col={col}
      data-status={cell.status}
      className={cn(
        "group relative flex h-9 w-full min-w-12 items-center justify-center rounded text-base font-semibold focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-700",
        look.className,
        cell.blocking && "ring-2 ring-inset ring-gray-900/60",
      )}
    >
      <look.Icon aria-hidden="true" className="size-4" />
      <span
        aria-hidden="true"
        className="pointer-events-none absolute left-1/2 top-full z-20 mt-1 hidden w-56 -translate-x-1/2 rounded-md bg-gray-900 px-3 py-2 text-left text-xs font-normal text-white shadow-lg group-hover:block group-focus-visible:block"
      >
        {label}
      </span>
    </Link>
  );
}
