"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { KeyboardEvent } from "react";
import { Badge, cn, ScrollRegion } from "@portal/ui";
import { MatrixCellLink } from "./matrix-cell";
import { ReadinessBreakdown } from "./readiness-breakdown";
import { statusTone, type MatrixColumn, type MatrixRow } from "./types";
import { isCourseStatus, useReadinessText } from "./use-readiness-text";

const moves: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** Arrow keys move between cells (Tab still walks every link), so a wide matrix does not take a hundred Tabs to cross. */
function moveFocus(e: KeyboardEvent<HTMLTableElement>) {
  const move = moves[e.key];
  const from = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>("[data-row]") : null;
  if (!move || !from) return;
  const row = Number(from.dataset.row) + move[0];
  const col = Number(from.dataset.col) + move[1];
  const next = e.currentTarget.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`);
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

/** The team x requirements heat map; columns come ordered by the server (what blocks most first). */
export function ReadinessMatrix({
  department,
  columns,
  rows,
}: {
  department: string;
  columns: MatrixColumn[];
  rows: MatrixRow[];
}) {
  const t = useTranslations("readiness");
  const text = useReadinessText();
  const columnText = (c: MatrixColumn) =>
    c.kind === "course"
      ? { name: text.courseName(c.title), target: text.courseTarget() }
      : { name: text.name(c.requirement), target: text.target(c.requirement) };
  const actualText = (c: MatrixColumn, actual: MatrixRow["cells"][string]["actual"] | undefined) =>
    actual === undefined
      ? ""
      : c.kind === "course"
        ? isCourseStatus(actual)
          ? text.courseActual(actual)
          : ""
        : text.actual(c.requirement, actual);
  return (
    // Scrolls inside its own region (the page keeps its width) with the header row and the names column sticky.
    <ScrollRegion
      aria-label={t("matrixCaption", { department })}
      className="max-h-[75vh] rounded-lg border border-gray-200 bg-white pb-16"
    >
      {/* Arrow keys move between the cells' buttons: the handler catches their bubbling key presses. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- not a control itself */}
      <table className="w-full border-collapse text-left text-sm" onKeyDown={moveFocus}>
        <caption className="sr-only">{t("matrixCaption", { department })}</caption>
        <thead className="bg-gray-50 text-xs text-muted">
          <tr>
            <th scope="col" className="sticky left-0 top-0 z-30 bg-gray-50 px-4 py-3 font-semibold uppercase">
              {t("person")}
            </th>
            <th scope="col" className="sticky top-0 z-20 bg-gray-50 px-3 py-3 font-semibold uppercase">
              {t("overall")}
            </th>
            {columns.map((c) => {
              const label = columnText(c);
              return (
                <th
                  key={c.key}
                  scope="col"
                  className="sticky top-0 z-20 min-w-28 max-w-40 bg-gray-50 px-2 py-3 align-bottom font-normal"
                >
                  <span className="block font-semibold text-ink">{label.name}</span>
                  <span className="block">{label.target}</span>
                  {c.mustHave ? <span className="block">{t("mustHave")}</span> : null}
                  <span className={cn("block", c.blocking > 0 && "font-semibold text-danger")}>
                    {t("blocks", { count: c.blocking })}
                  </span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((r, ri) => (
            <tr
              key={r.staffMemberId}
              className={cn("hover:bg-gray-50", r.override && "bg-red-50/60")}
              data-override={r.override || undefined}
            >
              <th
                scope="row"
                className={cn(
                  "sticky left-0 z-10 bg-white px-4 py-2 font-normal",
                  r.override && "border-l-4 border-l-red-600",
                )}
              >
                <Link
                  href={`/readiness/${r.staffMemberId}`}
                  data-row={ri}
                  data-col={-1}
                  className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800"
                >
                  {r.name}
                </Link>
                {r.position ? <span className="block text-xs text-muted">{r.position}</span> : null}
              </th>
              <td className="px-3 py-2 align-top">
                <span className="flex flex-wrap items-center gap-1">
                  <Badge tone={statusTone[r.status]}>{t(`status.${r.status}`)}</Badge>
                  {r.override ? (
                    <Badge tone="danger" title={t("overrideHint")}>
                      {t("override")}
                    </Badge>
                  ) : null}
                </span>
                <span className="mt-1 block text-xs tabular-nums text-gray-700">
                  {t("blockersCount", { count: r.blockers })}
                </span>
                <ReadinessBreakdown
                  label={text.percent(r.percent)}
                  parts={columns.flatMap((c) => {
                    const cell = r.cells[c.key];
                    return cell
                      ? [{ key: c.key, name: columnText(c).name, weight: cell.weight, ratio: cell.ratio }]
                      : [];
                  })}
                />
                {r.overdueCourses > 0 ? (
                  <span className="block text-xs font-medium text-danger">
                    {t("overdue", { count: r.overdueCourses })}
                  </span>
                ) : null}
              </td>
              {columns.map((c, ci) => {
                const cell = r.cells[c.key];
                const label = columnText(c);
                return (
                  <td key={c.key} className="px-2 py-2">
                    <MatrixCellLink
                      cell={cell}
                      staffMemberId={r.staffMemberId}
                      columnKey={c.key}
                      name={r.name}
                      requirement={label.name}
                      expected={label.target}
                      actual={actualText(c, cell?.actual)}
                      row={ri}
                      col={ci}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
