"use client";
import Link from "next/link";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@portal/api";
import { Badge, Button } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import { FilterSelect } from "@/components/list/list-toolbar";
import { ResourceList } from "@/components/list/resource-list";
import { resourceColumns } from "@/components/list/resource-table";
import { ArchivedBadge, RowLink } from "@/components/list/cells";

type Row = RouterOutputs["positions"]["list"]["items"][number];
const sortable = ["title", "department", "headcount"] as const;
const filterKeys = ["departmentId"] as const;
const col = resourceColumns<Row>();

export function PositionList({ canCreate }: { canCreate: boolean }) {
  const t = useTranslations("positions");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const list = useListParams("title", sortable, filterKeys);
  const departments = useQuery(trpc.departments.options.queryOptions());
  const departmentId = list.filters.departmentId;
  const query = useQuery(
    trpc.positions.list.queryOptions({
      ...list.query,
      includeArchived: list.includeArchived,
      departmentId,
    }),
  );
  const newHref = departmentId
    ? `/admin/positions/new?departmentId=${encodeURIComponent(departmentId)}`
    : "/admin/positions/new";
  const columns = useMemo(
    () =>
      col.columns([
        col.accessor("title", {
          header: t("positionTitle"),
          cell: ({ row: { original: p } }) => (
            <>
              <RowLink href={`/admin/positions/${p.id}`}>{p.title}</RowLink>
              <ArchivedBadge show={p.archived || p.department.archived} />
            </>
          ),
        }),
        col.accessor((p) => p.department.name, {
          id: "department",
          header: t("department"),
          cell: ({ row: { original: p } }) => (
            <Link href={`/admin/departments/${p.department.id}`} className="text-brand-700 hover:underline">
              {p.department.name}
            </Link>
          ),
        }),
        col.display({
          id: "segment",
          header: t("segment"),
          cell: ({ row }) => row.original.department.segment.name,
        }),
        col.accessor("headcount", { header: t("headcount") }),
        col.display({ id: "filled", header: t("filled"), cell: ({ row }) => row.original.filled }),
        col.display({
          id: "open",
          header: t("open"),
          cell: ({ row: { original: p } }) =>
            p.open > 0 ? <Badge tone="warning">{p.open}</Badge> : <Badge tone="success">{t("full")}</Badge>,
        }),
      ]),
    [t],
  );
  return (
    <ResourceList
      messages="positions"
      actions={
        canCreate ? (
          <Button asChild>
            <Link href={newHref}>{t("new")}</Link>
          </Button>
        ) : null
      }
      list={list}
      filters={
        <FilterSelect
          id="position-department"
          label={t("filterDepartment")}
          value={departmentId ?? ""}
          onChange={(value) => list.update({ departmentId: value })}
          allLabel={t("allDepartments")}
          options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
      }
      archivedLabel={common("showArchived")}
      query={query}
      filtered={!!list.search || !!departmentId}
      columns={columns}
    />
  );
}
