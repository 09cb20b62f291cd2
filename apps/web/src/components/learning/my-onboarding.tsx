"use client";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { buttonVariants, Card, EmptyState, PageHeader } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { languageName } from "@/i18n/language-name";
import { QueryState } from "@/components/list/query-state";
import { DueDate } from "./due-date";
import { ProgressBar } from "./progress-bar";
import { StatusBadges } from "./status-badge";
import type { PlanCourse } from "./types";

function actionOf(c: PlanCourse) {
  if (c.entry.status === "COMPLETED") return "review";
  return c.itemsDone > 0 && c.entry.status !== "EXPIRED" ? "continue" : "start";
}

/** "My onboarding": overall progress, then every course in plan order (overdue first). */
export function MyOnboarding() {
  const t = useTranslations("learning");
  const locale = useLocale();
  const trpc = useTRPC();
  const query = useQuery(trpc.learning.plan.queryOptions());
  const plan = query.data;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {plan && !plan.hasStaffRecord ? (
          <EmptyState title={t("noStaffRecord")} description={t("noStaffRecordHint")} />
        ) : plan && plan.courses.length === 0 ? (
          <EmptyState title={t("noCourses")} description={t("noCoursesHint")} />
        ) : plan ? (
          <div className="space-y-6">
            <Card>
              <h2 className="mb-2 text-lg font-semibold">{t("overall")}</h2>
              <ProgressBar value={plan.overall} label={t("overall")} />
            </Card>
            <ul className="space-y-4" aria-label={t("title")}>
              {plan.courses.map((c) => {
                const action = actionOf(c);
                return (
                  <li key={c.enrolmentId}>
                    <Card className={c.entry.overdue ? "border-red-300" : undefined}>
                      <div className="flex flex-wrap items-start justify-between gap-3">
                        <div className="min-w-0 space-y-1">
                          <h2
                            className="text-lg font-semibold"
                            lang={c.language.fallback ? c.language.mainLocale : undefined}
                          >
                            {c.title}
                          </h2>
                          {c.language.fallback ? (
                            <p className="text-sm text-gray-700">
                              {t("courseInLanguage", {
                                language: languageName(locale, c.language.mainLocale),
                              })}
                            </p>
                          ) : null}
                          <StatusBadges entry={c.entry} />
                          <DueDate entry={c.entry} />
                        </div>
                        <div className="flex flex-wrap gap-2">
                          {c.certificate ? (
                            <Link
                              href={`/learning/certificates/${c.certificate.id}`}
                              className={buttonVariants({ variant: "secondary", size: "sm" })}
                            >
                              {t("certificate")}
                            </Link>
                          ) : null}
                          <Link
                            href={`/learning/${c.enrolmentId}`}
                            className={buttonVariants({
                              variant: action === "review" ? "secondary" : "primary",
                              size: "sm",
                            })}
                            aria-label={t("courseLink", { action: t(action), title: c.title })}
                          >
                            {t(action)}
                          </Link>
                        </div>
                      </div>
                      {c.summary ? (
                        <p
                          className="mt-2 text-sm text-gray-700"
                          lang={c.language.fallback ? c.language.mainLocale : undefined}
                        >
                          {c.summary}
                        </p>
                      ) : null}
                      <ProgressBar
                        className="mt-3"
                        value={c.entry.progress}
                        label={t("itemsDone", { done: c.itemsDone, total: c.itemsTotal })}
                      />
                    </Card>
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
      </QueryState>
    </>
  );
}
