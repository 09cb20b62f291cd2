"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { EmptyState, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { Pagination } from "@/components/list/pagination";
import { DaysHistogramChart } from "./lazy-charts";
import { TIME_TO_SIGN_OFF_FIRST_PAGES, type TimeToSignOff } from "./types";

type TablePage = { page: number; pageSize: number };
type StatsPage = TimeToSignOff["departments"] | TimeToSignOff["positions"];

/** One table of groups (departments or positions), a page at a time: a whole company has hundreds of each. */
function StatsTable({
  id,
  caption,
  rows,
  onPage,
  extra,
}: {
  id: string;
  caption: string;
  rows: StatsPage;
  onPage: (page: TablePage) => void;
  /** The position table: a department column beside the position's title. */
  extra?: boolean;
}) {
  const t = useTranslations("coverage");
  const days = (v: number | null) => (v === null ? t("noDate") : v);
  return (
    <div>
      <Table>
        <caption className="px-4 py-2 text-left text-sm font-semibold">{caption}</caption>
        <THead>
          <tr>
            <Th scope="col">{extra ? t("column.position") : t("column.department")}</Th>
            {extra ? <Th scope="col">{t("column.department")}</Th> : null}
            <Th scope="col" className="text-right">
              {t("column.people")}
            </Th>
            <Th scope="col" className="text-right">
              {t("column.median")}
            </Th>
            <Th scope="col" className="text-right">
              {t("column.p90")}
            </Th>
          </tr>
        </THead>
        <TBody>
          {rows.items.map((r) => (
            <Tr key={r.id}>
              <Th scope="row" className="font-medium">
                {r.name}
              </Th>
              {extra ? <Td>{"departmentName" in r ? r.departmentName : null}</Td> : null}
              <Td className="text-right">{r.count}</Td>
              <Td className="text-right">{days(r.median)}</Td>
              <Td className="text-right">{days(r.p90)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {rows.pageCount > 1 ? (
        <Pagination
          id={`${id}-page-size`}
          label={t("pagesOf", { table: caption })}
          page={rows.page}
          pageCount={rows.pageCount}
          pageSize={rows.pageSize}
          total={rows.total}
          onPage={(page) => onPage({ page, pageSize: rows.pageSize })}
          onPageSize={(pageSize) => onPage({ page: 1, pageSize })}
        />
      ) : null}
    </div>
  );
}

/** The histogram's bars as text: the chart's alternative, and its labels. */
function useBinLabels(histogram: TimeToSignOff["histogram"]) {
  const t = useTranslations("coverage");
  return histogram.map((b) => ({
    label: b.to === null ? t("binOpen", { from: b.from }) : t("binRange", { from: b.from, to: b.to - 1 }),
    count: b.count,
  }));
}

function TimeToSignOffBody({
  data,
  onDepartments,
  onPositions,
}: {
  data: TimeToSignOff;
  onDepartments: (page: TablePage) => void;
  onPositions: (page: TablePage) => void;
}) {
  const t = useTranslations("coverage");
  const bins = useBinLabels(data.histogram);
  if (data.overall.count === 0)
    return <EmptyState title={t("noSignOffs")} description={t("noSignOffsHint")} />;
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-700">
        {t("timeSummary", {
          count: data.overall.count,
          median: data.overall.median ?? 0,
          p90: data.overall.p90 ?? 0,
        })}
      </p>
      <figure className="space-y-2">
        <figcaption className="text-sm font-semibold">{t("histogramTitle")}</figcaption>
        <DaysHistogramChart data={bins} label={t("column.people")} />
        <Table>
          <caption className="sr-only">{t("histogramTitle")}</caption>
          <THead>
            <tr>
              <Th scope="col">{t("column.days")}</Th>
              <Th scope="col" className="text-right">
                {t("column.people")}
              </Th>
            </tr>
          </THead>
          <TBody>
            {bins.map((b) => (
              <Tr key={b.label}>
                <Th scope="row" className="font-normal">
                  {b.label}
                </Th>
                <Td className="text-right">{b.count}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </figure>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <StatsTable
          id="per-department"
          caption={t("perDepartment")}
          rows={data.departments}
          onPage={onDepartments}
        />
        <StatsTable
          id="per-position"
          caption={t("perPosition")}
          rows={data.positions}
          onPage={onPositions}
          extra
        />
      </div>
    </div>
  );
}

/** Median and p90 days from start to first sign-off, as a histogram and per department and position. */
export function TimeToSignOffSection() {
  const t = useTranslations("coverage");
  const trpc = useTRPC();
  const [departments, setDepartments] = useState<TablePage>(TIME_TO_SIGN_OFF_FIRST_PAGES.departments);
  const [positions, setPositions] = useState<TablePage>(TIME_TO_SIGN_OFF_FIRST_PAGES.positions);
  // The other table's page stays while one is paged; the shown page stays until the next has come.
  const query = useQuery({
    ...trpc.coverage.timeToSignOff.queryOptions({ departments, positions }),
    placeholderData: keepPreviousData,
  });
  return (
    <section aria-labelledby="time-to-sign-off-title" className="space-y-3">
      <h2 id="time-to-sign-off-title" className="text-lg font-semibold">
        {t("timeTitle")}
      </h2>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {query.data ? (
          <TimeToSignOffBody data={query.data} onDepartments={setDepartments} onPositions={setPositions} />
        ) : null}
      </QueryState>
    </section>
  );
}
