"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { feedbackKinds, feedbackStatuses } from "@portal/validators";
import { Badge, buttonVariants, EmptyState, Input, PageHeader } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import { FilterSelect, ListToolbar } from "@/components/list/list-toolbar";
import { ListPagination } from "@/components/list/pagination";
import { QueryState } from "@/components/list/query-state";
import { KindBadge, StatusBadge } from "./badges";

const noSort = ["createdAt"] as const;
const filterKeys = ["view", "segmentId", "kind", "status", "tag"] as const;
const pageSizes = [10, 25, 50, 100] as const;

/** The tag filter: typed, applied on Enter or when leaving the field (tags are stored normalised). */
function TagFilter({ value, onChange }: { value: string; onChange: (tag: string) => void }) {
  const t = useTranslations("feedback");
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <div>
      <label htmlFor="feedback-tag" className="mb-1 block text-sm font-medium">
        {t("filters.tag")}
      </label>
      <Input
        id="feedback-tag"
        value={draft}
        maxLength={40}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft !== value && onChange(draft.trim())}
        onKeyDown={(e) => {
          if (e.key === "Enter") onChange(draft.trim());
        }}
      />
    </div>
  );
}

/**
 * /feedback: what the caller filed ("mine") and, for heads, HR and admins, the inbox of what reaches them, with
 * filters by segment, kind, status and tag, a text search and paging. The state lives in the URL.
 */
export function FeedbackHome({ canInbox }: { canInbox: boolean }) {
  const t = useTranslations("feedback");
  const common = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const list = useListParams("createdAt", noSort, filterKeys);
  const { update } = list;
  const view = canInbox && list.filters.view !== "mine" ? "inbox" : "mine";
  const kind = feedbackKinds.find((k) => k === list.filters.kind);
  const status = feedbackStatuses.find((s) => s === list.filters.status);
  const pageSize = pageSizes.find((n) => n === list.pageSize) ?? 25;
  const segments = useQuery(trpc.segments.options.queryOptions());
  const query = useQuery({
    ...trpc.feedback.list.queryOptions({
      view,
      segmentId: list.filters.segmentId,
      kind,
      status,
      tag: list.filters.tag,
      search: list.search,
      page: list.page,
      pageSize,
    }),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  const filtered = !!(list.search || list.filters.segmentId || kind || status || list.filters.tag);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={canInbox ? t("descriptionInbox") : t("description")}
        actions={
          <>
            {canInbox ? (
              <Link href="/feedback/insight" className={buttonVariants({ variant: "secondary" })}>
                {t("insight.title")}
              </Link>
            ) : null}
            <Link href="/feedback/new" className={buttonVariants()}>
              {t("new.action")}
            </Link>
          </>
        }
      />
      {canInbox ? (
        <nav aria-label={t("views.label")} className="mb-4 flex gap-2">
          {(["inbox", "mine"] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              className={buttonVariants({ variant: view === v ? "primary" : "secondary", size: "sm" })}
              onClick={() => update({ view: v === "inbox" ? null : "mine" })}
            >
              {t(`views.${v}`)}
            </button>
          ))}
        </nav>
      ) : null}
      <ListToolbar search={list.search} onSearch={(q) => update({ q })} label={t("filters.search")}>
        <FilterSelect
          id="feedback-segment"
          label={t("filters.segment")}
          value={list.filters.segmentId ?? ""}
          onChange={(segmentId) => update({ segmentId })}
          allLabel={t("filters.allSegments")}
          options={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
        <FilterSelect
          id="feedback-kind"
          label={t("filters.kind")}
          value={kind ?? ""}
          onChange={(k) => update({ kind: k })}
          allLabel={t("filters.allKinds")}
          options={feedbackKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <FilterSelect
          id="feedback-status"
          label={t("filters.status")}
          value={status ?? ""}
          onChange={(s) => update({ status: s })}
          allLabel={t("filters.allStatuses")}
          options={feedbackStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
        <TagFilter value={list.filters.tag ?? ""} onChange={(tag) => update({ tag })} />
      </ListToolbar>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {data ? (
          <div aria-busy={query.isFetching}>
            {data.total === 0 ? (
              <EmptyState
                title={filtered ? common("noMatches") : view === "inbox" ? t("empty.inbox") : t("empty.mine")}
                description={
                  filtered
                    ? common("noMatchesHint")
                    : view === "inbox"
                      ? t("empty.inboxHint")
                      : t("empty.mineHint")
                }
                action={
                  !filtered && view === "mine" ? (
                    <Link href="/feedback/new" className={buttonVariants({ variant: "secondary" })}>
                      {t("new.action")}
                    </Link>
                  ) : undefined
                }
              />
            ) : (
              <>
                <ul className="space-y-3">
                  {data.items.map((item) => (
                    <li key={item.id} className="rounded-lg border border-gray-200 bg-white p-4">
                      <div className="flex flex-wrap items-center gap-2 text-sm">
                        <KindBadge kind={item.kind} />
                        <StatusBadge status={item.status} />
                        <span className="font-medium">{item.segment.name}</span>
                        <span className="text-muted">
                          {view === "inbox"
                            ? t("list.byOn", {
                                name: item.author.name,
                                date: format.dateTime(item.createdAt, { dateStyle: "medium" }),
                              })
                            : format.dateTime(item.createdAt, { dateStyle: "medium" })}
                        </span>
                        {item.reply ? <Badge tone="info">{t("list.replied")}</Badge> : null}
                      </div>
                      <p className="mt-2 line-clamp-3 whitespace-pre-line text-sm" lang={item.language}>
                        <Link href={`/feedback/${item.id}`} className="text-ink hover:underline">
                          {item.text}
                        </Link>
                      </p>
                      {item.tags.length > 0 ? (
                        <ul className="mt-2 flex flex-wrap gap-1" aria-label={t("tags")}>
                          {item.tags.map((tag) => (
                            <li key={tag}>
                              <button
                                type="button"
                                className="rounded-full bg-gray-100 px-2 py-0.5 text-xs text-gray-800 hover:bg-gray-200"
                                onClick={() => update({ tag })}
                                aria-label={t("filters.byTag", { tag })}
                              >
                                {tag}
                              </button>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </li>
                  ))}
                </ul>
                <ListPagination data={data} update={update} />
              </>
            )}
          </div>
        ) : null}
      </QueryState>
    </>
  );
}
