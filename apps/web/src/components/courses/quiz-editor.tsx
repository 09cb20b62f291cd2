"use client";
import { useTranslations } from "next-intl";
import { Button, ConfirmDialog, FormField, Input } from "@portal/ui";
import { useErrorText } from "@/components/forms/use-form-errors";
import { FieldError } from "./field-error";
import { move, newQuestion } from "./new-items";
import { QuestionEditor } from "./question-editor";
import type { FieldErrors, Item } from "./types";

type Quiz = Extract<Item, { kind: "QUIZ" }>["content"];
const optionalNumber = (v: string) => (v.trim() === "" ? null : Number(v));

/** Pass mark, attempts, optional time limit and draw count, and the question bank. */
export function QuizEditor({
  value,
  onChange,
  errors,
  path,
  idPrefix,
}: {
  value: Quiz;
  onChange: (v: Quiz) => void;
  errors: FieldErrors;
  path: string;
  idPrefix: string;
}) {
  const t = useTranslations("courses");
  const common = useTranslations("common");
  const errorText = useErrorText();
  const e = (...p: (string | number)[]) => errorText(errors.get([path, ...p].join(".")));
  const questions = value.questions;
  return (
    <div className="space-y-3">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-4">
        <FormField id={`${idPrefix}-pass`} label={t("passMark")} required error={e("passMark")}>
          {(aria) => (
            <Input
              {...aria}
              type="number"
              min={1}
              max={100}
              value={value.passMark}
              onChange={(ev) => onChange({ ...value, passMark: Number(ev.target.value) })}
            />
          )}
        </FormField>
        <FormField id={`${idPrefix}-attempts`} label={t("maxAttempts")} required error={e("maxAttempts")}>
          {(aria) => (
            <Input
              {...aria}
              type="number"
              min={1}
              max={20}
              value={value.maxAttempts}
              onChange={(ev) => onChange({ ...value, maxAttempts: Number(ev.target.value) })}
            />
          )}
        </FormField>
        <FormField
          id={`${idPrefix}-limit`}
          label={t("timeLimit")}
          hint={t("timeLimitHint")}
          error={e("timeLimitSeconds")}
        >
          {(aria) => (
            <Input
              {...aria}
              type="number"
              min={30}
              value={value.timeLimitSeconds ?? ""}
              onChange={(ev) => onChange({ ...value, timeLimitSeconds: optionalNumber(ev.target.value) })}
            />
          )}
        </FormField>
        <FormField
          id={`${idPrefix}-draw`}
          label={t("drawCount")}
          hint={t("drawCountHint")}
          error={e("drawCount")}
        >
          {(aria) => (
            <Input
              {...aria}
              type="number"
              min={1}
              value={value.drawCount ?? ""}
              onChange={(ev) => onChange({ ...value, drawCount: optionalNumber(ev.target.value) })}
            />
          )}
        </FormField>
      </div>
      <h5 className="text-sm font-semibold">{t("questions", { count: questions.length })}</h5>
      <FieldError id={`${idPrefix}-questions-error`} message={errors.get(`${path}.questions`)} />
      <ol className="space-y-3">
        {questions.map((q, i) => (
          <li key={i} className="space-y-2">
            <QuestionEditor
              value={q}
              n={i + 1}
              siblings={questions}
              errors={errors}
              path={`${path}.questions.${i}`}
              idPrefix={`${idPrefix}-q${i}`}
              onChange={(next) =>
                onChange({ ...value, questions: questions.map((x, j) => (j === i ? next : x)) })
              }
            />
            <div className="flex gap-2">
              <Button
                type="button"
                size="sm"
                variant="secondary"
                disabled={i === 0}
                onClick={() => onChange({ ...value, questions: move(questions, i, i - 1) })}
              >
                {t("moveQuestionUp", { n: i + 1 })}
              </Button>
              <Button
                type="button"
                size="sm"
                variant="secondary"
                disabled={i === questions.length - 1}
                onClick={() => onChange({ ...value, questions: move(questions, i, i + 1) })}
              >
                {t("moveQuestionDown", { n: i + 1 })}
              </Button>
              <ConfirmDialog
                trigger={
                  <Button type="button" size="sm" variant="danger" disabled={questions.length <= 1}>
                    {t("removeQuestion", { n: i + 1 })}
                  </Button>
                }
                title={t("removeQuestionTitle")}
                description={t("removeQuestionBody")}
                confirmLabel={common("delete")}
                cancelLabel={common("cancel")}
                onConfirm={() => onChange({ ...value, questions: questions.filter((_, j) => j !== i) })}
              />
            </div>
          </li>
        ))}
      </ol>
      <Button
        type="button"
        size="sm"
        variant="secondary"
        onClick={() => onChange({ ...value, questions: [...questions, newQuestion("single", questions)] })}
      >
        {t("addQuestion")}
      </Button>
    </div>
  );
}
