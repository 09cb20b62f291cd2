"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { Badge, Button, EmptyState, PageHeader, Select, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import { ArchivedToggle, ListToolbar } from "@/components/list/list-toolbar";
import { SortHeader } from "@/components/list/sort-header";
import { ListPagination } from "@/components/list/pagination";
import { QueryState } from "@/components/list/query-state";
import { StaffVsTarget } from "./staff-vs-target";

const sortable = ["name", "segment", "targetHeadcount", "staff"] as const;
const filterKeys = ["segment"] as const;

export function DepartmentList({ canCreate }: { canCreate: boolean }) {
  const t = useTranslations("departments");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const list = useListParams("name", sortable, filterKeys);
  const segments = useQuery(trpc.segments.options.queryOptions());
  const query = useQuery(
    trpc.departments.list.queryOptions({
      search: list.search,
      sort: list.sort,
      direction: list.direction,
      page: list.page,
      pageSize: list.pageSize,
      includeArchived: list.includeArchived,
      segmentId: list.filters.segment,
    }),
  );
  const data = query.data;
  const filtered = !!list.search || !!list.filters.segment;
  const sortProps = { sort: list.sort, direction: list.direction, onSort: list.toggleSort };
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canCreate ? (
            <Button asChild>
              <Link href="/admin/departments/new">{t("new")}</Link>
            </Button>
          ) : null
        }
      />
      <ListToolbar search={list.search} onSearch={(q) => list.update({ q })} label={t("search")}>
        <div>
          <label htmlFor="department-segment" className="mb-1 block text-sm font-medium">
            {t("filterSegment")}
          </label>
          <Select
            id="department-segment"
            value={list.filters.segment ?? ""}
            onChange={(e) => list.update({ segment: e.target.value })}
          >
            <option value="">{t("allSegments")}</option>
            {segments.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </div>
        <ArchivedToggle
          checked={list.includeArchived}
          onChange={(archived) => list.update({ archived })}
          label={common("showArchived")}
        />
      </ListToolbar>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {data && data.total === 0 ? (
          <EmptyState
            title={filtered ? common("noMatches") : t("empty")}
            description={filtered ? common("noMatchesHint") : t("emptyHint")}
          />
        ) : data ? (
          <>
            <Table>
              <THead>
                <tr>
                  <SortHeader column="name" label={t("name")} {...sortProps} />
                  <SortHeader column="segment" label={t("segment")} {...sortProps} />
                  <Th>{t("head")}</Th>
                  <SortHeader column="targetHeadcount" label={t("targetHeadcount")} {...sortProps} />
                  <SortHeader column="staff" label={t("staff")} {...sortProps} />
                  <Th>{t("positions")}</Th>
                </tr>
              </THead>
              <TBody>
                {data.items.map((d) => (
                  <Tr key={d.id}>
                    <Td>
                      <Link
                        href={`/admin/departments/${d.id}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {d.name}
                      </Link>
                      {d.archived ? <Badge className="ml-2">{common("archived")}</Badge> : null}
                    </Td>
                    <Td>{d.segment.name}</Td>
                    <Td>{d.head ? d.head.name : <Badge tone="danger">{t("noHead")}</Badge>}</Td>
                    <Td>{d.targetHeadcount}</Td>
                    <Td>
                      <StaffVsTarget staff={d.staffCount} target={d.targetHeadcount} />
                    </Td>
                    <Td>{d.positionCount}</Td>
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
