"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { usePathname } from "next/navigation";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { EmptyState, PageHeader, Select } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import { ListToolbar } from "@/components/list/list-toolbar";
import { ListPagination } from "@/components/list/pagination";
import { QueryState } from "@/components/list/query-state";
import { DepartmentPicker } from "./department-picker";
import { ExportButton } from "./export-button";
import { MatrixLegend } from "./matrix-legend";
import { ReadinessMatrix } from "./readiness-matrix";
import { StatusChips } from "./status-chips";
import { readinessFilterKeys, readinessMatrixQuery, readinessSortable } from "./matrix-query";
import type { ReadinessStatus } from "./types";

/** The head dashboard: one department's people x requirements. Filters live in the URL (bookmarkable, back button). */
export function ReadinessDashboard({ isHead }: { isHead: boolean }) {
  const t = useTranslations("readiness");
  const common = useTranslations("common");
  // The matrix is served from stored figures (like coverage): the page says the time they are from.
  const figures = useTranslations("coverage");
  const trpc = useTRPC();
  const pathname = usePathname();
  const list = useListParams("name", readinessSortable, readinessFilterKeys);
  const departments = useQuery(trpc.departments.options.queryOptions());
  const options = departments.data ?? [];
  // The page's server component prefetched both queries with the same inputs (matrix-query.ts).
  const { chosen, departmentId, status, filter, input } = readinessMatrixQuery(list, options);
  const { update } = list;
  // Without a department in the URL the first one is shown; writing it down keeps links and reloads on it. The
  // history entry is replaced in place (the router follows it): a router navigation would make the server render
  // the page again, only to show the same department.
  useEffect(() => {
    if (chosen || !departmentId) return;
    const next = new URLSearchParams(window.location.search);
    next.set("departmentId", departmentId);
    window.history.replaceState(null, "", `${pathname}?${next.toString()}`);
  }, [chosen, departmentId, pathname]);

  const matrix = useQuery({
    ...trpc.readiness.matrix.queryOptions(input),
    enabled: !!departmentId,
    placeholderData: keepPreviousData,
  });
  const data = matrix.data;
  const filtered = !!list.search || !!list.filters.positionId || !!status;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<ExportButton input={filter} disabled={!data || data.total === 0} />}
      />
      <QueryState
        isPending={departments.isPending}
        error={departments.error}
        onRetry={() => void departments.refetch()}
      >
        {options.length === 0 ? (
          <EmptyState title={isHead ? t("noDepartmentsHead") : t("noDepartments")} />
        ) : (
          <>
            <DepartmentPicker
              options={options}
              value={departmentId ?? ""}
              onChange={(id) => update({ departmentId: id, positionId: null, status: null })}
            />
            {data ? (
              <p className="mb-3 text-sm text-muted">{figures("figuresAsOf", { time: data.asOf })}</p>
            ) : null}
            <ListToolbar search={list.search} onSearch={(q) => update({ q })} label={t("search")}>
              <div>
                <label htmlFor="readiness-position" className="mb-1 block text-sm font-medium">
                  {t("position")}
                </label>
                <Select
                  id="readiness-position"
                  value={list.filters.positionId ?? ""}
                  onChange={(e) => update({ positionId: e.target.value })}
                >
                  <option value="">{t("allPositions")}</option>
                  {data?.department.positions.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.title}
                    </option>
                  ))}
                </Select>
              </div>
            </ListToolbar>
            <QueryState
              isPending={matrix.isPending}
              error={matrix.error}
              onRetry={() => void matrix.refetch()}
            >
              {data ? (
                <div aria-busy={matrix.isFetching}>
                  <StatusChips
                    counts={data.counts}
                    value={status}
                    onChange={(s: ReadinessStatus | null) => update({ status: s })}
                  />
                  {data.total === 0 ? (
                    <EmptyState
                      title={filtered ? common("noMatches") : t("noPeople")}
                      description={filtered ? common("noMatchesHint") : t("noPeopleHint")}
                    />
                  ) : (
                    <>
                      <MatrixLegend />
                      <ReadinessMatrix
                        department={data.department.name}
                        columns={data.columns}
                        rows={data.items}
                      />
                      <ListPagination data={data} update={update} />
                    </>
                  )}
                </div>
              ) : null}
            </QueryState>
          </>
        )}
      </QueryState>
    </>
  );
}
