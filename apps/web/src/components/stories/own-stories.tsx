"use client";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { EmptyState } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import { ListPagination } from "@/components/list/pagination";
import { QueryState } from "@/components/list/query-state";
import { StoryCard } from "./story-card";

const sortable = ["updated"] as const;

/** The caller's own stories in every status, or (queue) the stories waiting for the caller's moderation. */
export function OwnStories({ kind }: { kind: "mine" | "queue" }) {
  const t = useTranslations("stories");
  const trpc = useTRPC();
  const list = useListParams("updated", sortable);
  const input = { page: list.page, pageSize: [10, 25, 50].includes(list.pageSize) ? list.pageSize : 10 };
  const mine = useQuery({ ...trpc.stories.mine.queryOptions(input), enabled: kind === "mine" });
  const queue = useQuery({ ...trpc.stories.queue.queryOptions(input), enabled: kind === "queue" });
  const query = kind === "mine" ? mine : queue;
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {query.data ? (
        <>
          {query.data.items.length === 0 ? (
            <EmptyState
              title={kind === "mine" ? t("list.mineEmpty") : t("list.queueEmpty")}
              description={kind === "mine" ? t("list.mineEmptyHint") : t("list.queueEmptyHint")}
            />
          ) : (
            <ul className="space-y-3">
              {query.data.items.map((s) => (
                <StoryCard key={s.id} story={s} showStatus />
              ))}
            </ul>
          )}
          <ListPagination data={query.data} update={list.update} />
        </>
      ) : null}
    </QueryState>
  );
}
