"use client";
import { useTranslations } from "next-intl";
import { Button, FormField, Textarea } from "@portal/ui";
import { useErrorText } from "@/components/forms/use-form-errors";
import { FieldError } from "./field-error";
import { freshKey } from "./new-items";
import type { FieldErrors, Item } from "./types";

type Scenario = Extract<Item, { kind: "SCENARIO" }>["content"];

/** Context, what the customer says, and 2-5 responses each with feedback; one or more marked best. */
export function ScenarioEditor({
  value,
  onChange,
  errors,
  path,
  idPrefix,
}: {
  value: Scenario;
  onChange: (v: Scenario) => void;
  errors: FieldErrors;
  path: string;
  idPrefix: string;
}) {
  const t = useTranslations("courses");
  const errorText = useErrorText();
  const e = (...p: (string | number)[]) => errorText(errors.get([path, ...p].join(".")));
  const responses = value.responses;
  const setResponse = (i: number, patch: Partial<Scenario["responses"][number]>) =>
    onChange({ ...value, responses: responses.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <div className="space-y-3">
      <FormField id={`${idPrefix}-context`} label={t("scenarioContext")} required error={e("context")}>
        {(aria) => (
          <Textarea
            {...aria}
            rows={3}
            value={value.context}
            onChange={(ev) => onChange({ ...value, context: ev.target.value })}
          />
        )}
      </FormField>
      <FormField id={`${idPrefix}-says`} label={t("customerSays")} required error={e("customerSays")}>
        {(aria) => (
          <Textarea
            {...aria}
            rows={2}
            value={value.customerSays}
            onChange={(ev) => onChange({ ...value, customerSays: ev.target.value })}
          />
        )}
      </FormField>
      <fieldset
        className="space-y-3"
        aria-describedby={e("responses") ? `${idPrefix}-responses-error` : undefined}
      >
        <legend className="text-sm font-medium">{t("responses")}</legend>
        <FieldError id={`${idPrefix}-responses-error`} message={errors.get(`${path}.responses`)} />
        {responses.map((r, i) => (
          <div key={i} className="space-y-2 rounded-md border border-gray-200 p-3">
            <FormField
              id={`${idPrefix}-r${i}-text`}
              label={t("responseN", { n: i + 1 })}
              required
              error={e("responses", i, "text")}
            >
              {(aria) => (
                <Textarea
                  {...aria}
                  rows={2}
                  value={r.text}
                  onChange={(ev) => setResponse(i, { text: ev.target.value })}
                />
              )}
            </FormField>
            <FormField
              id={`${idPrefix}-r${i}-feedback`}
              label={t("feedback")}
              required
              error={e("responses", i, "feedback")}
            >
              {(aria) => (
                <Textarea
                  {...aria}
                  rows={2}
                  value={r.feedback}
                  onChange={(ev) => setResponse(i, { feedback: ev.target.value })}
                />
              )}
            </FormField>
            <div className="flex items-center justify-between">
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={r.best ?? false}
                  onChange={(ev) => setResponse(i, { best: ev.target.checked })}
                />
                {t("bestResponse")}
              </label>
              <Button
                type="button"
                size="sm"
                variant="secondary"
                disabled={responses.length <= 2}
                onClick={() => onChange({ ...value, responses: responses.filter((_, j) => j !== i) })}
              >
                {t("removeResponse", { n: i + 1 })}
              </Button>
            </div>
          </div>
        ))}
        <Button
          type="button"
          size="sm"
          variant="secondary"
          disabled={responses.length >= 5}
          onClick={() =>
            onChange({
              ...value,
              responses: [
                ...responses,
                { id: freshKey("r", responses), text: "", feedback: "", best: false },
              ],
            })
          }
        >
          {t("addResponse")}
        </Button>
      </fieldset>
    </div>
  );
}
