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

const sortable = ["title", "updatedAt", "createdAt"] as const;
const filterKeys = ["status", "segmentId"] as const;
const statuses = ["all", "published", "draft"] as const;
type Status = (typeof statuses)[number];

export function CourseList() {
  const t = useTranslations("courses");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const list = useListParams("title", sortable, filterKeys);
  const segments = useQuery(trpc.segments.options.queryOptions());
  const status: Status = statuses.find((s) => s === list.filters.status) ?? "all";
  const segmentId = list.filters.segmentId;
  const query = useQuery(
    trpc.courses.list.queryOptions({
      search: list.search,
      sort: list.sort,
      direction: list.direction,
      page: list.page,
      pageSize: list.pageSize,
      includeArchived: list.includeArchived,
      status,
      segmentId,
    }),
  );
  const data = query.data;
  const filtered = !!list.search || !!segmentId || status !== "all";
  const sortProps = { sort: list.sort, direction: list.direction, onSort: list.toggleSort };
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
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
      />
      <ListToolbar search={list.search} onSearch={(q) => list.update({ q })} label={t("search")}>
        <div>
          <label htmlFor="course-status" className="mb-1 block text-sm font-medium">
            {t("filterStatus")}
          </label>
          <Select
            id="course-status"
            value={status}
            onChange={(e) => list.update({ status: e.target.value === "all" ? null : e.target.value })}
          >
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="course-segment" className="mb-1 block text-sm font-medium">
            {t("filterSegment")}
          </label>
          <Select
            id="course-segment"
            value={segmentId ?? ""}
            onChange={(e) => list.update({ segmentId: e.target.value })}
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
                  <SortHeader column="title" label={t("courseTitle")} {...sortProps} />
                  <Th>{t("segments")}</Th>
                  <Th>{t("versionsColumn")}</Th>
                  <Th>{t("enrolments")}</Th>
                  <SortHeader column="updatedAt" label={t("updated")} {...sortProps} />
                </tr>
              </THead>
              <TBody>
                {data.items.map((c) => (
                  <Tr key={c.id}>
                    <Td>
                      <Link
                        href={`/learning/courses/${c.id}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {c.title}
                      </Link>
                      {c.archived ? <Badge className="ml-2">{common("archived")}</Badge> : null}
                    </Td>
                    <Td>{c.segments.map((s) => s.name).join(", ") || common("none")}</Td>
                    <Td className="space-x-1">
                      {c.publishedVersion ? (
                        <Badge tone="success">{t("publishedV", { version: c.publishedVersion })}</Badge>
                      ) : null}
                      {c.draftVersion ? (
                        <Badge tone="warning">{t("draftV", { version: c.draftVersion })}</Badge>
                      ) : null}
                    </Td>
                    <Td>{c.enrolments}</Td>
                    <Td>{new Date(c.updatedAt).toLocaleDateString("en-GB")}</Td>
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
