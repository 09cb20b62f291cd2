"use client";
import { ArrowLeft, ArrowRight, Check, Circle } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useState, useTransition } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Alert, Button, buttonVariants, cn, PageHeader, Spinner } from "@portal/ui";
import type { ActionResult } from "@/trpc/action-result";
import { retakeAction } from "@/actions/learning";
import { QueryState } from "@/components/list/query-state";
import { languageName } from "@/i18n/language-name";
import { LessonView } from "./lesson-view";
import { ProgressBar } from "./progress-bar";
import { useLearningAction } from "./use-learning-action";
import type { LearnerCourse, LearnerItem } from "./types";

// A quiz (paper, results, the confirmation dialogs) or a scenario loads when one is shown, not with every lesson.
// React.lazy rather than next/dynamic, whose client runtime would be first-load JavaScript of the player.
const QuizView = lazy(() => import("./quiz-view").then((m) => ({ default: m.QuizView })));
const ScenarioView = lazy(() => import("./scenario-view").then((m) => ({ default: m.ScenarioView })));

function ItemLoading() {
  const t = useTranslations("common");
  return <Spinner label={t("loading")} className="py-4" />;
}

function Outline({
  course,
  currentId,
  onSelect,
}: {
  course: LearnerCourse;
  currentId: string;
  onSelect: (id: string) => void;
}) {
  const t = useTranslations("learning");
  return (
    <nav aria-label={t("outline")}>
      <ol className="space-y-4">
        {course.modules.map((m) => (
          <li key={m.id}>
            <p className="text-sm font-semibold text-gray-900">{m.title}</p>
            <ol className="mt-1 space-y-1">
              {m.items.map((i) => (
                <li key={i.id}>
                  <button
                    type="button"
                    onClick={() => onSelect(i.id)}
                    aria-current={i.id === currentId ? "step" : undefined}
                    className={cn(
                      "flex w-full items-start gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-brand-600",
                      i.id === currentId && "bg-brand-50 font-medium text-brand-800",
                    )}
                  >
                    <span
                      aria-hidden="true"
                      className={cn("mt-0.5 w-4 shrink-0", i.done ? "text-green-700" : "text-gray-400")}
                    >
                      {i.done ? (
                        <Check aria-hidden="true" className="size-4" />
                      ) : (
                        <Circle aria-hidden="true" className="size-4" />
                      )}
                    </span>
                    <span className="flex-1">
                      {i.title}
                      <span className="sr-only">
                        {" "}
                        ({t(`kind.${i.kind}`)}
                        {i.done ? `, ${t("itemDone")}` : ""}
                        {i.id === currentId ? `, ${t("itemCurrent")}` : ""})
                      </span>
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function ItemView({ enrolmentId, item }: { enrolmentId: string; item: LearnerItem }) {
  if ("body" in item) return <LessonView enrolmentId={enrolmentId} item={item} />;
  return (
    <Suspense fallback={<ItemLoading />}>
      {"scenario" in item ? (
        <ScenarioView enrolmentId={enrolmentId} item={item} />
      ) : (
        <QuizView key={item.id} enrolmentId={enrolmentId} item={item} />
      )}
    </Suspense>
  );
}

/** An expired certificate: the course is due again; retaking starts a new cycle (earlier certificates stay). */
function RetakeBanner({ enrolmentId, expiresAt }: { enrolmentId: string; expiresAt: Date | null }) {
  const t = useTranslations("learning");
  const format = useFormatter();
  const retake = useLearningAction(retakeAction);
  return (
    <Alert tone="warning" className="mb-4 flex flex-wrap items-center justify-between gap-2">
      <span>
        {t("expiredBanner", { date: expiresAt ? format.dateTime(expiresAt, { dateStyle: "medium" }) : "" })}
      </span>
      <Button size="sm" disabled={retake.isPending} onClick={() => retake.mutate({ enrolmentId })}>
        {t("retake")}
      </Button>
      {retake.error ? (
        <span role="alert" className="w-full text-sm text-red-800">
          {retake.error}
        </span>
      ) : null}
    </Alert>
  );
}

type PlayerProps = { enrolmentId: string; course: ActionResult<LearnerCourse>; initialItemId: string | null };

/**
 * The course player: outline (collapsible on a phone), one item at a time with Previous/Next, resuming where the
 * learner left. The course comes from the server with the page; the actions re-render it after each change.
 */
export function CoursePlayer({ enrolmentId, course, initialItemId }: PlayerProps) {
  const router = useRouter();
  const [retrying, startRetry] = useTransition();
  if (!course.ok)
    return (
      <QueryState
        isPending={retrying}
        error={course.error}
        onRetry={() => startRetry(() => router.refresh())}
      >
        {null}
      </QueryState>
    );
  return <Player enrolmentId={enrolmentId} course={course.data} initialItemId={initialItemId} />;
}

function Player({
  enrolmentId,
  course,
  initialItemId,
}: {
  enrolmentId: string;
  course: LearnerCourse;
  initialItemId: string | null;
}) {
  const t = useTranslations("learning");
  const locale = useLocale();
  const items = course.modules.flatMap((m) => m.items);
  const { language } = course;
  const mainLanguage = languageName(locale, language.mainLocale);
  // Text shown in the course's main language is marked as such, so screen readers pronounce it right.
  const mainLang = language.locale === locale ? undefined : language.locale;
  // Pin the resume point once: otherwise finishing an item would jump straight to the next one.
  const [selected, setSelected] = useState<string | null>(
    () => initialItemId ?? course.resumeAt ?? items[0]?.id ?? null,
  );
  const [outlineOpen, setOutlineOpen] = useState(false);
  const current =
    items.find((i) => i.id === selected) ?? items.find((i) => i.id === course.resumeAt) ?? items[0];
  const index = current ? items.indexOf(current) : -1;
  const select = (id: string) => {
    setSelected(id);
    setOutlineOpen(false);
    // The URL names the item, so a reload or a shared link opens it again (no server round trip).
    window.history.replaceState(null, "", `/learning/${enrolmentId}?item=${encodeURIComponent(id)}`);
    document.getElementById("item-title")?.focus();
  };
  return (
    <>
      <Link href="/learning" className="text-sm text-brand-700 underline">
        <ArrowLeft aria-hidden="true" className="inline size-4" /> {t("backToPlan")}
      </Link>
      <div lang={mainLang}>
        <PageHeader title={course.course.title} description={course.course.summary || undefined} />
      </div>
      {language.fallback ? (
        <Alert tone="info" className="mb-4">
          {t("courseFallback", { language: mainLanguage })}
        </Alert>
      ) : null}
      <ProgressBar
        className="mb-4"
        value={course.total ? course.done / course.total : 0}
        label={t("itemsDone", { done: course.done, total: course.total })}
      />
      {course.expired ? <RetakeBanner enrolmentId={enrolmentId} expiresAt={course.expiresAt} /> : null}
      {course.passedAt && course.certificate && !course.expired ? (
        <Alert tone="success" className="mb-4 flex flex-wrap items-center justify-between gap-2">
          <span className="font-medium">{t("passedBanner")}</span>
          <Link
            href={`/learning/certificates/${course.certificate.id}`}
            className="font-medium text-green-900 underline"
          >
            {t("viewCertificate")}
          </Link>
        </Alert>
      ) : null}
      <div className="grid grid-cols-1 gap-6 md:grid-cols-[16rem_1fr]">
        <aside>
          <Button
            variant="secondary"
            size="sm"
            className="mb-2 md:hidden"
            aria-expanded={outlineOpen}
            aria-controls="course-outline"
            onClick={() => setOutlineOpen(!outlineOpen)}
          >
            {outlineOpen ? t("hideOutline") : t("showOutline")}
          </Button>
          <div id="course-outline" className={cn(outlineOpen ? "block" : "hidden", "md:block")}>
            {current ? <Outline course={course} currentId={current.id} onSelect={select} /> : null}
          </div>
        </aside>
        {current ? (
          <article
            aria-labelledby="item-title"
            className="min-w-0 rounded-lg border border-gray-200 bg-white p-4 shadow-sm sm:p-6"
          >
            <p className="text-sm text-gray-700">
              {t("itemOf", { index: index + 1, total: items.length })} · {t(`kind.${current.kind}`)} ·{" "}
              {t("minutes", { minutes: current.durationMinutes })}
            </p>
            {current.untranslated && !language.fallback ? (
              <Alert tone="info" className="mt-2">
                {t("itemFallback", { language: mainLanguage })}
              </Alert>
            ) : null}
            <div lang={current.untranslated ? language.mainLocale : mainLang}>
              <h2 id="item-title" tabIndex={-1} className="mb-4 mt-1 text-xl font-semibold outline-none">
                {current.title}
              </h2>
              <ItemView key={current.id} enrolmentId={enrolmentId} item={current} />
            </div>
            <div className="mt-6 flex justify-between gap-2 border-t border-gray-200 pt-4">
              <Button variant="secondary" disabled={index <= 0} onClick={() => select(items[index - 1]!.id)}>
                <ArrowLeft aria-hidden="true" className="inline size-4" /> {t("previous")}
              </Button>
              {index < items.length - 1 ? (
                <Button
                  variant={current.done ? "primary" : "secondary"}
                  onClick={() => select(items[index + 1]!.id)}
                >
                  {t("next")} <ArrowRight aria-hidden="true" className="inline size-4" />
                </Button>
              ) : (
                <Link href="/learning" className={buttonVariants({ variant: "secondary" })}>
                  {t("backToPlan")}
                </Link>
              )}
            </div>
          </article>
        ) : null}
      </div>
    </>
  );
}
