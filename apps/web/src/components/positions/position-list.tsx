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

const sortable = ["title", "department", "headcount"] as const;
const filterKeys = ["departmentId"] as const;

export function PositionList({ canCreate }: { canCreate: boolean }) {
  const t = useTranslations("positions");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const list = useListParams("title", sortable, filterKeys);
  const departments = useQuery(trpc.departments.options.queryOptions());
  const departmentId = list.filters.departmentId;
  const query = useQuery(
    trpc.positions.list.queryOptions({
      search: list.search,
      sort: list.sort,
      direction: list.direction,
      page: list.page,
      pageSize: list.pageSize,
      includeArchived: list.includeArchived,
      departmentId,
    }),
  );
  const data = query.data;
  const filtered = !!list.search || !!departmentId;
  const sortProps = { sort: list.sort, direction: list.direction, onSort: list.toggleSort };
  const newHref = departmentId
    ? `/admin/positions/new?departmentId=${encodeURIComponent(departmentId)}`
    : "/admin/positions/new";
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canCreate ? (
            <Button asChild>
              <Link href={newHref}>{t("new")}</Link>
            </Button>
          ) : null
        }
      />
      <ListToolbar search={list.search} onSearch={(q) => list.update({ q })} label={t("search")}>
        <div>
          <label htmlFor="position-department" className="mb-1 block text-sm font-medium">
            {t("filterDepartment")}
          </label>
          <Select
            id="position-department"
            value={departmentId ?? ""}
            onChange={(e) => list.update({ departmentId: e.target.value })}
          >
            <option value="">{t("allDepartments")}</option>
            {departments.data?.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
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
                  <SortHeader column="title" label={t("positionTitle")} {...sortProps} />
                  <SortHeader column="department" label={t("department")} {...sortProps} />
                  <Th>{t("segment")}</Th>
                  <SortHeader column="headcount" label={t("headcount")} {...sortProps} />
                  <Th>{t("filled")}</Th>
                  <Th>{t("open")}</Th>
                </tr>
              </THead>
              <TBody>
                {data.items.map((p) => (
                  <Tr key={p.id}>
                    <Td>
                      <Link
                        href={`/admin/positions/${p.id}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {p.title}
                      </Link>
                      {p.archived || p.department.archived ? (
                        <Badge className="ml-2">{common("archived")}</Badge>
                      ) : null}
                    </Td>
                    <Td>
                      <Link
                        href={`/admin/departments/${p.department.id}`}
                        className="text-brand-700 hover:underline"
                      >
                        {p.department.name}
                      </Link>
                    </Td>
                    <Td>{p.department.segment.name}</Td>
                    <Td>{p.headcount}</Td>
                    <Td>{p.filled}</Td>
                    <Td>
                      {p.open > 0 ? (
                        <Badge tone="warning">{p.open}</Badge>
                      ) : (
                        <Badge tone="success">{t("full")}</Badge>
                      )}
                    </Td>
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
