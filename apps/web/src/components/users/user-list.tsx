"use client";
import Link from "next/link";
import { useMemo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@portal/api";
import { roles } from "@portal/validators";
import { Badge, Button } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import { FilterSelect } from "@/components/list/list-toolbar";
import { ResourceList } from "@/components/list/resource-list";
import { resourceColumns } from "@/components/list/resource-table";
import { RowLink } from "@/components/list/cells";

type Row = RouterOutputs["users"]["list"]["items"][number];
const sortable = ["name", "email", "role", "createdAt"] as const;
const filterKeys = ["role"] as const;
type Role = (typeof roles)[number];
const asRole = (v: string | undefined) =>
  (roles as readonly string[]).includes(v ?? "") ? (v as Role) : undefined;
const col = resourceColumns<Row>();

export function UserList() {
  const t = useTranslations("users");
  const format = useFormatter();
  const trpc = useTRPC();
  const list = useListParams("name", sortable, filterKeys);
  const role = asRole(list.filters.role);
  const query = useQuery(
    trpc.users.list.queryOptions({
      ...list.query,
      includeArchived: list.includeArchived,
      role,
    }),
  );
  const columns = useMemo(
    () =>
      col.columns([
        col.accessor("name", {
          header: t("name"),
          cell: ({ row: { original: u } }) => (
            <>
              <RowLink href={`/admin/users/${u.id}`}>{u.name}</RowLink>
              {!u.active ? <Badge className="ml-2">{t("inactive")}</Badge> : null}
              {u.mustChangePassword ? (
                <Badge tone="warning" className="ml-2">
                  {t("pendingPassword")}
                </Badge>
              ) : null}
            </>
          ),
        }),
        col.accessor("email", { header: t("email") }),
        col.accessor("role", { header: t("role"), cell: ({ row }) => t(`roles.${row.original.role}`) }),
        col.accessor("createdAt", {
          header: t("createdAt"),
          cell: ({ row }) => format.dateTime(row.original.createdAt, { dateStyle: "medium" }),
        }),
      ]),
    [t, format],
  );
  return (
    <ResourceList
      messages="users"
      actions={
        <Button asChild>
          <Link href="/admin/users/new">{t("new")}</Link>
        </Button>
      }
      list={list}
      filters={
        <FilterSelect
          id="role-filter"
          label={t("roleFilter")}
          value={role ?? ""}
          onChange={(value) => list.update({ role: value })}
          allLabel={t("allRoles")}
          options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
      }
      archivedLabel={t("showInactive")}
      query={query}
      filtered={!!list.search || !!role}
      columns={columns}
    />
  );
}
