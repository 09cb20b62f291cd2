"use client";
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { candidateStages, rankingSorts } from "@portal/validators";
import { Alert, Badge, Button, EmptyState, Select, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import { ListToolbar } from "@/components/list/list-toolbar";
import { SortHeader } from "@/components/list/sort-header";
import { ListPagination } from "@/components/list/pagination";
import { QueryState } from "@/components/list/query-state";
import { RejectDialog } from "./reject-dialog";
import { applicationHref, stageTone } from "./types";
import { usePipelineMutations } from "./use-move";
import { rankingFilterKeys, rankingTableInput } from "./view-params";

/** The ranking: everyone in the position, eligible first, then by fit; select to reject in bulk or compare. */
export function RankingTable({
  positionId,
  canMove,
  onCompare,
}: {
  positionId: string;
  canMove: boolean;
  onCompare: (ids: string[]) => void;
}) {
  const t = useTranslations("pipeline");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const list = useListParams("fit", rankingSorts, rankingFilterKeys);
  // The page's server component prefetches the first answer with the same input (view-params.ts).
  const input = rankingTableInput(positionId, list);
  const { stage, eligibleOnly } = input;
  const query = useQuery(trpc.pipeline.table.queryOptions(input));
  const { bulkReject } = usePipelineMutations();
  const [selected, setSelected] = useState<Map<string, string>>(new Map());
  const [rejecting, setRejecting] = useState(false);
  const [done, setDone] = useState("");
  const data = query.data;
  const toggle = (id: string, name: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Map(prev);
      if (on) next.set(id, name);
      else next.delete(id);
      return next;
    });
  const pageIds = data?.items.map((i) => i.id) ?? [];
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selected.has(id));
  const header = (column: (typeof rankingSorts)[number], label: string) => (
    <SortHeader
      column={column}
      label={label}
      sort={list.sort}
      direction={list.direction}
      onSort={list.toggleSort}
    />
  );
  const filtered = !!list.search || !!stage || eligibleOnly;
  const canCompare = selected.size >= 2 && selected.size <= 4;
  return (
    <>
      <ListToolbar search={list.search} onSearch={(q) => list.update({ q })} label={t("table.search")}>
        <div>
          <label htmlFor="stage-filter" className="mb-1 block text-sm font-medium">
            {t("table.stageFilter")}
          </label>
          <Select
            id="stage-filter"
            value={stage ?? ""}
            onChange={(e) => list.update({ stage: e.target.value })}
          >
            <option value="">{t("table.allStages")}</option>
            {candidateStages.map((s) => (
              <option key={s} value={s}>
                {t(`stages.${s}`)}
              </option>
            ))}
          </Select>
        </div>
        <label className="flex items-center gap-2 pb-2 text-sm">
          <input
            type="checkbox"
            checked={eligibleOnly}
            onChange={(e) => list.update({ eligible: e.target.checked })}
          />
          {t("table.eligibleOnly")}
        </label>
      </ListToolbar>
      <div
        className="mb-3 flex flex-wrap items-center gap-2"
        role="group"
        aria-label={t("table.selected", { count: selected.size })}
      >
        <span className="text-sm text-muted" aria-live="polite">
          {t("table.selected", { count: selected.size })}
        </span>
        <Button
          size="sm"
          variant="secondary"
          disabled={!canCompare}
          onClick={() => onCompare([...selected.keys()])}
        >
          {t("table.compare")}
        </Button>
        {canMove ? (
          <Button
            size="sm"
            variant="danger"
            disabled={selected.size === 0 || selected.size > 500}
            onClick={() => setRejecting(true)}
          >
            {t("table.bulkReject")}
          </Button>
        ) : null}
        {selected.size > 0 ? (
          <Button size="sm" variant="ghost" onClick={() => setSelected(new Map())}>
            {t("table.clear")}
          </Button>
        ) : null}
        {!canCompare ? <span className="text-xs text-muted">{t("table.compareHint")}</span> : null}
      </div>
      {done ? (
        <Alert tone="success" className="mb-3">
          {done}
        </Alert>
      ) : null}
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {data && data.total === 0 ? (
          <EmptyState
            title={filtered ? common("noMatches") : t("table.empty")}
            description={filtered ? common("noMatchesHint") : undefined}
          />
        ) : data ? (
          <>
            <Table aria-label={t("table.label")}>
              <THead>
                <tr>
                  <Th scope="col">
                    <input
                      type="checkbox"
                      aria-label={t("table.selectPage")}
                      checked={allOnPage}
                      onChange={(e) => data.items.forEach((i) => toggle(i.id, i.name, e.target.checked))}
                    />
                  </Th>
                  <Th scope="col">{t("table.rank")}</Th>
                  {header("name", t("table.name"))}
                  {header("fit", t("table.fit"))}
                  {header("stage", t("table.stage"))}
                  <Th scope="col">{t("table.requirements")}</Th>
                  {header("daysInStage", t("table.daysInStage"))}
                </tr>
              </THead>
              <TBody>
                {data.items.map((row) => (
                  <Tr key={row.id}>
                    <Td>
                      <input
                        type="checkbox"
                        aria-label={t("table.select", { name: row.name })}
                        checked={selected.has(row.id)}
                        onChange={(e) => toggle(row.id, row.name, e.target.checked)}
                      />
                    </Td>
                    <Td>{row.rank}</Td>
                    <Td>
                      <Link
                        href={applicationHref(row.id)}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {row.name}
                      </Link>
                      {row.newerVersion ? (
                        <div className="text-xs text-muted">
                          {t("card.screenedAgainst", { version: row.profileVersion })} (
                          {t("card.newer", { version: row.newerVersion })})
                        </div>
                      ) : null}
                    </Td>
                    <Td>
                      <span className="font-semibold">{row.score}</span>{" "}
                      <Badge tone={row.eligible ? "success" : "warning"}>
                        {row.eligible ? t("card.eligible") : t("card.notEligible")}
                      </Badge>
                    </Td>
                    <Td>
                      <Badge tone={stageTone[row.stage]}>{t(`stages.${row.stage}`)}</Badge>
                    </Td>
                    <Td className="text-xs">{t("table.summary", row.requirements)}</Td>
                    <Td>{row.daysInStage}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
            <ListPagination data={data} update={list.update} />
          </>
        ) : null}
      </QueryState>
      <RejectDialog
        open={rejecting}
        onOpenChange={setRejecting}
        title={t("reject.bulkTitle", { count: selected.size })}
        confirmLabel={t("reject.bulkConfirm", { count: selected.size })}
        onReject={async (reason) => {
          const result = await bulkReject.mutateAsync({ applicationIds: [...selected.keys()], reason });
          setSelected(new Map());
          setDone(t("reject.done", { count: result.rejected }));
        }}
      />
    </>
  );
}
