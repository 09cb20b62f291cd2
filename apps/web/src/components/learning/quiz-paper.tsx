"use client";
import { ArrowDown, ArrowUp } from "lucide-react";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import type { Answer, PublicQuestion } from "@portal/domain";
import { Button, ConfirmDialog } from "@portal/ui";
import type { StartedAttempt } from "./types";

type Answers = Record<string, Answer>;

function useSecondsLeft(deadline: Date | null) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!deadline) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  return deadline ? Math.max(0, Math.floor((deadline.getTime() - now) / 1000)) : null;
}

/** Counts down from the server's deadline; the server decides lateness, this is only the learner's clock. */
function Countdown({ deadline }: { deadline: Date }) {
  const t = useTranslations("learning");
  const left = useSecondsLeft(deadline) ?? 0;
  const time = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
  return (
    <p className={left <= 60 ? "font-semibold text-red-800" : "font-medium text-gray-900"}>
      {/* Announce only minute changes and the end, not every second. */}
      <span aria-hidden="true">{t("timeLeft", { time })}</span>
      <span className="sr-only" aria-live="polite">
        {left === 0 ? t("timeUp") : t("timeLeft", { time: `${Math.ceil(left / 60)} min` })}
      </span>
      {left === 0 ? (
        <span className="block" aria-hidden="true">
          {t("timeUp")}
        </span>
      ) : null}
    </p>
  );
}

function Ordering({
  q,
  value,
  onChange,
}: {
  q: Extract<PublicQuestion, { kind: "ordering" }>;
  value: string[] | undefined;
  onChange: (ids: string[]) => void;
}) {
  const t = useTranslations("learning");
  const order = value ?? q.items.map((i) => i.id);
  const text = new Map(q.items.map((i) => [i.id, i.text]));
  const move = (from: number, to: number) => {
    const next = [...order];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    onChange(next);
  };
  return (
    <div>
      <p className="mb-2 text-sm text-gray-700">{t("orderHint")}</p>
      <ol className="space-y-2" aria-label={q.prompt}>
        {order.map((id, i) => (
          <li key={id} className="flex items-center gap-2 rounded-md border border-gray-200 bg-white p-2">
            <span className="w-6 text-right tabular-nums text-gray-700">{i + 1}.</span>
            <span className="flex-1">{text.get(id)}</span>
            <Button
              variant="secondary"
              size="sm"
              disabled={i === 0}
              onClick={() => move(i, i - 1)}
              aria-label={t("moveUp", { item: text.get(id) ?? "" })}
            >
              <ArrowUp aria-hidden="true" className="size-4" />
            </Button>
            <Button
              variant="secondary"
              size="sm"
              disabled={i === order.length - 1}
              onClick={() => move(i, i + 1)}
              aria-label={t("moveDown", { item: text.get(id) ?? "" })}
            >
              <ArrowDown aria-hidden="true" className="size-4" />
            </Button>
          </li>
        ))}
      </ol>
    </div>
  );
}

function QuestionInput({
  q,
  answer,
  onAnswer,
}: {
  q: PublicQuestion;
  answer: Answer | undefined;
  onAnswer: (a: Answer) => void;
}) {
  const t = useTranslations("learning");
  const choice =
    "flex cursor-pointer items-start gap-3 rounded-md border border-gray-200 bg-white p-2 hover:bg-gray-50";
  switch (q.kind) {
    case "single":
      return (
        <>
          {q.options.map((o) => (
            <label key={o.id} className={choice}>
              <input
                type="radio"
                name={q.id}
                checked={answer?.kind === "single" && answer.optionId === o.id}
                onChange={() => onAnswer({ kind: "single", optionId: o.id })}
                className="mt-1"
              />
              <span>{o.text}</span>
            </label>
          ))}
        </>
      );
    case "multiple": {
      const ids = answer?.kind === "multiple" ? answer.optionIds : [];
      return (
        <>
          {q.options.map((o) => (
            <label key={o.id} className={choice}>
              <input
                type="checkbox"
                checked={ids.includes(o.id)}
                onChange={(e) =>
                  onAnswer({
                    kind: "multiple",
                    optionIds: e.target.checked ? [...ids, o.id] : ids.filter((x) => x !== o.id),
                  })
                }
                className="mt-1"
              />
              <span>{o.text}</span>
            </label>
          ))}
        </>
      );
    }
    case "trueFalse":
      return (
        <>
          {[true, false].map((v) => (
            <label key={String(v)} className={choice}>
              <input
                type="radio"
                name={q.id}
                checked={answer?.kind === "trueFalse" && answer.value === v}
                onChange={() => onAnswer({ kind: "trueFalse", value: v })}
                className="mt-1"
              />
              <span>{v ? t("true") : t("false")}</span>
            </label>
          ))}
        </>
      );
    case "ordering":
      return (
        <Ordering
          q={q}
          value={answer?.kind === "ordering" ? answer.itemIds : undefined}
          onChange={(itemIds) => onAnswer({ kind: "ordering", itemIds })}
        />
      );
  }
}

/** One open attempt: the drawn questions, a countdown when timed, and Submit (confirmed when questions are unanswered). */
export function QuizPaper({
  attempt,
  submitting,
  onSubmit,
}: {
  attempt: StartedAttempt;
  submitting: boolean;
  onSubmit: (answers: Answers) => void;
}) {
  const t = useTranslations("learning");
  // Kept in this tab's session storage, so a reload (the server resumes the same attempt) keeps the answers.
  const storageKey = `quiz-answers:${attempt.attemptId}`;
  const [answers, setAnswers] = useState<Answers>(() => {
    if (typeof window === "undefined") return {};
    try {
      return JSON.parse(window.sessionStorage.getItem(storageKey) ?? "{}") as Answers;
    } catch {
      return {};
    }
  });
  useEffect(() => {
    window.sessionStorage.setItem(storageKey, JSON.stringify(answers));
  }, [storageKey, answers]);
  const [confirming, setConfirming] = useState(false);
  // An ordering left untouched is still an answer: the order shown.
  const complete = (): Answers => {
    const all = { ...answers };
    for (const q of attempt.questions)
      if (q.kind === "ordering" && !all[q.id])
        all[q.id] = { kind: "ordering", itemIds: q.items.map((i) => i.id) };
    return all;
  };
  const unanswered = attempt.questions.filter((q) => {
    const a = answers[q.id];
    return q.kind !== "ordering" && (!a || (a.kind === "multiple" && a.optionIds.length === 0));
  }).length;
  const submit = () => (unanswered > 0 ? setConfirming(true) : onSubmit(complete()));
  return (
    <form
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {attempt.deadlineAt ? <Countdown deadline={attempt.deadlineAt} /> : null}
      {attempt.questions.map((q, i) => (
        <fieldset key={q.id} className="space-y-2 rounded-lg border border-gray-200 p-4">
          <legend className="px-1 font-medium">
            <span className="sr-only">{t("question", { index: i + 1 })}: </span>
            {i + 1}. {q.prompt}
          </legend>
          <QuestionInput
            q={q}
            answer={answers[q.id]}
            onAnswer={(a) => setAnswers((prev) => ({ ...prev, [q.id]: a }))}
          />
        </fieldset>
      ))}
      <Button type="submit" disabled={submitting}>
        {t("submit")}
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("submitUnansweredTitle")}
        description={t("submitUnansweredBody", { count: unanswered })}
        confirmLabel={t("submit")}
        cancelLabel={t("cancel")}
        destructive={false}
        onConfirm={() => onSubmit(complete())}
      />
    </form>
  );
}
