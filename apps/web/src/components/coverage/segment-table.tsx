"use client";
import { Fragment } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { Badge, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import type { SegmentCoverage, SegmentDepartments } from "./types";
import { InsightLink } from "@/components/feedback/insight-link";
import { QueryState } from "@/components/list/query-state";
import { useTRPC } from "@/trpc/react";

type Outlook = { nextReadyAt: Date | null; lastReadyAt: Date | null; undated: number };
type Figures = Outlook & {
  target: number;
  signedOff: number;
  readyForReview: number;
  onboarding: number;
  lapsed: number;
  gap: number;
};

/** A segment's row and its details share this id: the flags above link to it (`#segment-<id>`). */
export const segmentAnchor = (segmentId: string) => `segment-${segmentId}`;

/** When the people still onboarding are expected to be ready: the first and last due dates, and how many have none. */
function ExpectedReady({ o }: { o: Outlook }) {
  const t = useTranslations("coverage");
  const format = useFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const range =
    o.nextReadyAt && o.lastReadyAt
      ? o.nextReadyAt.getTime() === o.lastReadyAt.getTime()
        ? date(o.lastReadyAt)
        : t("expectedBetween", { from: date(o.nextReadyAt), to: date(o.lastReadyAt) })
      : null;
  return (
    <>
      {range ?? (o.undated === 0 ? t("noDate") : null)}
      {o.undated > 0 ? (
        <span className="block text-xs text-gray-700">{t("undated", { count: o.undated })}</span>
      ) : null}
    </>
  );
}

/** Target, signed off, on the way, lapsed, expected ready and gap: the columns a department and a segment share. */
function FigureCells({ f }: { f: Figures }) {
  return (
    <>
      <Td className="text-right">{f.target}</Td>
      <Td className="text-right">{f.signedOff}</Td>
      <Td className="text-right">{f.readyForReview}</Td>
      <Td className="text-right">{f.onboarding}</Td>
      <Td className="text-right">{f.lapsed}</Td>
      <Td>
        <ExpectedReady o={f} />
      </Td>
      <Td className={f.gap > 0 ? "text-right font-semibold text-red-800" : "text-right"}>{f.gap}</Td>
    </>
  );
}

function FigureHeaders() {
  const t = useTranslations("coverage");
  return (
    <>
      <Th scope="col" className="text-right">
        {t("column.target")}
      </Th>
      <Th scope="col" className="text-right">
        {t("column.signedOff")}
      </Th>
      <Th scope="col" className="text-right">
        {t("column.readyForReview")}
      </Th>
      <Th scope="col" className="text-right">
        {t("column.onboarding")}
      </Th>
      <Th scope="col" className="text-right">
        {t("column.lapsed")}
      </Th>
      <Th scope="col">{t("column.expectedReady")}</Th>
      <Th scope="col" className="text-right">
        {t("column.gap")}
      </Th>
    </>
  );
}

/** The departments serving one segment, with their head and figures: a segment's details. */
function DepartmentsTable({ segment: s }: { segment: SegmentDepartments }) {
  const t = useTranslations("coverage");
  return (
    <Table>
      <caption className="sr-only">{t("segmentCaption", { segment: s.name })}</caption>
      <THead>
        <tr>
          <Th scope="col">{t("column.department")}</Th>
          <Th scope="col">{t("column.head")}</Th>
          <FigureHeaders />
        </tr>
      </THead>
      <TBody>
        {s.departments.map((d) => (
          <Tr key={d.departmentId}>
            <Th scope="row" className="font-medium">
              {d.name}
            </Th>
            <Td>{d.headName ?? <Badge tone="warning">{t("noHead")}</Badge>}</Td>
            <FigureCells f={d} />
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

/** A segment's departments, loaded when it is opened (a whole company has hundreds). */
function SegmentDepartmentsTable({ segmentId }: { segmentId: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.coverage.segmentDepartments.queryOptions({ segmentId }));
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {query.data ? <DepartmentsTable segment={query.data} /> : null}
    </QueryState>
  );
}

/** Whether the gap closes with the people on the way, and when; or that nobody serves the segment. */
function SegmentDetails({ segment: s }: { segment: SegmentCoverage }) {
  const t = useTranslations("coverage");
  const format = useFormatter();
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <p className="text-sm text-gray-700">
          {s.orphan
            ? t("noDepartments")
            : !s.hasGap
              ? t("covered")
              : s.gapClosesAt
                ? t("gapCloses", { date: format.dateTime(s.gapClosesAt, { dateStyle: "medium" }) })
                : t("gapStays")}
        </p>
        <span className="ml-auto">
          <InsightLink segmentId={s.segmentId} segment={s.name} />
        </span>
      </div>
      {s.orphan ? null : <SegmentDepartmentsTable segmentId={s.segmentId} />}
    </div>
  );
}

/**
 * Every segment in one table, a row each with the segment's totals; a row opens to the departments serving it.
 * A whole company has dozens of segments and hundreds of departments: their tables are rendered only when asked
 * for, so the page's first view is one table of segments (a head's few segments come open).
 */
export function SegmentSummaryTable({
  segments,
  open,
  onToggle,
}: {
  segments: SegmentCoverage[];
  open: ReadonlySet<string>;
  onToggle: (segmentId: string) => void;
}) {
  const t = useTranslations("coverage");
  return (
    <Table>
      <caption className="sr-only">{t("summaryCaption")}</caption>
      <THead>
        <tr>
          <Th scope="col">{t("column.segment")}</Th>
          <FigureHeaders />
        </tr>
      </THead>
      <TBody>
        {segments.map((s) => {
          const anchor = segmentAnchor(s.segmentId);
          const isOpen = open.has(s.segmentId);
          return (
            <Fragment key={s.segmentId}>
              <Tr id={anchor} className="scroll-mt-4">
                <Th scope="row" className="font-medium">
                  <div className="flex flex-wrap items-center gap-2">
                    <button
                      type="button"
                      className="inline-flex items-center gap-1 rounded text-left font-semibold text-ink underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                      aria-expanded={isOpen}
                      aria-controls={`${anchor}-details`}
                      onClick={() => onToggle(s.segmentId)}
                    >
                      <svg
                        aria-hidden="true"
                        viewBox="0 0 20 20"
                        className={isOpen ? "h-4 w-4 rotate-90" : "h-4 w-4"}
                        fill="currentColor"
                      >
                        <path d="M7 4l7 6-7 6V4z" />
                      </svg>
                      {s.name}
                    </button>
                    <span className="text-xs font-normal text-muted">
                      {t("departmentCount", { count: s.departmentCount })}
                    </span>
                    {s.bestCustomers ? <Badge tone="info">{t("bestCustomers")}</Badge> : null}
                    {s.orphan ? <Badge tone="danger">{t("orphan")}</Badge> : null}
                    {s.overlap ? <Badge tone="warning">{t("overlap")}</Badge> : null}
                  </div>
                </Th>
                <FigureCells f={s} />
              </Tr>
              <tr id={`${anchor}-details`} hidden={!isOpen} className="bg-gray-50">
                {isOpen ? (
                  <td colSpan={8} className="px-4 py-3">
                    <SegmentDetails segment={s} />
                  </td>
                ) : null}
              </tr>
            </Fragment>
          );
        })}
      </TBody>
    </Table>
  );
}
