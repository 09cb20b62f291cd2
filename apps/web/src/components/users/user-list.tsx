"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { roles } from "@portal/validators";
import { Badge, Button, EmptyState, PageHeader, Select, Table, TBody, Td, THead, Tr } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import { ArchivedToggle, ListToolbar } from "@/components/list/list-toolbar";
import { SortHeader } from "@/components/list/sort-header";
import { ListPagination } from "@/components/list/pagination";
import { QueryState } from "@/components/list/query-state";

const sortable = ["name", "email", "role", "createdAt"] as const;
const filterKeys = ["role"] as const;
type Role = (typeof roles)[number];
const asRole = (v: string | undefined) =>
  (roles as readonly string[]).includes(v ?? "") ? (v as Role) : undefined;

export function UserList() {
  const t = useTranslations("users");
  const common = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const list = useListParams("name", sortable, filterKeys);
  const role = asRole(list.filters.role);
  const query = useQuery(
    trpc.users.list.queryOptions({
      search: list.search,
      sort: list.sort,
      direction: list.direction,
      page: list.page,
      pageSize: list.pageSize,
      includeArchived: list.includeArchived,
      role,
    }),
  );
  const data = query.data;
  const filtered = !!list.search || !!role;
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
          <Button asChild>
            <Link href="/admin/users/new">{t("new")}</Link>
          </Button>
        }
      />
      <ListToolbar search={list.search} onSearch={(q) => list.update({ q })} label={t("search")}>
        <div>
          <label htmlFor="role-filter" className="mb-1 block text-sm font-medium">
            {t("roleFilter")}
          </label>
          <Select id="role-filter" value={role ?? ""} onChange={(e) => list.update({ role: e.target.value })}>
            <option value="">{t("allRoles")}</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </Select>
        </div>
        <ArchivedToggle
          checked={list.includeArchived}
          onChange={(archived) => list.update({ archived })}
          label={t("showInactive")}
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
                  {header("email", t("email"))}
                  {header("role", t("role"))}
                  {header("createdAt", t("createdAt"))}
                </tr>
              </THead>
              <TBody>
                {data.items.map((u) => (
                  <Tr key={u.id}>
                    <Td>
                      <Link
                        href={`/admin/users/${u.id}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {u.name}
                      </Link>
                      {!u.active ? <Badge className="ml-2">{t("inactive")}</Badge> : null}
                      {u.mustChangePassword ? (
                        <Badge tone="warning" className="ml-2">
                          {t("pendingPassword")}
                        </Badge>
                      ) : null}
                    </Td>
                    <Td>{u.email}</Td>
                    <Td>{t(`roles.${u.role}`)}</Td>
                    <Td>{format.dateTime(u.createdAt, { dateStyle: "medium" })}</Td>
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
