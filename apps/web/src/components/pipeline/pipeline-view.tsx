"use client";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Alert, Button, PageHeader } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { Board } from "./board";
import { CompareView } from "./compare-view";
import { RankingTable } from "./ranking-table";
import { StatsView } from "./stats-view";
import {
  BOARD_PAGE,
  pipelineViews as views,
  readPipelineView,
  type PipelineViewName as View,
} from "./view-params";

/** The server's limit of cards per column (pipelineBoardInput). */
const BOARD_MAX = 500;

/**
 * One position's pipeline: header with links to the profile and candidate intake, then four views (in the URL).
 * The header has its own light query, so only the board view computes the board; the page's server component
 * prefetches the header and the open view's first data (board or ranking) into the first HTML.
 */
export function PipelineView({ positionId }: { positionId: string }) {
  const t = useTranslations("pipeline");
  const trpc = useTRPC();
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const view = readPipelineView(params);
  const compareIds = (params.get("ids") ?? "").split(",").filter(Boolean);
  const header = useQuery(trpc.pipeline.position.queryOptions({ positionId }));
  // Each column shows its first cards; "Show more" asks the server for the next ones of every column.
  const [perColumn, setPerColumn] = useState(BOARD_PAGE);
  const board = useQuery({
    ...trpc.pipeline.board.queryOptions({ positionId, perColumn }),
    enabled: view === "board",
    placeholderData: keepPreviousData,
  });
  const hrefFor = (next: View, extra: Record<string, string> = {}) => {
    const query = new URLSearchParams({ view: next, ...extra });
    return `${pathname}?${query.toString()}`;
  };
  const position = header.data?.position;
  const canMove = header.data?.canMove ?? false;
  return (
    <QueryState isPending={header.isPending} error={header.error} onRetry={() => void header.refetch()}>
      {position ? (
        <>
          <PageHeader
            title={position.title}
            description={t("header.departmentSegment", {
              department: position.department.name,
              segment: position.department.segment.name,
            })}
            actions={
              canMove ? (
                <>
                  <Button asChild variant="secondary">
                    <Link href={`/hiring/positions/${positionId}/profile`}>{t("header.editProfile")}</Link>
                  </Button>
                  <Button asChild variant="secondary">
                    <Link href={`/hiring/candidates/import?positionId=${positionId}`}>
                      {t("header.import")}
                    </Link>
                  </Button>
                  <Button asChild>
                    <Link href={`/hiring/candidates/new?positionId=${positionId}`}>{t("header.add")}</Link>
                  </Button>
                </>
              ) : null
            }
          />
          <p className="-mt-4 mb-4 flex flex-wrap gap-x-4 text-sm text-muted">
            <span>{t("header.openHeadcount", { count: position.openHeadcount })}</span>
            <Link href={`/hiring/positions/${positionId}/profile`} className="text-brand-700 hover:underline">
              {position.latestVersion
                ? t("header.profile", { version: position.latestVersion })
                : t("header.noProfile")}
            </Link>
          </p>
          {!canMove ? <Alert className="mb-4">{t("header.readOnly")}</Alert> : null}
          <nav aria-label={t("tabs.label")} className="mb-4 flex gap-1 border-b border-gray-200">
            {views.map((v) => (
              <Link
                key={v}
                href={hrefFor(v, v === "compare" && compareIds.length ? { ids: compareIds.join(",") } : {})}
                aria-current={v === view ? "page" : undefined}
                className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${v === view ? "border-brand-700 text-brand-800" : "border-transparent text-muted hover:text-ink"}`}
              >
                {t(`tabs.${v}`)}
              </Link>
            ))}
          </nav>
          {view === "board" ? (
            <QueryState isPending={board.isPending} error={board.error} onRetry={() => void board.refetch()}>
              {board.data ? (
                <Board
                  data={board.data}
                  onShowMore={() => setPerColumn((n) => Math.min(BOARD_MAX, n + BOARD_PAGE))}
                  canShowMore={perColumn < BOARD_MAX}
                />
              ) : null}
            </QueryState>
          ) : null}
          {view === "table" ? (
            <RankingTable
              positionId={positionId}
              canMove={canMove}
              onCompare={(ids) => router.push(hrefFor("compare", { ids: ids.join(",") }))}
            />
          ) : null}
          {view === "compare" ? <CompareView ids={compareIds} /> : null}
          {view === "stats" ? <StatsView positionId={positionId} /> : null}
        </>
      ) : null}
    </QueryState>
  );
}
