"use client";
import Link from "next/link";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@portal/api";
import { Badge, Button } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import { ResourceList } from "@/components/list/resource-list";
import { resourceColumns } from "@/components/list/resource-table";
import { ArchivedBadge, RowLink } from "@/components/list/cells";
import { usePriorityLabel } from "@/i18n/enum-labels";

type Row = RouterOutputs["segments"]["list"]["items"][number];
const sortable = ["name", "kind", "bestCustomerPriority", "departments"] as const;
const col = resourceColumns<Row>();

export function SegmentList({ canEdit }: { canEdit: boolean }) {
  const t = useTranslations("segments");
  const common = useTranslations("common");
  const priority = usePriorityLabel();
  const trpc = useTRPC();
  const list = useListParams("name", sortable);
  const query = useQuery(
    trpc.segments.list.queryOptions({
      ...list.query,
      includeArchived: list.includeArchived,
    }),
  );
  const columns = useMemo(
    () =>
      col.columns([
        col.accessor("name", {
          header: t("name"),
          cell: ({ row: { original: s } }) => (
            <>
              <RowLink href={`/admin/segments/${s.id}`}>{s.name}</RowLink>
              <ArchivedBadge show={s.archived} />
            </>
          ),
        }),
        col.accessor("kind", { header: t("kind"), cell: ({ row }) => t(`kinds.${row.original.kind}`) }),
        col.accessor("bestCustomerPriority", {
          header: t("priority"),
          cell: ({ row }) => priority(row.original.bestCustomerPriority),
        }),
        col.accessor("departmentCount", {
          id: "departments",
          header: t("departments"),
          cell: ({ row: { original: s } }) =>
            s.orphan ? <Badge tone="danger">{t("orphan")}</Badge> : s.departmentCount,
        }),
      ]),
    [t, priority],
  );
  return (
    <ResourceList
      messages="segments"
      actions={
        canEdit ? (
          <Button asChild>
            <Link href="/admin/segments/new">{t("new")}</Link>
          </Button>
        ) : null
      }
      list={list}
      archivedLabel={common("showArchived")}
      query={query}
      filtered={!!list.search}
      columns={columns}
    />
  );
}
