"use client";
import Link from "next/link";
import { useId, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { locales, storySorts } from "@portal/validators";
import { Button, EmptyState, FormField, Input, Select } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import { ListPagination } from "@/components/list/pagination";
import { QueryState } from "@/components/list/query-state";
import { languageName } from "@/i18n/language-name";
import { StoryCard } from "./story-card";

const filterKeys = ["segment", "department", "tag", "language", "from", "to"] as const;

/** A `yyyy-mm-dd` from a date input as the start (or end) of that day in the reader's time. */
const dayBound = (value: string | undefined, end: boolean) =>
  value ? new Date(`${value}T${end ? "23:59:59.999" : "00:00:00"}`) : undefined;

/** Published stories: full-text search, filters and pages, all kept in the address (shareable, back button). */
export function StoryList({ canWrite }: { canWrite: boolean }) {
  const t = useTranslations("stories");
  const locale = useLocale();
  const trpc = useTRPC();
  const searchId = useId();
  const list = useListParams("relevance", storySorts, filterKeys);
  const f = list.filters;
  const options = useQuery(trpc.stories.options.queryOptions());
  const input = {
    search: list.search,
    segmentId: f.segment,
    departmentId: f.department,
    tag: f.tag,
    language: (locales as readonly string[]).includes(f.language ?? "")
      ? (f.language as (typeof locales)[number])
      : undefined,
    publishedFrom: dayBound(f.from, false),
    publishedTo: dayBound(f.to, true),
    sort: list.sort,
    page: list.page,
    pageSize: [10, 25, 50].includes(list.pageSize) ? list.pageSize : 10,
  };
  const query = useQuery(trpc.stories.search.queryOptions(input));
  const filtered = !!list.search || Object.keys(f).length > 0;

  const onSearch = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = new FormData(e.currentTarget).get("q");
    list.update({ q: typeof value === "string" ? value.trim() : "" });
  };
  const select = (
    key: (typeof filterKeys)[number],
    label: string,
    choices: { value: string; label: string }[],
  ) => (
    <FormField id={`${searchId}-${key}`} label={label}>
      {(aria) => (
        <Select {...aria} value={f[key] ?? ""} onChange={(e) => list.update({ [key]: e.target.value })}>
          <option value="">{t("search.any")}</option>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );

  return (
    <div className="space-y-4">
      <form
        role="search"
        onSubmit={onSearch}
        className="space-y-3 rounded-lg border border-gray-200 bg-white p-4"
      >
        <FormField id={`${searchId}-q`} label={t("search.label")} hint={t("search.hint")}>
          {(aria) => (
            <div className="flex gap-2">
              <Input
                {...aria}
                key={list.search}
                name="q"
                type="search"
                defaultValue={list.search}
                placeholder={t("search.placeholder")}
                maxLength={200}
              />
              <Button type="submit">{t("search.submit")}</Button>
            </div>
          )}
        </FormField>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {select(
            "segment",
            t("search.segment"),
            (options.data?.segments ?? []).map((s) => ({ value: s.id, label: s.name })),
          )}
          {select(
            "department",
            t("search.department"),
            (options.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name })),
          )}
          {select(
            "tag",
            t("search.tag"),
            (options.data?.tags ?? []).map((tag) => ({ value: tag, label: tag })),
          )}
          {select(
            "language",
            t("search.language"),
            locales.map((l) => ({ value: l, label: languageName(locale, l) })),
          )}
          <FormField id={`${searchId}-from`} label={t("search.from")}>
            {(aria) => (
              <Input
                {...aria}
                type="date"
                value={f.from ?? ""}
                onChange={(e) => list.update({ from: e.target.value })}
              />
            )}
          </FormField>
          <FormField id={`${searchId}-to`} label={t("search.to")}>
            {(aria) => (
              <Input
                {...aria}
                type="date"
                value={f.to ?? ""}
                onChange={(e) => list.update({ to: e.target.value })}
              />
            )}
          </FormField>
          <FormField id={`${searchId}-sort`} label={t("search.sort")}>
            {(aria) => (
              <Select {...aria} value={list.sort} onChange={(e) => list.update({ sort: e.target.value })}>
                {storySorts.map((s) => (
                  <option key={s} value={s}>
                    {t(`search.sorts.${s}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        </div>
        {filtered ? (
          <Button
            type="button"
            variant="secondary"
            size="sm"
            onClick={() => list.update({ q: null, ...Object.fromEntries(filterKeys.map((k) => [k, null])) })}
          >
            {t("search.clear")}
          </Button>
        ) : null}
      </form>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {query.data ? (
          <>
            <p className="text-sm text-muted" role="status">
              {t("list.results", { count: query.data.total })}
            </p>
            {query.data.items.length === 0 ? (
              filtered ? (
                <EmptyState title={t("list.noMatch")} description={t("list.noMatchHint")} />
              ) : (
                <EmptyState
                  title={t("list.empty")}
                  description={t("list.emptyHint")}
                  action={
                    canWrite ? (
                      <Button asChild>
                        <Link href="/stories/new">{t("write")}</Link>
                      </Button>
                    ) : null
                  }
                />
              )
            ) : (
              <ul className="space-y-3">
                {query.data.items.map((s) => (
                  <StoryCard key={s.id} story={s} />
                ))}
              </ul>
            )}
            <ListPagination data={query.data} update={list.update} />
          </>
        ) : null}
      </QueryState>
    </div>
  );
}
