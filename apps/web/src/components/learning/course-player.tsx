"use client";
import Link from "next/link";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, buttonVariants, cn, PageHeader } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { LessonView } from "./lesson-view";
import { ProgressBar } from "./progress-bar";
import { QuizView } from "./quiz-view";
import { ScenarioView } from "./scenario-view";
import type { LearnerCourse, LearnerItem } from "./types";

function Outline({ course, currentId, onSelect }: { course: LearnerCourse; currentId: string; onSelect: (id: string) => void }) {
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
                    <span aria-hidden="true" className={cn("mt-0.5 w-4 shrink-0", i.done ? "text-green-700" : "text-gray-400")}>
                      {i.done ? "✓" : "○"}
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
  if ("scenario" in item) return <ScenarioView enrolmentId={enrolmentId} item={item} />;
  return <QuizView key={item.id} enrolmentId={enrolmentId} item={item} />;
}

/** An expired certificate: the course is due again; retaking starts a new cycle (earlier certificates stay). */
function RetakeBanner({ enrolmentId, expiresAt }: { enrolmentId: string; expiresAt: Date | null }) {
  const t = useTranslations("learning");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const retake = useMutation(
    trpc.learning.retake.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.learning.pathFilter()) }),
  );
  return (
    <Alert tone="warning" className="mb-4 flex flex-wrap items-center justify-between gap-2">
      <span>{t("expiredBanner", { date: expiresAt ? format.dateTime(expiresAt, { dateStyle: "medium" }) : "" })}</span>
      <Button size="sm" disabled={retake.isPending} onClick={() => retake.mutate({ enrolmentId })}>
        {t("retake")}
      </Button>
      {retake.error ? <span role="alert" className="w-full text-sm text-red-800">{retake.error.message}</span> : null}
    </Alert>
  );
}

/** The course player: outline (collapsible on a phone), one item at a time with Previous/Next, resuming where the learner left. */
export function CoursePlayer({ enrolmentId, initialItemId }: { enrolmentId: string; initialItemId: string | null }) {
  const t = useTranslations("learning");
  const trpc = useTRPC();
  const query = useQuery(trpc.learning.course.queryOptions({ enrolmentId }));
  const [selected, setSelected] = useState<string | null>(initialItemId);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const course = query.data;
  const items = course ? course.modules.flatMap((m) => m.items) : [];
  // Pin the resume point once: otherwise finishing an item would jump straight to the next one.
  if (course && selected === null && items.length > 0) setSelected(course.resumeAt ?? items[0]!.id);
  const current = items.find((i) => i.id === selected) ?? items.find((i) => i.id === course?.resumeAt) ?? items[0];
  const index = current ? items.indexOf(current) : -1;
  const select = (id: string) => {
    setSelected(id);
    setOutlineOpen(false);
    // The URL names the item, so a reload or a shared link opens it again (no server round trip).
    window.history.replaceState(null, "", `/learning/${enrolmentId}?item=${encodeURIComponent(id)}`);
    document.getElementById("item-title")?.focus();
  };
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {course ? (
        <>
          <Link href="/learning" className="text-sm text-brand-700 underline">
            ← {t("backToPlan")}
          </Link>
          <PageHeader title={course.course.title} description={course.course.summary || undefined} />
          <ProgressBar className="mb-4" value={course.total ? course.done / course.total : 0} label={t("itemsDone", { done: course.done, total: course.total })} />
          {course.expired ? <RetakeBanner enrolmentId={enrolmentId} expiresAt={course.expiresAt} /> : null}
          {course.passedAt && course.certificate && !course.expired ? (
            <Alert tone="success" className="mb-4 flex flex-wrap items-center justify-between gap-2">
              <span className="font-medium">{t("passedBanner")}</span>
              <Link href={`/learning/certificates/${course.certificate.id}`} className="font-medium text-green-900 underline">
                {t("viewCertificate")}
              </Link>
            </Alert>
          ) : null}
          <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
            <aside>
              <Button variant="secondary" size="sm" className="mb-2 md:hidden" aria-expanded={outlineOpen} aria-controls="course-outline" onClick={() => setOutlineOpen(!outlineOpen)}>
                {outlineOpen ? t("hideOutline") : t("showOutline")}
              </Button>
              <div id="course-outline" className={cn(outlineOpen ? "block" : "hidden", "md:block")}>
                {current ? <Outline course={course} currentId={current.id} onSelect={select} /> : null}
              </div>
            </aside>
            {current ? (
              <article aria-labelledby="item-title" className="min-w-0 rounded-lg border border-gray-200 bg-white p-4 shadow-sm sm:p-6">
                <p className="text-sm text-gray-700">
                  {t("itemOf", { index: index + 1, total: items.length })} · {t(`kind.${current.kind}`)} · {t("minutes", { minutes: current.durationMinutes })}
                </p>
                <h2 id="item-title" tabIndex={-1} className="mb-4 mt-1 text-xl font-semibold outline-none">
                  {current.title}
                </h2>
                <ItemView key={current.id} enrolmentId={enrolmentId} item={current} />
                <div className="mt-6 flex justify-between gap-2 border-t border-gray-200 pt-4">
                  <Button variant="secondary" disabled={index <= 0} onClick={() => select(items[index - 1]!.id)}>
                    ← {t("previous")}
                  </Button>
                  {index < items.length - 1 ? (
                    <Button variant={current.done ? "primary" : "secondary"} onClick={() => select(items[index + 1]!.id)}>
                      {t("next")} →
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
      ) : null}
    </QueryState>
  );
}
