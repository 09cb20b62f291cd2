import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card, EmptyState, PageHeader } from "@portal/ui";
import type { RouterOutputs } from "@portal/api";
import { DigestEmailToggle } from "./digest-email-toggle";

type MyDigest = RouterOutputs["digest"]["mine"];

/** A week's Monday (YYYY-MM-DD) as a date at noon UTC, so every time zone shows the same day. */
const weekDate = (weekOf: string) => new Date(`${weekOf}T12:00:00Z`);

/**
 * The weekly digest page: the chosen week's sections (stories in the language they were written in, marked with
 * `lang`; feedback themes with rising ones flagged), the other weeks, and the e-mail setting.
 */
export async function DigestView({ data, requestedWeek }: { data: MyDigest; requestedWeek?: string }) {
  const t = await getTranslations("digest");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const digest = data.digest;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
        <div className="space-y-6">
          {!data.receives && !digest ? (
            <EmptyState title={t("notForYouTitle")} description={t("notForYou")} />
          ) : !digest ? (
            <EmptyState
              title={requestedWeek ? t("weekNotFoundTitle") : t("noDigestTitle")}
              description={requestedWeek ? t("weekNotFound") : t("noDigest")}
            />
          ) : (
            <>
              <div>
                <h2 className="text-lg font-semibold text-ink">
                  {t("weekOf", { weekOf: day(weekDate(digest.weekOf)) })}
                </h2>
                <p className="text-sm text-muted">{t("builtAt", { builtAt: day(digest.builtAt) })}</p>
              </div>
              {(digest.content?.sections ?? []).length === 0 ? (
                <EmptyState title={t("quietTitle")} description={t("quiet")} />
              ) : (
                digest.content!.sections.map((section) => (
                  <Card key={section.segment.id} aria-labelledby={`segment-${section.segment.id}`}>
                    <h2 id={`segment-${section.segment.id}`} className="text-lg font-semibold text-ink">
                      {section.segment.name}
                    </h2>
                    <h3 className="mt-4 font-medium text-ink">{t("stories")}</h3>
                    {section.stories.length === 0 ? (
                      <p className="mt-1 text-sm text-muted">{t("noStories")}</p>
                    ) : (
                      <ul className="mt-2 space-y-3">
                        {section.stories.map((story) => (
                          <li key={story.id} className="break-words">
                            <Link
                              href={`/stories/${story.id}`}
                              lang={story.language}
                              className="font-medium text-brand-700 underline-offset-4 hover:underline"
                            >
                              {story.title}
                            </Link>
                            <p lang={story.language} className="text-sm text-ink">
                              {story.excerpt}
                            </p>
                            <p className="text-xs text-muted">
                              {t("publishedOn", { publishedAt: day(new Date(story.publishedAt)) })}
                            </p>
                          </li>
                        ))}
                      </ul>
                    )}
                    <h3 className="mt-4 font-medium text-ink">{t("themes")}</h3>
                    <p className="text-sm text-muted">
                      {t("feedbackCount", { count: section.feedbackTotal })}
                    </p>
                    {section.themes.length > 0 ? (
                      <ul className="mt-2 flex flex-wrap gap-2">
                        {section.themes.map((theme) => (
                          <li
                            key={theme.tag}
                            className="flex max-w-full flex-wrap items-center gap-2 rounded border border-gray-200 px-2 py-1 text-sm break-words"
                          >
                            <span className="font-medium">{theme.tag}</span>
                            <span className="text-muted">{t("themeCount", { count: theme.count })}</span>
                            {theme.isNew ? (
                              <Badge tone="info">{t("newTheme")}</Badge>
                            ) : theme.rising ? (
                              <Badge tone="warning">{t("rising")}</Badge>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </Card>
                ))
              )}
            </>
          )}
        </div>
        <aside className="space-y-6">
          {data.weeks.length > 0 ? (
            <nav aria-label={t("weeks")}>
              <h2 className="font-medium text-ink">{t("weeks")}</h2>
              <ul className="mt-2 space-y-1 text-sm">
                {data.weeks.map((w) => {
                  const current = digest?.weekOf === w.weekOf;
                  return (
                    <li key={w.weekOf}>
                      <Link
                        href={`/digest?week=${w.weekOf}`}
                        aria-current={current ? "page" : undefined}
                        className={
                          current
                            ? "font-semibold text-ink"
                            : "text-brand-700 underline-offset-4 hover:underline"
                        }
                      >
                        {day(weekDate(w.weekOf))}
                      </Link>
                      {w.hasNews ? null : <span className="text-muted"> · {t("quietMark")}</span>}
                    </li>
                  );
                })}
              </ul>
            </nav>
          ) : null}
          <DigestEmailToggle enabled={data.emailEnabled} />
        </aside>
      </div>
    </>
  );
}
