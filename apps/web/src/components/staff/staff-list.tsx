"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { staffStatuses } from "@portal/validators";
import { Badge, Button, EmptyState, PageHeader, Select, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import { ArchivedToggle, ListToolbar } from "@/components/list/list-toolbar";
import { SortHeader } from "@/components/list/sort-header";
import { ListPagination } from "@/components/list/pagination";
import { QueryState } from "@/components/list/query-state";
import { ExportButton } from "./export-button";
import { statusTone } from "./types";

const sortable = ["name", "department", "position", "startDate", "status"] as const;
const filterKeys = ["departmentId", "status"] as const;
type Status = (typeof staffStatuses)[number];
const asStatus = (v: string | undefined) =>
  (staffStatuses as readonly string[]).includes(v ?? "") ? (v as Status) : undefined;

export function StaffList({ canManage }: { canManage: boolean }) {
  const t = useTranslations("staff");
  const common = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const list = useListParams("name", sortable, filterKeys);
  const departmentId = list.filters.departmentId;
  const status = asStatus(list.filters.status);
  const options = useQuery(trpc.staff.filterOptions.queryOptions());
  const query = useQuery(
    trpc.staff.list.queryOptions({
      search: list.search,
      sort: list.sort,
      direction: list.direction,
      page: list.page,
      pageSize: list.pageSize,
      includeArchived: list.includeArchived,
      departmentId,
      status,
    }),
  );
  const data = query.data;
  const filtered = !!list.search || !!departmentId || !!status;
  const header = (column: (typeof sortable)[number], label: string) => (
    <SortHeader
      column={column}
      label={label}
      sort={list.sort}
      direction={list.direction}
      onSort={list.toggleSort}
    />
  );
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canManage ? (
            <>
              <Button asChild>
                <Link href="/admin/staff/new">{t("new")}</Link>
              </Button>
              <Button asChild variant="secondary">
                <Link href="/admin/staff/import">{t("import")}</Link>
              </Button>
              <ExportButton />
            </>
          ) : null
        }
      />
      <ListToolbar search={list.search} onSearch={(q) => list.update({ q })} label={t("search")}>
        <div>
          <label htmlFor="department-filter" className="mb-1 block text-sm font-medium">
            {t("departmentFilter")}
          </label>
          <Select
            id="department-filter"
            value={departmentId ?? ""}
            onChange={(e) => list.update({ departmentId: e.target.value })}
          >
            <option value="">{t("allDepartments")}</option>
            {(options.data?.departments ?? []).map((d) => (
              <option key={d.id} value={d.id}>
                {d.archived ? t("archivedSuffix", { name: d.name }) : d.name}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="status-filter" className="mb-1 block text-sm font-medium">
            {t("statusFilter")}
          </label>
          <Select
            id="status-filter"
            value={status ?? ""}
            onChange={(e) => list.update({ status: e.target.value })}
          >
            <option value="">{t("allStatuses")}</option>
            {staffStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </Select>
        </div>
        <ArchivedToggle
          checked={list.includeArchived}
          onChange={(archived) => list.update({ archived })}
          label={t("showLeft")}
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
                  {header("name", t("name"))}
                  {header("department", t("department"))}
                  {header("position", t("position"))}
                  {header("status", t("status"))}
                  {header("startDate", t("startDate"))}
                  <Th scope="col">{t("topExpertise")}</Th>
                </tr>
              </THead>
              <TBody>
                {data.items.map((s) => (
                  <Tr key={s.id}>
                    <Td>
                      <Link
                        href={`/admin/staff/${s.id}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {s.user.name}
                      </Link>
                      <div className="text-xs text-muted">{s.user.email}</div>
                    </Td>
                    <Td>{s.department.name}</Td>
                    <Td>{s.position?.title ?? <span className="text-muted">{t("noPosition")}</span>}</Td>
                    <Td>
                      <Badge tone={statusTone[s.status]}>{t(`statuses.${s.status}`)}</Badge>
                    </Td>
                    <Td>{format.dateTime(s.startDate, { dateStyle: "medium" })}</Td>
                    <Td>
                      {s.topExpertise ? (
                        `${s.topExpertise.segment.name}: ${t(`levels.${s.topExpertise.level}`)}`
                      ) : (
                        <span className="text-muted">{t("noExpertise")}</span>
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
