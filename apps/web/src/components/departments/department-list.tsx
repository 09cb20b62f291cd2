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
import { StaffVsTarget } from "./staff-vs-target";

type Row = RouterOutputs["departments"]["list"]["items"][number];
const sortable = ["name", "segment", "targetHeadcount", "staff"] as const;
const filterKeys = ["segment"] as const;
const col = resourceColumns<Row>();

export function DepartmentList({ canCreate }: { canCreate: boolean }) {
  const t = useTranslations("departments");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const list = useListParams("name", sortable, filterKeys);
  const segments = useQuery(trpc.segments.options.queryOptions());
  const query = useQuery(
    trpc.departments.list.queryOptions({
      ...list.query,
      includeArchived: list.includeArchived,
      segmentId: list.filters.segment,
    }),
  );
  const columns = useMemo(
    () =>
      col.columns([
        col.accessor("name", {
          header: t("name"),
          cell: ({ row: { original: d } }) => (
            <>
              <RowLink href={`/admin/departments/${d.id}`}>{d.name}</RowLink>
              <ArchivedBadge show={d.archived} />
            </>
          ),
        }),
        col.accessor((d) => d.segment.name, { id: "segment", header: t("segment") }),
        col.display({
          id: "head",
          header: t("head"),
          cell: ({ row: { original: d } }) =>
            d.head ? d.head.name : <Badge tone="danger">{t("noHead")}</Badge>,
        }),
        col.accessor("targetHeadcount", { header: t("targetHeadcount") }),
        col.accessor("staffCount", {
          id: "staff",
          header: t("staff"),
          cell: ({ row: { original: d } }) => (
            <StaffVsTarget staff={d.staffCount} target={d.targetHeadcount} />
          ),
        }),
        col.display({
          id: "positions",
          header: t("positions"),
          cell: ({ row }) => row.original.positionCount,
        }),
      ]),
    [t],
  );
  return (
    <ResourceList
      messages="departments"
      actions={
        canCreate ? (
          <Button asChild>
            <Link href="/admin/departments/new">{t("new")}</Link>
          </Button>
        ) : null
      }
      list={list}
      filters={
        <FilterSelect
          id="department-segment"
          label={t("filterSegment")}
          value={list.filters.segment ?? ""}
          onChange={(segment) => list.update({ segment })}
          allLabel={t("allSegments")}
          options={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
      }
      archivedLabel={common("showArchived")}
      query={query}
      filtered={!!list.search || !!list.filters.segment}
      columns={columns}
    />
  );
}
