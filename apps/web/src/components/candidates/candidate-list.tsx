"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { candidateStages, type CandidateStageValue } from "@portal/validators";
import { Badge, Button, EmptyState, PageHeader, Select, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import { ListToolbar } from "@/components/list/list-toolbar";
import { SortHeader } from "@/components/list/sort-header";
import { ListPagination } from "@/components/list/pagination";
import { QueryState } from "@/components/list/query-state";
import { stageTone } from "./types";

const sortable = ["name", "email", "customerFacingYears", "createdAt"] as const;
const filterKeys = ["positionId", "stage"] as const;
const asStage = (v: string | undefined) =>
  (candidateStages as readonly string[]).includes(v ?? "") ? (v as CandidateStageValue) : undefined;

export function CandidateList({ canManage }: { canManage: boolean }) {
  const t = useTranslations("candidates");
  const common = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const list = useListParams("name", sortable, filterKeys);
  const positionId = list.filters.positionId;
  const stage = asStage(list.filters.stage);
  const options = useQuery(trpc.candidates.filterOptions.queryOptions());
  const query = useQuery(
    trpc.candidates.list.queryOptions({
      search: list.search,
      sort: list.sort,
      direction: list.direction,
      page: list.page,
      pageSize: list.pageSize,
      positionId,
      stage,
    }),
  );
  const data = query.data;
  const filtered = !!list.search || !!positionId || !!stage;
  const header = (column: (typeof sortable)[number], label: string) => (
    <SortHeader
      column={column}
      label={label}
      sort={list.sort}
      direction={list.direction}
      onSort={list.toggleSort}
    />
  );
  const importHref = positionId
    ? `/hiring/candidates/import?positionId=${encodeURIComponent(positionId)}`
    : "/hiring/candidates/import";
  const newHref = positionId
    ? `/hiring/candidates/new?positionId=${encodeURIComponent(positionId)}`
    : "/hiring/candidates/new";
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canManage ? (
            <>
              <Button asChild>
                <Link href={newHref}>{t("new")}</Link>
              </Button>
              <Button asChild variant="secondary">
                <Link href={importHref}>{t("import")}</Link>
              </Button>
            </>
          ) : null
        }
      />
      <ListToolbar search={list.search} onSearch={(q) => list.update({ q })} label={t("search")}>
        <div>
          <label htmlFor="position-filter" className="mb-1 block text-sm font-medium">
            {t("positionFilter")}
          </label>
          <Select
            id="position-filter"
            value={positionId ?? ""}
            onChange={(e) => list.update({ positionId: e.target.value })}
          >
            <option value="">{t("allPositions")}</option>
            {(options.data?.positions ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {t("positionOption", { title: p.title, department: p.department.name })}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="stage-filter" className="mb-1 block text-sm font-medium">
            {t("stageFilter")}
          </label>
          <Select
            id="stage-filter"
            value={stage ?? ""}
            onChange={(e) => list.update({ stage: e.target.value })}
          >
            <option value="">{t("allStages")}</option>
            {candidateStages.map((s) => (
              <option key={s} value={s}>
                {t(`stages.${s}`)}
              </option>
            ))}
          </Select>
        </div>
      </ListToolbar>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {data && data.total === 0 ? (
          <EmptyState
            title={filtered ? common("noMatches") : t("empty")}
            description={filtered ? common("noMatchesHint") : canManage ? t("emptyHint") : t("emptyHintHead")}
          />
        ) : data ? (
          <>
            <Table>
              <THead>
                <tr>
                  {header("name", t("name"))}
                  {header("email", t("email"))}
                  {header("customerFacingYears", t("years"))}
                  <Th scope="col">{t("applications")}</Th>
                  <Th scope="col">{t("cv")}</Th>
                  {header("createdAt", t("added"))}
                </tr>
              </THead>
              <TBody>
                {data.items.map((c) => (
                  <Tr key={c.id}>
                    <Td>
                      <Link
                        href={`/hiring/candidates/${c.id}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {c.anonymized ? t("anonymizedName") : c.name}
                      </Link>
                      {c.anonymized ? <Badge className="ml-2">{t("anonymized")}</Badge> : null}
                    </Td>
                    <Td>{c.email ?? <span className="text-muted">{t("noEmail")}</span>}</Td>
                    <Td>{c.customerFacingYears}</Td>
                    <Td>
                      {c.applications.length === 0 ? (
                        <span className="text-muted">{t("noApplications")}</span>
                      ) : (
                        <ul className="space-y-1">
                          {c.applications.map((a) => (
                            <li key={a.id} className="flex flex-wrap items-center gap-2">
                              <span>{a.position.title}</span>
                              <Badge tone={stageTone[a.stage]}>{t(`stages.${a.stage}`)}</Badge>
                            </li>
                          ))}
                        </ul>
                      )}
                    </Td>
                    <Td>{c.hasCv ? common("yes") : common("no")}</Td>
                    <Td>{format.dateTime(c.createdAt, { dateStyle: "medium" })}</Td>
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
