"use client";
import Link from "next/link";
import { useMemo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@portal/api";
import { Badge, Button } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import { FilterSelect } from "@/components/list/list-toolbar";
import { ResourceList } from "@/components/list/resource-list";
import { resourceColumns } from "@/components/list/resource-table";
import { ArchivedBadge, RowLink } from "@/components/list/cells";

type Row = RouterOutputs["courses"]["list"]["items"][number];
const sortable = ["title", "updatedAt", "createdAt"] as const;
const filterKeys = ["status", "segmentId"] as const;
const statuses = ["all", "published", "draft"] as const;
type Status = (typeof statuses)[number];
const col = resourceColumns<Row>();

export function CourseList() {
  const t = useTranslations("courses");
  const common = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const list = useListParams("title", sortable, filterKeys);
  const segments = useQuery(trpc.segments.options.queryOptions());
  const status: Status = statuses.find((s) => s === list.filters.status) ?? "all";
  const segmentId = list.filters.segmentId;
  const query = useQuery(
    trpc.courses.list.queryOptions({
      ...list.query,
      includeArchived: list.includeArchived,
      status,
      segmentId,
    }),
  );
  const columns = useMemo(
    () =>
      col.columns([
        col.accessor("title", {
          header: t("courseTitle"),
          cell: ({ row: { original: c } }) => (
            <>
              <RowLink href={`/learning/courses/${c.id}`}>{c.title}</RowLink>
              <ArchivedBadge show={c.archived} />
            </>
          ),
        }),
        col.display({
          id: "segments",
          header: t("segments"),
          cell: ({ row }) => row.original.segments.map((s) => s.name).join(", ") || common("none"),
        }),
        col.display({
          id: "versions",
          header: t("versionsColumn"),
          meta: { className: "space-x-1" },
          cell: ({ row: { original: c } }) => (
            <>
              {c.publishedVersion ? (
                <Badge tone="success">{t("publishedV", { version: c.publishedVersion })}</Badge>
              ) : null}
              {c.draftVersion ? (
                <Badge tone="warning">{t("draftV", { version: c.draftVersion })}</Badge>
              ) : null}
            </>
          ),
        }),
        col.display({
          id: "enrolments",
          header: t("enrolments"),
          cell: ({ row }) => row.original.enrolments,
        }),
        col.accessor("updatedAt", {
          header: t("updated"),
          cell: ({ row }) => format.dateTime(new Date(row.original.updatedAt), { dateStyle: "medium" }),
        }),
      ]),
    [t, common, format],
  );
  return (
    <ResourceList
      messages="courses"
      actions={
        <>
          <Button asChild variant="secondary">
            <Link href="/learning/courses/import">{t("import")}</Link>
          </Button>
          <Button asChild>
            <Link href="/learning/courses/new">{t("new")}</Link>
          </Button>
        </>
      }
      list={list}
      filters={
        <>
          <FilterSelect
            id="course-status"
            label={t("filterStatus")}
            value={status}
            onChange={(value) => list.update({ status: value === "all" ? null : value })}
            options={statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
          <FilterSelect
            id="course-segment"
            label={t("filterSegment")}
            value={segmentId ?? ""}
            onChange={(value) => list.update({ segmentId: value })}
            allLabel={t("allSegments")}
            options={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          />
        </>
      }
      archivedLabel={common("showArchived")}
      query={query}
      filtered={!!list.search || !!segmentId || status !== "all"}
      columns={columns}
    />
  );
}
