"use client";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { RouterOutputs } from "@portal/api";
import { Badge } from "@portal/ui";
import { languageName } from "@/i18n/language-name";
import { StoryByline } from "./story-byline";

export type StoryListItem = RouterOutputs["stories"]["search"]["items"][number];

/** One story in a list: title (a link), who and where, the first words, tags and how useful readers found it. */
export function StoryCard({ story, showStatus }: { story: StoryListItem; showStatus?: boolean }) {
  const t = useTranslations("stories");
  const format = useFormatter();
  const locale = useLocale();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <li className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">
          <Link href={`/stories/${story.id}`} className="text-brand-700 underline-offset-2 hover:underline">
            <span lang={story.language}>{story.title}</span>
          </Link>
        </h2>
        {showStatus ? <Badge>{t(`statuses.${story.status}`)}</Badge> : null}
      </div>
      <p className="mt-1 text-sm text-muted">
        <StoryByline story={story} /> · {story.segment.name} · {languageName(locale, story.language)}
      </p>
      {story.excerpt ? (
        <p className="mt-2 text-sm text-gray-800" lang={story.language}>
          {story.excerpt}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-muted">
        {story.tags.map((tag) => (
          <Badge key={tag} tone="neutral">
            {tag}
          </Badge>
        ))}
        {story.publishedAt ? <span>{t("list.publishedAt", { date: date(story.publishedAt) })}</span> : null}
        {!story.publishedAt && story.submittedAt && story.status === "SUBMITTED" ? (
          <span>{t("list.submittedAt", { date: date(story.submittedAt) })}</span>
        ) : null}
        {!story.publishedAt && story.status !== "SUBMITTED" ? (
          <span>{t("list.updatedAt", { date: date(story.updatedAt) })}</span>
        ) : null}
        {story.status === "PUBLISHED" ? (
          <>
            <span>{t("list.useful", { count: story.usefulCount })}</span>
            <span>{t("list.comments", { count: story.commentCount })}</span>
          </>
        ) : null}
      </div>
    </li>
  );
}
