"use client";
import { useEffect, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { Answer } from "@portal/domain";
import { Alert, Button, ConfirmDialog } from "@portal/ui";
import type { ActionResult } from "@/trpc/action-result";
import { attemptResultAction, startAttemptAction, submitAttemptAction } from "@/actions/learning";
import { QueryState } from "@/components/list/query-state";
import { useLearningAction } from "./use-learning-action";
import { QuizPaper } from "./quiz-paper";
import { QuizResult } from "./quiz-result";
import type { GradedAttempt, QuizItem, StartedAttempt } from "./types";

function PastResult({ attemptId }: { attemptId: string }) {
  const [loaded, setLoaded] = useState<ActionResult<GradedAttempt> | null>(null);
  const [tries, setTries] = useState(0);
  useEffect(() => {
    let active = true;
    attemptResultAction({ attemptId }).then(
      (result) => {
        if (!active) return;
        if (!result.ok && result.error.code === "UNAUTHORIZED") window.location.assign("/session-ended");
        setLoaded(result);
      },
      (error: unknown) =>
        active &&
        setLoaded({
          ok: false,
          error: {
            code: "INTERNAL_SERVER_ERROR",
            key: "unexpectedNoReference",
            params: {},
            message: String(error),
          },
        }),
    );
    return () => {
      active = false;
    };
  }, [attemptId, tries]);
  const retry = () => {
    setLoaded(null);
    setTries(tries + 1);
  };
  return (
    <QueryState
      isPending={loaded === null}
      error={loaded && !loaded.ok ? loaded.error : null}
      onRetry={retry}
    >
      {loaded?.ok ? <QuizResult result={loaded.data} /> : null}
    </QueryState>
  );
}

/** A quiz: its rules, start (confirmed when timed) or resume, the paper, the graded result, and past attempts. */
export function QuizView({ enrolmentId, item }: { enrolmentId: string; item: QuizItem }) {
  const t = useTranslations("learning");
  const format = useFormatter();
  const [paper, setPaper] = useState<StartedAttempt | null>(null);
  const [result, setResult] = useState<GradedAttempt | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [confirmStart, setConfirmStart] = useState(false);
  // Both actions re-render the player (attempts, progress) from the server.
  const start = useLearningAction(startAttemptAction, {
    onSuccess: (p) => {
      setPaper(p);
      setResult(null);
      setShown(null);
    },
  });
  const submit = useLearningAction(submitAttemptAction, {
    onSuccess: (r) => {
      setResult(r);
      setPaper(null);
    },
  });
  const q = item.quiz;
  const submitted = item.attempts.filter((a) => a.submittedAt);
  const open = item.attempts.find((a) => !a.submittedAt && (!a.deadlineAt || a.deadlineAt > new Date()));
  const passed = item.attempts.some((a) => a.passed);
  const attemptsLeft = q.maxAttempts - item.attempts.length;
  const canStart = !passed && (open !== undefined || attemptsLeft > 0);
  const begin = () =>
    q.timeLimitSeconds && !open ? setConfirmStart(true) : start.mutate({ enrolmentId, itemId: item.id });
  const minutes = q.timeLimitSeconds ? Math.round(q.timeLimitSeconds / 60) : 0;

  if (paper) {
    return (
      <div className="space-y-3">
        {submit.error ? (
          <Alert tone="danger" role="alert">
            {submit.error}
          </Alert>
        ) : null}
        <QuizPaper
          attempt={paper}
          submitting={submit.isPending}
          onSubmit={(answers: Record<string, Answer>) =>
            submit.mutate({ attemptId: paper.attemptId, answers })
          }
        />
      </div>
    );
  }

  return (
    <div className="space-y-5">
      <section
        aria-labelledby={`rules-${item.id}`}
        className="rounded-lg border border-gray-200 bg-gray-50 p-4"
      >
        <h3 id={`rules-${item.id}`} className="font-semibold">
          {t("quizRules")}
        </h3>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-gray-900">
          <li>{t("questionCount", { count: q.questionCount })}</li>
          <li>{t("passMark", { passMark: format.number(q.passMark / 100, { style: "percent" }) })}</li>
          <li>{t("attemptsUsed", { used: item.attempts.length, max: q.maxAttempts })}</li>
          <li>{q.timeLimitSeconds ? t("timeLimit", { minutes }) : t("untimed")}</li>
        </ul>
      </section>
      {result ? <QuizResult result={result} /> : null}
      {start.error ? (
        <Alert tone="danger" role="alert">
          {start.error}
        </Alert>
      ) : null}
      {passed ? (
        <Alert tone="success">{t("quizPassed")}</Alert>
      ) : canStart ? (
        <Button onClick={begin} disabled={start.isPending}>
          {open ? t("resumeAttempt") : result ? t("tryAgain") : t("startAttempt")}
        </Button>
      ) : item.attempts.length > 0 ? (
        <Alert tone="warning">{t("noAttemptsLeft")}</Alert>
      ) : null}
      <ConfirmDialog
        open={confirmStart}
        onOpenChange={setConfirmStart}
        title={t("startTimedTitle")}
        description={t("startTimedBody", { minutes })}
        confirmLabel={t("startAttempt")}
        cancelLabel={t("cancel")}
        destructive={false}
        onConfirm={() => start.mutate({ enrolmentId, itemId: item.id })}
      />
      {submitted.length > 0 ? (
        <section aria-labelledby={`attempts-${item.id}`} className="space-y-2">
          <h3 id={`attempts-${item.id}`} className="font-semibold">
            {t("pastAttempts")}
          </h3>
          <ul className="space-y-2">
            {submitted.map((a) => (
              <li
                key={a.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-gray-200 p-2 text-sm"
              >
                <span>
                  {t("attemptRow", { number: a.number })} ·{" "}
                  {a.submittedAt
                    ? format.dateTime(a.submittedAt, { dateStyle: "medium", timeStyle: "short" })
                    : ""}{" "}
                  · {a.passed ? t("passed") : t("failed")} ·{" "}
                  {t("score", {
                    correct: a.correctCount ?? 0,
                    total: a.total ?? 0,
                    percent: format.number(a.total ? (a.correctCount ?? 0) / a.total : 0, {
                      style: "percent",
                      maximumFractionDigits: 1,
                    }),
                  })}
                </span>
                {result?.attemptId !== a.id ? (
                  <Button
                    variant="secondary"
                    size="sm"
                    aria-expanded={shown === a.id}
                    onClick={() => setShown(shown === a.id ? null : a.id)}
                  >
                    {t("showResult")}
                    <span className="sr-only"> {t("attemptRow", { number: a.number })}</span>
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
          {shown && shown !== result?.attemptId ? <PastResult key={shown} attemptId={shown} /> : null}
        </section>
      ) : null}
    </div>
  );
}
