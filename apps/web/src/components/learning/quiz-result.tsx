"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { Answer, PublicQuestion } from "@portal/domain";
import { Alert, cn } from "@portal/ui";
import type { GradedAttempt } from "./types";

function describe(
  q: PublicQuestion,
  a: Answer | null,
  t: (key: "true" | "false" | "noAnswer") => string,
): string {
  if (!a) return t("noAnswer");
  const label = (id: string) =>
    ("options" in q ? q.options : "items" in q ? q.items : []).find((o) => o.id === id)?.text ?? id;
  switch (a.kind) {
    case "single":
      return label(a.optionId);
    case "multiple":
      return a.optionIds.length ? a.optionIds.map(label).join("; ") : t("noAnswer");
    case "trueFalse":
      return a.value ? t("true") : t("false");
    case "ordering":
      return a.itemIds.map((id, i) => `${i + 1}. ${label(id)}`).join("  ");
  }
}

/**
 * A graded attempt: score, pass or fail, and, as far as the course's feedback setting allows, per question the
 * learner's answer, whether it was right, the correct one and why.
 */
export function QuizResult({ result }: { result: GradedAttempt }) {
  const t = useTranslations("learning");
  const format = useFormatter();
  return (
    <section aria-labelledby={`result-${result.attemptId}`} className="space-y-4">
      <h3 id={`result-${result.attemptId}`} className="text-lg font-semibold">
        {t("resultTitle", { number: result.number })}
      </h3>
      <Alert tone={result.passed ? "success" : "danger"}>
        <p className="font-semibold">{result.passed ? t("passed") : t("failed")}</p>
        <p>
          {t("score", {
            correct: result.correctCount,
            total: result.total,
            percent: format.number(result.percent / 100, { style: "percent", maximumFractionDigits: 1 }),
          })}
        </p>
        {result.expired ? <p>{t("expiredAttempt")}</p> : null}
      </Alert>
      {result.feedback === "SCORE" ? (
        <p className="text-sm text-gray-700">{t("feedbackScoreOnly")}</p>
      ) : (
        <ol className="space-y-3">
          {result.questions.map((q, i) => (
            <li
              key={q.questionId}
              className={cn("rounded-lg border p-3", q.correct ? "border-green-300" : "border-red-300")}
            >
              <p className="font-medium">
                {i + 1}. {q.question.prompt}{" "}
                <span className={q.correct ? "text-green-800" : "text-red-800"}>
                  ({q.correct ? t("correct") : t("wrong")})
                </span>
              </p>
              <p className="text-sm">{t("yourAnswer", { answer: describe(q.question, q.given, t) })}</p>
              {!q.correct && q.correctAnswer ? (
                <p className="text-sm">
                  {t("correctAnswer", { answer: describe(q.question, q.correctAnswer, t) })}
                </p>
              ) : null}
              {q.explanation ? (
                <p className="text-sm text-gray-700">{t("explanation", { text: q.explanation })}</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {result.feedback === "WRONG_QUESTIONS" ? (
        <p className="text-sm text-gray-700">{t("feedbackAnswersWithheld")}</p>
      ) : null}
    </section>
  );
}
