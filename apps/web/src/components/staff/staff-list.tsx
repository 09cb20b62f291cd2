"use client";
import Link from "next/link";
import { useMemo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@portal/api";
import { staffStatuses } from "@portal/validators";
import { Badge, Button } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import {
  staffListDefaultSort,
  staffListFilterKeys,
  staffListQuery,
  staffListSortable,
} from "./staff-list-query";
import { FilterSelect } from "@/components/list/list-toolbar";
import { ResourceList } from "@/components/list/resource-list";
import { resourceColumns } from "@/components/list/resource-table";
import { RowLink } from "@/components/list/cells";
import { ExportButton } from "./export-button";
import { statusTone } from "./types";
import { useLevelLabel } from "@/i18n/enum-labels";

type Row = RouterOutputs["staff"]["list"]["items"][number];
const col = resourceColumns<Row>();

export function StaffList({ canManage }: { canManage: boolean }) {
  const t = useTranslations("staff");
  const levelLabel = useLevelLabel();
  const format = useFormatter();
  const trpc = useTRPC();
  const list = useListParams(staffListDefaultSort, staffListSortable, staffListFilterKeys);
  const { departmentId, status, input } = staffListQuery(list);
  const options = useQuery(trpc.staff.filterOptions.queryOptions());
  const query = useQuery(trpc.staff.list.queryOptions(input));
  const columns = useMemo(
    () =>
      col.columns([
        col.accessor((s) => s.user.name, {
          id: "name",
          header: t("name"),
          cell: ({ row: { original: s } }) => (
            <>
              <RowLink href={`/admin/staff/${s.id}`}>{s.user.name}</RowLink>
              <div className="text-xs text-muted">{s.user.email}</div>
            </>
          ),
        }),
        col.accessor((s) => s.department.name, { id: "department", header: t("department") }),
        col.accessor((s) => s.position?.title ?? null, {
          id: "position",
          header: t("position"),
          cell: ({ row: { original: s } }) =>
            s.position?.title ?? <span className="text-muted">{t("noPosition")}</span>,
        }),
        col.accessor("status", {
          header: t("status"),
          cell: ({ row: { original: s } }) => (
            <Badge tone={statusTone[s.status]}>{t(`statuses.${s.status}`)}</Badge>
          ),
        }),
        col.accessor("startDate", {
          header: t("startDate"),
          cell: ({ row }) => format.dateTime(row.original.startDate, { dateStyle: "medium" }),
        }),
        col.display({
          id: "topExpertise",
          header: t("topExpertise"),
          cell: ({ row: { original: s } }) =>
            s.topExpertise ? (
              `${s.topExpertise.segment.name}: ${levelLabel(s.topExpertise.level)}`
            ) : (
              <span className="text-muted">{t("noExpertise")}</span>
            ),
        }),
      ]),
    [t, format, levelLabel],
  );
  return (
    <ResourceList
      messages="staff"
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
      list={list}
      filters={
        <>
          <FilterSelect
            id="department-filter"
            label={t("departmentFilter")}
            value={departmentId ?? ""}
            onChange={(value) => list.update({ departmentId: value })}
            allLabel={t("allDepartments")}
            options={(options.data?.departments ?? []).map((d) => ({
              value: d.id,
              label: d.archived ? t("archivedSuffix", { name: d.name }) : d.name,
            }))}
          />
          <FilterSelect
            id="status-filter"
            label={t("statusFilter")}
            value={status ?? ""}
            onChange={(value) => list.update({ status: value })}
            allLabel={t("allStatuses")}
            options={staffStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          />
        </>
      }
      archivedLabel={t("showLeft")}
      query={query}
      filtered={!!list.search || !!departmentId || !!status}
      columns={columns}
    />
  );
}
