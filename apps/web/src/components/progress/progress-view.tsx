"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Badge,
  Button,
  EmptyState,
  PageHeader,
  Select,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import {
  progressListDefaultSort,
  progressListFilterKeys,
  progressListQuery,
  progressListSortable,
  progressStatuses,
} from "./progress-list-query";
import { ListToolbar } from "@/components/list/list-toolbar";
import { SortHeader } from "@/components/list/sort-header";
import { ListPagination } from "@/components/list/pagination";
import { QueryState } from "@/components/list/query-state";
import { useDownload } from "@/components/download/use-download";
import { useCsvFile, useCsvValues, type CsvCell } from "@/components/download/csv";
import { EnrolPeople } from "./enrol-people";
import { ProgressBar } from "./progress-bar";

const statusTone = {
  NOT_STARTED: "neutral",
  IN_PROGRESS: "info",
  COMPLETED: "success",
  EXPIRED: "warning",
} as const;

/** Training progress for others: HR and admins see everybody, a head their department (the server decides). */
export function ProgressView({ isHead }: { isHead: boolean }) {
  const t = useTranslations("courses");
  const common = useTranslations("common");
  const format = useFormatter();
  const date = (d: Date | string | null) => (d ? format.dateTime(new Date(d), { dateStyle: "medium" }) : "—");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useListParams(progressListDefaultSort, progressListSortable, progressListFilterKeys);
  const csvFile = useCsvFile();
  const cell = useCsvValues();
  const courses = useQuery(trpc.courses.options.queryOptions());
  const departments = useQuery(trpc.departments.options.queryOptions());
  const { courseId, departmentId, status, input } = progressListQuery(list);
  const query = useQuery(trpc.enrolments.progress.queryOptions(input));
  const [showEnrol, setShowEnrol] = useState(false);
  const data = query.data;
  const filtered = !!list.search || !!courseId || !!departmentId || status !== "all";
  const sortProps = { sort: list.sort, direction: list.direction, onSort: list.toggleSort };

  // Every page of the current filter, fetched in the largest page size, so the file holds all matching rows; headers
  // and values in the reader's language, for their spreadsheet (useCsvFile).
  const {
    busy: exporting,
    error: exportError,
    download: exportCsv,
  } = useDownload(async () => {
    const rows: CsvCell[][] = [
      [
        t("csv.name"),
        t("csv.department"),
        t("csv.course"),
        t("csv.status"),
        t("csv.progress"),
        t("csv.itemsDone"),
        t("csv.itemsTotal"),
        t("csv.dueAt"),
        t("csv.overdue"),
      ],
    ];
    for (let page = 1; ; page++) {
      const p = await queryClient.fetchQuery(
        trpc.enrolments.progress.queryOptions({ ...input, page, pageSize: 100 }),
      );
      for (const e of p.items)
        rows.push([
          e.name,
          e.department.name,
          e.course.title,
          t(`enrolmentStatus.${e.status}`),
          cell.number(e.progress * 100, 0),
          cell.number(e.itemsDone),
          cell.number(e.itemsTotal),
          cell.date(e.dueAt),
          cell.yesNo(e.overdue),
        ]);
      if (page >= p.pageCount) break;
    }
    return csvFile(rows, `training-progress-${new Date().toISOString().slice(0, 10)}.csv`);
  });

  return (
    <>
      <PageHeader
        title={t("progressTitle")}
        description={isHead ? t("progressDescriptionHead") : t("progressDescription")}
        actions={
          <>
            <Button
              variant="secondary"
              onClick={() => void exportCsv()}
              disabled={exporting || !data || data.total === 0}
            >
              {exporting ? t("exporting") : t("exportCsv")}
            </Button>
            <Button
              variant={showEnrol ? "secondary" : "primary"}
              aria-expanded={showEnrol}
              aria-controls="enrol-panel"
              onClick={() => setShowEnrol(!showEnrol)}
            >
              {showEnrol ? t("hideEnrol") : t("enrolPeople")}
            </Button>
          </>
        }
      />
      {exportError ? (
        <Alert tone="danger" role="alert" className="mb-4">
          {t("exportError", { message: exportError })}
        </Alert>
      ) : null}
      {showEnrol ? (
        <div id="enrol-panel" className="mb-6">
          <EnrolPeople />
        </div>
      ) : null}
      <ListToolbar search={list.search} onSearch={(q) => list.update({ q })} label={t("progressSearch")}>
        <div>
          <label htmlFor="progress-course" className="mb-1 block text-sm font-medium">
            {t("course")}
          </label>
          <Select
            id="progress-course"
            value={courseId ?? ""}
            onChange={(e) => list.update({ courseId: e.target.value })}
          >
            <option value="">{t("allCourses")}</option>
            {courses.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="progress-department" className="mb-1 block text-sm font-medium">
            {t("department")}
          </label>
          <Select
            id="progress-department"
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
        <div>
          <label htmlFor="progress-status" className="mb-1 block text-sm font-medium">
            {t("filterStatus")}
          </label>
          <Select
            id="progress-status"
            value={status}
            onChange={(e) => list.update({ status: e.target.value === "all" ? null : e.target.value })}
          >
            {progressStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`progressStatus.${s}`)}
              </option>
            ))}
          </Select>
        </div>
      </ListToolbar>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {data ? (
          <>
            <dl className="mb-6 grid grid-cols-1 gap-3 sm:grid-cols-3" aria-label={t("summaryAria")}>
              {(["enrolments", "completed", "overdue"] as const).map((k) => (
                // A <div> (not Card's <section>): a <dl> may only group its terms in divs.
                <div key={k} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
                  <dt className="text-sm text-muted">{t(`summaryLabel.${k}`)}</dt>
                  <dd className="text-2xl font-semibold" data-testid={`summary-${k}`}>
                    {data.summary[k]}
                  </dd>
                </div>
              ))}
            </dl>
            {data.total === 0 ? (
              <EmptyState
                title={filtered ? common("noMatches") : t("noProgress")}
                description={filtered ? common("noMatchesHint") : t("noProgressHint")}
              />
            ) : (
              <>
                <Table aria-label={t("enrolmentsTable")}>
                  <THead>
                    <tr>
                      <SortHeader column="name" label={t("person")} {...sortProps} />
                      <Th>{t("department")}</Th>
                      <SortHeader column="course" label={t("course")} {...sortProps} />
                      <Th>{t("statusLabel")}</Th>
                      <Th>{t("progress")}</Th>
                      <SortHeader column="dueAt" label={t("due")} {...sortProps} />
                    </tr>
                  </THead>
                  <TBody>
                    {data.items.map((e) => (
                      <Tr key={e.enrolmentId}>
                        <Td>{e.name}</Td>
                        <Td>{e.department.name}</Td>
                        <Td>{e.course.title}</Td>
                        <Td>
                          <Badge tone={statusTone[e.status]}>{t(`enrolmentStatus.${e.status}`)}</Badge>
                        </Td>
                        <Td>
                          <ProgressBar
                            value={e.progress}
                            label={t("progressOf", { name: e.name, course: e.course.title })}
                          />
                        </Td>
                        <Td>
                          {date(e.dueAt)} {e.overdue ? <Badge tone="danger">{t("overdue")}</Badge> : null}
                        </Td>
                      </Tr>
                    ))}
                  </TBody>
                </Table>
                <ListPagination data={data} update={list.update} />
              </>
            )}
            <section aria-labelledby="per-course-heading" className="mt-8">
              <h2 id="per-course-heading" className="mb-2 text-lg font-semibold">
                {t("perCourse")}
              </h2>
              {data.courses.length === 0 ? (
                <p className="text-sm text-muted">{t("noProgress")}</p>
              ) : (
                <Table>
                  <THead>
                    <tr>
                      <Th>{t("course")}</Th>
                      <Th>{t("summaryLabel.enrolments")}</Th>
                      <Th>{t("summaryLabel.completed")}</Th>
                      <Th>{t("summaryLabel.overdue")}</Th>
                      <Th>{t("completion")}</Th>
                    </tr>
                  </THead>
                  <TBody>
                    {data.courses.map((c) => (
                      <Tr key={c.course.id}>
                        <Td>{c.course.title}</Td>
                        <Td>{c.enrolments}</Td>
                        <Td>{c.completed}</Td>
                        <Td>{c.overdue}</Td>
                        <Td>
                          <ProgressBar
                            value={c.enrolments ? c.completed / c.enrolments : 0}
                            label={t("completionOf", { course: c.course.title })}
                          />
                        </Td>
                      </Tr>
                    ))}
                  </TBody>
                </Table>
              )}
            </section>
          </>
        ) : null}
      </QueryState>
    </>
  );
}
