"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { candidateStages } from "@portal/validators";
import { EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import { positionsListDefaultSort, positionsListSortable } from "./positions-list-query";
import { ListToolbar } from "@/components/list/list-toolbar";
import { SortHeader } from "@/components/list/sort-header";
import { ListPagination } from "@/components/list/pagination";
import { QueryState } from "@/components/list/query-state";

/** /hiring: positions grouped by the segment they serve (default sort), with their pipeline counts. */
export function PositionsList() {
  const t = useTranslations("pipeline");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const list = useListParams(positionsListDefaultSort, positionsListSortable);
  const query = useQuery(trpc.pipeline.positions.queryOptions(list.query));
  const data = query.data;
  const filtered = !!list.search;
  const header = (column: (typeof positionsListSortable)[number], label: string) => (
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
      <PageHeader title={t("title")} description={t("description")} />
      <ListToolbar search={list.search} onSearch={(q) => list.update({ q })} label={t("search")} />
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {data && data.items.length === 0 ? (
          <EmptyState
            title={filtered ? common("noMatches") : t("empty")}
            description={filtered ? common("noMatchesHint") : t("emptyHint")}
          />
        ) : data ? (
          <>
            <Table>
              <THead>
                <tr>
                  {header("segment", t("segment"))}
                  {header("title", t("position"))}
                  {header("department", t("department"))}
                  <Th scope="col">{t("openHeadcount")}</Th>
                  <Th scope="col">{t("profileVersion")}</Th>
                  <Th scope="col">{t("candidatesInStages")}</Th>
                </tr>
              </THead>
              <TBody>
                {data.items.map((p) => (
                  <Tr key={p.id}>
                    <Td>{p.department.segment.name}</Td>
                    <Td>
                      <Link
                        href={`/hiring/positions/${p.id}`}
                        className="font-medium text-brand-700 hover:underline"
                        aria-label={t("openPipeline", { title: p.title })}
                      >
                        {p.title}
                      </Link>
                    </Td>
                    <Td>{p.department.name}</Td>
                    <Td>{p.openHeadcount}</Td>
                    <Td>
                      {p.profileVersion ? (
                        t("versionLabel", { version: p.profileVersion })
                      ) : (
                        <span className="text-muted">{t("noProfile")}</span>
                      )}
                    </Td>
                    <Td>
                      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
                        {candidateStages.map((s) => (
                          <li key={s} className={p.byStage[s] ? "text-ink" : "text-muted"}>
                            {t(`stages.${s}`)}: <span className="font-semibold">{p.byStage[s]}</span>
                          </li>
                        ))}
                      </ul>
                    </Td>
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
