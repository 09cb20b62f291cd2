"use client";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { buttonVariants, Card, PageHeader } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { languageName } from "@/i18n/enum-labels";
import { QueryState } from "@/components/list/query-state";
import { KindBadge, StatusBadge } from "./badges";
import { RespondPanel } from "./respond-panel";

function Tags({ tags }: { tags: string[] }) {
  const t = useTranslations("feedback");
  if (tags.length === 0) return <p className="text-sm text-muted">{t("noTags")}</p>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label={t("tags")}>
      {tags.map((tag) => (
        <li key={tag} className="rounded-full bg-gray-100 px-2 py-0.5 text-xs text-gray-800">
          {tag}
        </li>
      ))}
    </ul>
  );
}

/**
 * One piece of feedback: the text exactly as its author wrote it (in their language), the status and reply from
 * the segment's head or HR, the controls each may use, and every earlier version of the text.
 */
export function FeedbackItem({ id }: { id: string }) {
  const t = useTranslations("feedback");
  const format = useFormatter();
  const locale = useLocale();
  const trpc = useTRPC();
  const query = useQuery(trpc.feedback.byId.queryOptions({ id }));
  const item = query.data;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {item ? (
        <>
          <PageHeader
            title={t("item.heading", { segment: item.segment.name })}
            description={t("item.meta", {
              name: item.author.name,
              date: date(item.createdAt),
              language: languageName(locale, item.language),
            })}
            actions={
              <>
                <Link href="/feedback" className={buttonVariants({ variant: "secondary" })}>
                  {t("item.back")}
                </Link>
                {item.canEdit ? (
                  <Link href={`/feedback/${item.id}/edit`} className={buttonVariants()}>
                    {t("item.edit")}
                  </Link>
                ) : null}
              </>
            }
          />
          <div className="grid gap-6 lg:grid-cols-3">
            <div className="space-y-6 lg:col-span-2">
              <Card className="space-y-3">
                <div className="flex flex-wrap items-center gap-2">
                  <KindBadge kind={item.kind} />
                  <StatusBadge status={item.status} />
                  {item.version > 1 ? (
                    <span className="text-sm text-muted">
                      {t("item.edited", { count: item.version - 1, date: date(item.updatedAt) })}
                    </span>
                  ) : null}
                </div>
                <h2 className="sr-only">{t("item.text")}</h2>
                <p className="whitespace-pre-line" lang={item.language}>
                  {item.text}
                </p>
                <Tags tags={item.tags} />
              </Card>
              <Card aria-labelledby="feedback-reply-title" className="space-y-2">
                <h2 id="feedback-reply-title" className="text-lg font-semibold">
                  {t("reply.title")}
                </h2>
                {item.reply ? (
                  <>
                    <p className="whitespace-pre-line">{item.reply}</p>
                    {item.respondedAt ? (
                      <p className="text-sm text-muted">
                        {t("reply.by", {
                          name: item.respondedBy?.name ?? t("reply.someone"),
                          date: date(item.respondedAt),
                        })}
                      </p>
                    ) : null}
                  </>
                ) : (
                  <p className="text-sm text-muted">
                    {item.status === "NEW" ? t("reply.none") : t("reply.statusOnly")}
                  </p>
                )}
              </Card>
              <section aria-labelledby="feedback-history-title" className="space-y-3">
                <h2 id="feedback-history-title" className="text-lg font-semibold">
                  {t("history.title")}
                </h2>
                {item.revisions.length === 0 ? (
                  <p className="text-sm text-muted">{t("history.none")}</p>
                ) : (
                  <ol className="space-y-3">
                    {item.revisions.map((r) => (
                      <li key={r.id} className="rounded-lg border border-gray-200 bg-white p-4 text-sm">
                        <p className="mb-2 flex flex-wrap items-center gap-2 font-medium">
                          {t("history.version", { version: r.version, date: date(r.replacedAt) })}
                          <KindBadge kind={r.kind} />
                        </p>
                        <p className="mb-2 whitespace-pre-line" lang={item.language}>
                          {r.text}
                        </p>
                        <Tags tags={r.tags} />
                      </li>
                    ))}
                  </ol>
                )}
              </section>
            </div>
            {item.canRespond ? (
              <div>
                <RespondPanel
                  id={item.id}
                  responseVersion={item.responseVersion}
                  status={item.status}
                  reply={item.reply}
                />
              </div>
            ) : null}
          </div>
        </>
      ) : null}
    </QueryState>
  );
}
