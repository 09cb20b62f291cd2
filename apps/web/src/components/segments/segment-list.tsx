"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { Badge, Button, EmptyState, PageHeader, Table, TBody, Td, THead, Tr } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import { ArchivedToggle, ListToolbar } from "@/components/list/list-toolbar";
import { SortHeader } from "@/components/list/sort-header";
import { ListPagination } from "@/components/list/pagination";
import { QueryState } from "@/components/list/query-state";

const sortable = ["name", "kind", "bestCustomerPriority", "departments"] as const;

export function SegmentList({ canEdit }: { canEdit: boolean }) {
  const t = useTranslations("segments");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const list = useListParams("name", sortable);
  const query = useQuery(
    trpc.segments.list.queryOptions({
      search: list.search,
      sort: list.sort,
      direction: list.direction,
      page: list.page,
      pageSize: list.pageSize,
      includeArchived: list.includeArchived,
    }),
  );
  const data = query.data;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canEdit ? (
            <Button asChild>
              <Link href="/admin/segments/new">{t("new")}</Link>
            </Button>
          ) : null
        }
      />
      <ListToolbar search={list.search} onSearch={(q) => list.update({ q })} label={t("search")}>
        <ArchivedToggle
          checked={list.includeArchived}
          onChange={(archived) => list.update({ archived })}
          label={common("showArchived")}
        />
      </ListToolbar>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {data && data.total === 0 ? (
          <EmptyState
            title={list.search ? common("noMatches") : t("empty")}
            description={list.search ? common("noMatchesHint") : t("emptyHint")}
          />
        ) : data ? (
          <>
            <Table>
              <THead>
                <tr>
                  <SortHeader
                    column="name"
                    label={t("name")}
                    sort={list.sort}
                    direction={list.direction}
                    onSort={list.toggleSort}
                  />
                  <SortHeader
                    column="kind"
                    label={t("kind")}
                    sort={list.sort}
                    direction={list.direction}
                    onSort={list.toggleSort}
                  />
                  <SortHeader
                    column="bestCustomerPriority"
                    label={t("priority")}
                    sort={list.sort}
                    direction={list.direction}
                    onSort={list.toggleSort}
                  />
                  <SortHeader
                    column="departments"
                    label={t("departments")}
                    sort={list.sort}
                    direction={list.direction}
                    onSort={list.toggleSort}
                  />
                </tr>
              </THead>
              <TBody>
                {data.items.map((s) => (
                  <Tr key={s.id}>
                    <Td>
                      <Link
                        href={`/admin/segments/${s.id}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {s.name}
                      </Link>
                      {s.archived ? <Badge className="ml-2">{common("archived")}</Badge> : null}
                    </Td>
                    <Td>{t(`kinds.${s.kind}`)}</Td>
                    <Td>{t(`priorities.${s.bestCustomerPriority}`)}</Td>
                    <Td>{s.orphan ? <Badge tone="danger">{t("orphan")}</Badge> : s.departmentCount}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
            <ListPagination data={data} update={list.update} />
          </>
        ) : null}
      </QueryState>
    </>
  );
}
