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
import type { AppMessages } from "@/i18n/app-config";

type ListTexts = { title: string; description: string; search: string; empty: string; emptyHint: string };
/** A namespace with the texts of a list screen. */
type ListNamespace = {
  [N in keyof AppMessages]: AppMessages[N] extends ListTexts ? N : never;
}[keyof AppMessages];

const rowIdOf = (row: { id: string }) => row.id;

type Page<TRow> = { items: TRow[]; page: number; pageCount: number; pageSize: number; total: number };

/**
 * A resource's list screen: header with actions, search box and filters (state in the URL, see useListParams),
 * loading/error state, empty state, one server page as a table with sortable columns, and pagination.
 */
export function ResourceList<TRow extends RowData & { id: string }, S extends string>({
  messages,
  actions,
  list,
  filters,
  archivedLabel,
  query,
  filtered,
  emptyHint,
  columns,
}: {
  /** The resource's message namespace: its title, description, search, empty and emptyHint texts. */
  messages: ListNamespace;
  actions?: ReactNode;
  list: ListState<S>;
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
  /** Instead of the namespace's `emptyHint`. */
  emptyHint?: string;
  columns: ResourceColumns<TRow>;
}) {
  const t = useTranslations(messages);
  const common = useTranslations("common");
  const data = query.data;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={actions} />
      <ListToolbar search={list.search} onSearch={(q) => list.update({ q })} label={t("search")}>
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
            title={filtered ? common("noMatches") : t("empty")}
            description={filtered ? common("noMatchesHint") : (emptyHint ?? t("emptyHint"))}
          />
        ) : data ? (
          <>
            <ResourceTable
              columns={columns}
              rows={data.items}
              rowId={rowIdOf}
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
