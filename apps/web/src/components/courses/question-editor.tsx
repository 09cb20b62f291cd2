"use client";
import { ArrowDown, ArrowUp, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button, FormField, Input, Select, Textarea } from "@portal/ui";
import { useErrorText } from "@/components/forms/use-form-errors";
import { FieldError } from "./field-error";
import { freshKey, move, newQuestion } from "./new-items";
import type { FieldErrors, Question } from "./types";

const kinds = ["single", "multiple", "trueFalse", "ordering"] as const;
type Option = { id: string; text: string };

/** One question of the bank: kind, prompt, options with the correct answer(s), explanation. */
export function QuestionEditor({
  value,
  onChange,
  errors,
  path,
  idPrefix,
  n,
  siblings,
}: {
  value: Question;
  onChange: (q: Question) => void;
  errors: FieldErrors;
  path: string;
  idPrefix: string;
  n: number;
  siblings: readonly { id: string }[];
}) {
  const t = useTranslations("courses");
  const errorText = useErrorText();
  const e = (...p: (string | number)[]) => errorText(errors.get([path, ...p].join(".")));
  const setOptions = (options: Option[]) => {
    if (value.kind === "single")
      onChange({
        ...value,
        options,
        correctOptionId: options.some((o) => o.id === value.correctOptionId) ? value.correctOptionId : "",
      });
    else if (value.kind === "multiple")
      onChange({
        ...value,
        options,
        correctOptionIds: value.correctOptionIds.filter((c) => options.some((o) => o.id === c)),
      });
    else if (value.kind === "ordering") onChange({ ...value, items: options });
  };
  const options: Option[] =
    value.kind === "single" || value.kind === "multiple"
      ? value.options
      : value.kind === "ordering"
        ? value.items
        : [];
  const listKey = value.kind === "ordering" ? "items" : "options";
  const correctKey =
    value.kind === "single" ? "correctOptionId" : value.kind === "multiple" ? "correctOptionIds" : null;
  const correctError = correctKey ? errors.get(`${path}.${correctKey}`) : undefined;
  const groupErrorId = `${idPrefix}-options-error`;
  return (
    <div className="space-y-3 rounded-md border border-gray-200 p-3">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${idPrefix}-kind`} className="mb-1 block text-sm font-medium">
            {t("questionKind", { n })}
          </label>
          <Select
            id={`${idPrefix}-kind`}
            value={value.kind}
            onChange={(ev) => onChange(newQuestion(ev.target.value as Question["kind"], siblings, value))}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <FormField id={`${idPrefix}-prompt`} label={t("prompt")} required error={e("prompt")}>
        {(aria) => (
          <Textarea
            {...aria}
            rows={2}
            value={value.prompt}
            onChange={(ev) => onChange({ ...value, prompt: ev.target.value })}
          />
        )}
      </FormField>
      {value.kind === "trueFalse" ? (
        <fieldset>
          <legend className="text-sm font-medium">{t("correctAnswer")}</legend>
          <div className="mt-1 flex gap-4">
            {[true, false].map((b) => (
              <label key={String(b)} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={`${idPrefix}-tf`}
                  checked={value.correct === b}
                  onChange={() => onChange({ ...value, correct: b })}
                />
                {b ? t("true") : t("false")}
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <fieldset
          className="space-y-2"
          aria-describedby={correctError || errors.get(`${path}.${listKey}`) ? groupErrorId : undefined}
          aria-invalid={!!correctError || undefined}
        >
          <legend className="text-sm font-medium">
            {value.kind === "ordering" ? t("orderingItems") : t("options")}
          </legend>
          <p className="text-xs text-muted">
            {value.kind === "ordering"
              ? t("orderingHint")
              : value.kind === "single"
                ? t("singleHint")
                : t("multipleHint")}
          </p>
          <div id={groupErrorId}>
            <FieldError id={`${groupErrorId}-list`} message={errors.get(`${path}.${listKey}`)} />
            {/* An empty or unknown correct answer: the schema says "required"/"correctOption"; say what to do. */}
            <FieldError
              id={`${groupErrorId}-correct`}
              message={correctError ? "validation.correctOption" : undefined}
            />
          </div>
          {options.map((o, i) => (
            <div key={o.id} className="flex flex-wrap items-center gap-2">
              {value.kind === "single" ? (
                <input
                  type="radio"
                  name={`${idPrefix}-correct`}
                  aria-label={t("markCorrect", { n: i + 1 })}
                  checked={value.correctOptionId === o.id}
                  onChange={() => onChange({ ...value, correctOptionId: o.id })}
                />
              ) : value.kind === "multiple" ? (
                <input
                  type="checkbox"
                  aria-label={t("markCorrect", { n: i + 1 })}
                  checked={value.correctOptionIds.includes(o.id)}
                  onChange={(ev) =>
                    onChange({
                      ...value,
                      correctOptionIds: ev.target.checked
                        ? [...value.correctOptionIds, o.id]
                        : value.correctOptionIds.filter((c) => c !== o.id),
                    })
                  }
                />
              ) : (
                <span className="w-6 text-right text-sm text-muted">{i + 1}.</span>
              )}
              <div className="min-w-48 flex-1">
                <label htmlFor={`${idPrefix}-o${i}`} className="sr-only">
                  {t("optionN", { n: i + 1 })}
                </label>
                <Input
                  id={`${idPrefix}-o${i}`}
                  value={o.text}
                  aria-invalid={!!e(listKey, i, "text")}
                  aria-describedby={e(listKey, i, "text") ? `${idPrefix}-o${i}-error` : undefined}
                  onChange={(ev) =>
                    setOptions(options.map((x, j) => (j === i ? { ...x, text: ev.target.value } : x)))
                  }
                />
                {e(listKey, i, "text") ? (
                  <p id={`${idPrefix}-o${i}-error`} className="text-sm text-danger">
                    {e(listKey, i, "text")}
                  </p>
                ) : null}
              </div>
              {value.kind === "ordering" ? (
                <>
                  <Button
                    type="button"
                    size="sm"
                    variant="secondary"
                    disabled={i === 0}
                    aria-label={t("moveOptionUp", { n: i + 1 })}
                    onClick={() => setOptions(move(options, i, i - 1))}
                  >
                    <ArrowUp aria-hidden="true" className="size-4" />
                  </Button>
                  <Button
                    type="button"
                    size="sm"
                    variant="secondary"
                    disabled={i === options.length - 1}
                    aria-label={t("moveOptionDown", { n: i + 1 })}
                    onClick={() => setOptions(move(options, i, i + 1))}
                  >
                    <ArrowDown aria-hidden="true" className="size-4" />
                  </Button>
                </>
              ) : null}
              <Button
                type="button"
                size="sm"
                variant="secondary"
                disabled={options.length <= 2}
                aria-label={t("removeOption", { n: i + 1 })}
                onClick={() => setOptions(options.filter((_, j) => j !== i))}
              >
                <X aria-hidden="true" className="size-4" />
              </Button>
            </div>
          ))}
          <Button
            type="button"
            size="sm"
            variant="secondary"
            disabled={options.length >= 8}
            onClick={() => setOptions([...options, { id: freshKey("o", options), text: "" }])}
          >
            {t("addOption")}
          </Button>
        </fieldset>
      )}
      <FormField
        id={`${idPrefix}-explanation`}
        label={t("explanation")}
        hint={t("explanationHint")}
        required
        error={e("explanation")}
      >
        {(aria) => (
          <Textarea
            {...aria}
            rows={2}
            value={value.explanation}
            onChange={(ev) => onChange({ ...value, explanation: ev.target.value })}
          />
        )}
      </FormField>
    </div>
  );
}
