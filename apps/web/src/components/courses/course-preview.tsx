"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { localizedText, localizeItem } from "@portal/domain";
import { Alert, Badge, Button, Card, Select } from "@portal/ui";
import type { Locale } from "@portal/validators/locales";
import { languageName } from "@/i18n/language-name";
import { Markdown } from "./markdown";
import type { Content, Item, Question } from "./types";

/**
 * The course as a learner meets it, read-only: nothing here is saved or graded. In any language the version is
 * offered in, with the same fallback a learner gets for an item without a complete translation.
 */
export function CoursePreview({ content }: { content: Content }) {
  const t = useTranslations("courses");
  const learningT = useTranslations("learning");
  const uiLocale = useLocale();
  const [locale, setLocale] = useState<Locale>(content.mainLocale);
  if (content.modules.length === 0) return <p className="text-sm text-muted">{t("noModules")}</p>;
  const languages = [content.mainLocale, ...content.locales];
  const mainLanguage = languageName(uiLocale, content.mainLocale);
  return (
    <div className="space-y-6">
      {content.locales.length > 0 ? (
        <div>
          <label htmlFor="preview-language" className="mb-1 block text-sm font-medium">
            {t("languages.previewIn")}
          </label>
          <Select id="preview-language" value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {languageName(uiLocale, l)}
              </option>
            ))}
          </Select>
        </div>
      ) : null}
      {content.modules.map((m, i) => (
        <section key={i} aria-labelledby={`preview-m${i}`} className="space-y-3" lang={locale}>
          <h3 id={`preview-m${i}`} className="text-lg font-semibold">
            {t("moduleN", {
              n: i + 1,
              title:
                (locale === content.mainLocale
                  ? m.title
                  : localizedText(m.title, m.translations?.[locale]?.title)) || t("untitled"),
            })}
          </h3>
          {m.items.map((original, j) => {
            const { item, fallback } = localizeItem(original, locale, content.mainLocale);
            return (
              <Card
                key={j}
                aria-labelledby={`preview-m${i}-i${j}`}
                lang={fallback ? content.mainLocale : undefined}
              >
                {fallback ? (
                  <Alert tone="info" className="mb-3">
                    {learningT("itemFallback", { language: mainLanguage })}
                  </Alert>
                ) : null}
                <div className="mb-3 flex flex-wrap items-center gap-2">
                  <h4 id={`preview-m${i}-i${j}`} className="font-semibold">
                    {item.title || t("untitled")}
                  </h4>
                  <Badge tone="info">{t(`itemKind.${item.kind}`)}</Badge>
                  <span className="text-xs text-muted">
                    {t("minutes", { count: item.durationMinutes ?? 5 })}
                  </span>
                </div>
                <PreviewItem item={item} idPrefix={`pv-${i}-${j}`} />
              </Card>
            );
          })}
        </section>
      ))}
    </div>
  );
}

function PreviewItem({ item, idPrefix }: { item: Item; idPrefix: string }) {
  if (item.kind === "LESSON") return <Markdown source={item.body} />;
  if (item.kind === "SCENARIO") return <ScenarioPreview scenario={item.content} />;
  return <QuizPreview quiz={item.content} idPrefix={idPrefix} />;
}

function ScenarioPreview({ scenario }: { scenario: Extract<Item, { kind: "SCENARIO" }>["content"] }) {
  const t = useTranslations("courses");
  const [chosen, setChosen] = useState<string>();
  const response = scenario.responses.find((r) => r.id === chosen);
  return (
    <div className="space-y-3 text-sm">
      <p>{scenario.context}</p>
      <blockquote className="border-l-4 border-brand-200 pl-3 italic">“{scenario.customerSays}”</blockquote>
      <p className="font-medium">{t("whatDoYouSay")}</p>
      <div className="flex flex-col items-start gap-2">
        {scenario.responses.map((r) => (
          <Button
            key={r.id}
            variant={chosen === r.id ? "primary" : "secondary"}
            aria-pressed={chosen === r.id}
            onClick={() => setChosen(r.id)}
            className="h-auto py-2 text-left"
          >
            {r.text}
          </Button>
        ))}
      </div>
      {response ? (
        <Alert tone={response.best ? "success" : "warning"} role="status">
          <strong>{response.best ? t("bestChoice") : t("notBest")}</strong> {response.feedback}
        </Alert>
      ) : null}
    </div>
  );
}

function QuizPreview({
  quiz,
  idPrefix,
}: {
  quiz: Extract<Item, { kind: "QUIZ" }>["content"];
  idPrefix: string;
}) {
  const t = useTranslations("courses");
  const format = useFormatter();
  const drawn = quiz.drawCount ?? quiz.questions.length;
  return (
    <div className="space-y-3 text-sm">
      <p className="text-muted">
        {t("quizRules", {
          passMark: format.number(quiz.passMark / 100, { style: "percent" }),
          attempts: quiz.maxAttempts,
          count: drawn,
          bank: quiz.questions.length,
        })}
        {quiz.timeLimitSeconds
          ? ` ${t("quizTimeLimit", { minutes: Math.ceil(quiz.timeLimitSeconds / 60) })}`
          : ""}
      </p>
      <ol className="list-decimal space-y-4 pl-5">
        {quiz.questions.map((q, i) => (
          <li key={i}>
            <QuestionPreview question={q} name={`${idPrefix}-q${i}`} />
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Questions without their answers, as a learner sees them before submitting (controls inert in the preview). */
function QuestionPreview({ question: q, name }: { question: Question; name: string }) {
  const t = useTranslations("courses");
  return (
    <fieldset disabled>
      <legend className="font-medium">{q.prompt}</legend>
      <div className="mt-1 space-y-1">
        {q.kind === "single" || q.kind === "multiple"
          ? q.options.map((o) => (
              <label key={o.id} className="flex items-center gap-2">
                <input type={q.kind === "single" ? "radio" : "checkbox"} name={name} /> {o.text}
              </label>
            ))
          : null}
        {q.kind === "trueFalse"
          ? [t("true"), t("false")].map((label) => (
              <label key={label} className="flex items-center gap-2">
                <input type="radio" name={name} /> {label}
              </label>
            ))
          : null}
        {q.kind === "ordering" ? (
          <>
            <p className="text-xs text-muted">{t("orderingPreviewHint")}</p>
            <ul className="list-disc pl-5">
              {q.items.map((o) => (
                <li key={o.id}>{o.text}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </fieldset>
  );
}
