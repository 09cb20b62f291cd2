"use client";
import Link from "next/link";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Badge, Button, EmptyState, PageHeader } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { announceChange } from "@/trpc/changes";
import { QueryState } from "@/components/list/query-state";
import { useNotificationText } from "./use-notification-text";
import { firstNotificationListInput, notificationListInput } from "./notification-list-input";

/** The caller's notifications, newest first; opening one marks it read. */
export function NotificationCentre() {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const text = useNotificationText();
  const trpc = useTRPC();
  const [page, setPage] = useState(firstNotificationListInput.page);
  const [unreadOnly, setUnreadOnly] = useState(firstNotificationListInput.unreadOnly);
  const query = useQuery(trpc.notifications.list.queryOptions(notificationListInput(page, unreadOnly)));
  // Refetches this list (the query cache listens) and the header's bell, which is outside the cache.
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({ onSuccess: () => announceChange("notifications") }),
  );
  const data = query.data;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          data && data.unread > 0 ? (
            <Button
              variant="secondary"
              disabled={markRead.isPending}
              onClick={() => markRead.mutate({ ids: "all" })}
            >
              {t("markAllRead")}
            </Button>
          ) : null
        }
      />
      <label className="mb-4 flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={unreadOnly}
          onChange={(e) => {
            setUnreadOnly(e.target.checked);
            setPage(1);
          }}
        />
        {t("unreadOnly")}
      </label>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {data && data.total === 0 ? (
          <EmptyState title={t("empty")} description={t("emptyHint")} />
        ) : data ? (
          <>
            <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white">
              {data.items
                .map(({ content, ...n }) => ({ ...n, ...text(content) }))
                .map((n) => (
                  <li key={n.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
                    <div className="min-w-0 flex-1">
                      <p className="font-medium">
                        {n.readAt ? null : (
                          <Badge tone="info" className="mr-2">
                            {t("new")}
                          </Badge>
                        )}
                        {n.link ? (
                          <Link
                            href={n.link}
                            className="text-brand-700 hover:underline"
                            onClick={() => (n.readAt ? undefined : markRead.mutate({ ids: [n.id] }))}
                          >
                            {n.title}
                          </Link>
                        ) : (
                          n.title
                        )}
                      </p>
                      {n.body ? <p className="text-sm text-gray-700">{n.body}</p> : null}
                      <p className="text-xs text-muted">
                        {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                      </p>
                    </div>
                    {n.readAt ? null : (
                      <Button
                        variant="secondary"
                        size="sm"
                        disabled={markRead.isPending}
                        onClick={() => markRead.mutate({ ids: [n.id] })}
                      >
                        {t("markRead")}
                        <span className="sr-only">: {n.title}</span>
                      </Button>
                    )}
                  </li>
                ))}
            </ul>
            {data.pageCount > 1 ? (
              <nav aria-label={t("pages")} className="mt-4 flex items-center gap-2 text-sm">
                <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                  {t("previous")}
                </Button>
                <span aria-current="page">{t("pageOf", { page: data.page, pageCount: data.pageCount })}</span>
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={page >= data.pageCount}
                  onClick={() => setPage(page + 1)}
                >
                  {t("next")}
                </Button>
              </nav>
            ) : null}
          </>
        ) : null}
      </QueryState>
    </>
  );
}
