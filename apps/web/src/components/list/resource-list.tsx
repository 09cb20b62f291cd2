"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { EmptyState, PageHeader } from "@portal/ui";
import { ListPagination } from "./pagination";
import { QueryState } from "./query-state";
import { ArchivedToggle, ListToolbar } from "./list-toolbar";
import type { RowData } from "@tanstack/react-table";
import { ResourceTable, type ResourceColumns } from "./resource-table";
import type { ListState } from "./use-list-params";

type Page<TRow> = { items: TRow[]; page: number; pageCount: number; pageSize: number; total: number };

/**
 * A resource's list screen: header with actions, search box and filters (state in the URL, see useListParams),
 * loading/error state, empty state, one server page as a table with sortable columns, and pagination.
 */
export function ResourceList<TRow extends RowData, S extends string>({
  title,
  description,
  actions,
  list,
  searchLabel,
  filters,
  archivedLabel,
  query,
  filtered,
  empty,
  columns,
  rowId,
}: {
  title: string;
  description: string;
  actions?: ReactNode;
  list: ListState<S>;
  searchLabel: string;
  /** Filter controls shown after the search box (see FilterSelect). */
  filters?: ReactNode;
  /** Label of the "show archived" checkbox; without it the list has none. */
  archivedLabel?: string;
  query: {
    isPending: boolean;
    error: { message: string } | null;
    refetch: () => unknown;
    data: Page<TRow> | undefined;
  };
  /** Whether a search or filter narrows the list: the empty state then says "no matches". */
  filtered: boolean;
  empty: { title: string; hint: string };
  columns: ResourceColumns<TRow>;
  rowId: (row: TRow) => string;
}) {
  const common = useTranslations("common");
  const data = query.data;
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} />
      <ListToolbar search={list.search} onSearch={(q) => list.update({ q })} label={searchLabel}>
        {filters}
        {archivedLabel ? (
          <ArchivedToggle
            checked={list.includeArchived}
            onChange={(archived) => list.update({ archived })}
            label={archivedLabel}
          />
        ) : null}
      </ListToolbar>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {data && data.total === 0 ? (
          <EmptyState
            title={filtered ? common("noMatches") : empty.title}
            description={filtered ? common("noMatchesHint") : empty.hint}
          />
        ) : data ? (
          <>
            <ResourceTable
              columns={columns}
              rows={data.items}
              rowId={rowId}
              sorting={{
                sort: list.sort,
                direction: list.direction,
                onSort: ({ column, direction }) => list.update({ sort: column, dir: direction }),
              }}
            />
            <ListPagination data={data} update={list.update} />
          </>
        ) : null}
      </QueryState>
    </>
  );
}
