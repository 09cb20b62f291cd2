"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert, cn } from "@portal/ui";
import { chooseResponseAction } from "@/actions/learning";
import { useLearningAction } from "./use-learning-action";
import type { ScenarioItem } from "./types";

/** A customer situation: pick a response (radio cards) and see its feedback and the best response; may choose again. */
export function ScenarioView({ enrolmentId, item }: { enrolmentId: string; item: ScenarioItem }) {
  const t = useTranslations("learning");
  const choose = useLearningAction(chooseResponseAction);
  const s = item.scenario;
  // The choice shows at once; the feedback follows from the server.
  const [picked, setPicked] = useState<string | null>(null);
  const chosen = s.chosen;
  return (
    <div className="space-y-4">
      <section aria-labelledby="scenario-context">
        <h3 id="scenario-context" className="font-semibold">
          {t("scenarioContext")}
        </h3>
        <p className="mt-1 text-gray-900">{s.context}</p>
      </section>
      <section aria-labelledby="scenario-says">
        <h3 id="scenario-says" className="font-semibold">
          {t("customerSays")}
        </h3>
        <blockquote className="mt-1 border-l-4 border-brand-600 bg-brand-50 px-3 py-2 italic text-gray-900">
          “{s.customerSays}”
        </blockquote>
      </section>
      <fieldset className="space-y-2" disabled={choose.isPending}>
        <legend className="mb-2 font-semibold">{t("chooseResponse")}</legend>
        {s.responses.map((r) => (
          <label
            key={r.id}
            className={cn(
              "flex cursor-pointer items-start gap-3 rounded-lg border p-3 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600",
              (picked ?? chosen?.id) === r.id
                ? "border-brand-600 bg-brand-50"
                : "border-gray-200 bg-white hover:bg-gray-50",
            )}
          >
            <input
              type="radio"
              name={`scenario-${item.id}`}
              value={r.id}
              checked={(picked ?? chosen?.id) === r.id}
              onChange={() => {
                setPicked(r.id);
                choose.mutate({ enrolmentId, itemId: item.id, responseId: r.id });
              }}
              className="mt-1"
            />
            <span>{r.text}</span>
          </label>
        ))}
      </fieldset>
      {choose.error ? (
        <Alert tone="danger" role="alert">
          {choose.error}
        </Alert>
      ) : null}
      {chosen ? (
        <div className="space-y-2">
          <Alert tone={chosen.best ? "success" : "warning"}>
            <p className="font-medium">{chosen.best ? t("bestResponse") : t("poorChoice")}</p>
            <p className="mt-1">{chosen.feedback}</p>
          </Alert>
          {chosen.better.map((b) => (
            <section
              key={b.id}
              aria-label={t("betterResponse")}
              className="rounded-lg border border-green-300 bg-white p-3"
            >
              <p className="font-medium text-gray-900">{t("betterResponseWas", { text: b.text })}</p>
              <p className="mt-1 text-sm text-gray-900">{t("whyBetter", { text: b.feedback })}</p>
            </section>
          ))}
          <p className="text-sm text-gray-700">{t("chooseAgain")}</p>
        </div>
      ) : null}
    </div>
  );
}
