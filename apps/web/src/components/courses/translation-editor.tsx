"use client";
import { useLocale, useTranslations } from "next-intl";
import { createContext, useContext, type ReactNode } from "react";
import { Badge, Card, FormField, Input, Textarea } from "@portal/ui";
import type { Locale } from "@portal/validators/locales";
import type { QuizTranslationInput, ScenarioTranslationInput } from "@portal/validators";
import { isItemTranslated } from "@portal/domain";
import { useErrorText } from "@/components/forms/use-form-errors";
import { languageName } from "@/i18n/language-name";
import type { Content, FieldErrors, Item } from "./types";

/** A field's error by its path in the content (the shared schema's issue path), in the reader's language. */
const ErrorAt = createContext<(path: string) => string | undefined>(() => undefined);

type Course = { title: string; summary: string };

/** One translated text with the original above it (in the main language, marked so for screen readers). */
function TextField({
  id,
  path,
  label,
  original,
  mainLocale,
  locale,
  value,
  onChange,
  rows,
  mono,
}: {
  id: string;
  /** Where the text sits in the content, e.g. `modules.0.items.1.translations.sv.title`. */
  path: string;
  label: ReactNode;
  original: string;
  mainLocale: string;
  /** The language being written, so the browser spell-checks and screen readers pronounce it as such. */
  locale: string;
  value: string | undefined;
  onChange: (v: string) => void;
  rows?: number;
  mono?: boolean;
}) {
  const t = useTranslations("courses");
  const error = useContext(ErrorAt)(path);
  const long = original.length > 300;
  const source = (
    <span lang={mainLocale} className={mono ? "whitespace-pre-wrap font-mono" : "whitespace-pre-wrap"}>
      {original}
    </span>
  );
  return (
    <FormField
      id={id}
      label={label}
      error={error}
      hint={
        long ? (
          <details>
            <summary className="cursor-pointer">{t("translation.showOriginal")}</summary>
            {source}
          </details>
        ) : (
          <>
            {t("translation.original")} {source}
          </>
        )
      }
    >
      {(aria) =>
        rows ? (
          <Textarea
            {...aria}
            lang={locale}
            rows={rows}
            className={mono ? "font-mono" : undefined}
            value={value ?? ""}
            onChange={(ev) => onChange(ev.target.value)}
          />
        ) : (
          <Input {...aria} lang={locale} value={value ?? ""} onChange={(ev) => onChange(ev.target.value)} />
        )
      }
    </FormField>
  );
}

/**
 * The translation of one item into `locale`: the same fields as the main content, each with its original;
 * responses, questions and choices keep their ids, so only the words change.
 */
function ItemTranslation({
  item,
  locale,
  mainLocale,
  idPrefix,
  path,
  onChange,
}: {
  item: Item;
  locale: Locale;
  mainLocale: Locale;
  idPrefix: string;
  path: string;
  onChange: (item: Item) => void;
}) {
  const t = useTranslations("courses");
  const field = { mainLocale, locale };
  switch (item.kind) {
    case "LESSON": {
      const tr = item.translations?.[locale] ?? {};
      const set = (patch: Partial<typeof tr>) =>
        onChange({ ...item, translations: { ...item.translations, [locale]: { ...tr, ...patch } } });
      return (
        <>
          <TextField
            {...field}
            id={`${idPrefix}-title`}
            path={`${path}.title`}
            label={t("itemTitle")}
            original={item.title}
            value={tr.title}
            onChange={(title) => set({ title })}
          />
          <TextField
            {...field}
            id={`${idPrefix}-body`}
            path={`${path}.body`}
            label={t("lessonBody")}
            original={item.body}
            value={tr.body}
            onChange={(body) => set({ body })}
            rows={10}
            mono
          />
        </>
      );
    }
    case "SCENARIO": {
      const tr: ScenarioTranslationInput = item.translations?.[locale] ?? {};
      const set = (patch: Partial<ScenarioTranslationInput>) =>
        onChange({ ...item, translations: { ...item.translations, [locale]: { ...tr, ...patch } } });
      const responses = tr.responses ?? {};
      return (
        <>
          <TextField
            {...field}
            id={`${idPrefix}-title`}
            path={`${path}.title`}
            label={t("itemTitle")}
            original={item.title}
            value={tr.title}
            onChange={(title) => set({ title })}
          />
          <TextField
            {...field}
            id={`${idPrefix}-context`}
            path={`${path}.context`}
            label={t("scenarioContext")}
            original={item.content.context}
            value={tr.context}
            onChange={(context) => set({ context })}
            rows={3}
          />
          <TextField
            {...field}
            id={`${idPrefix}-says`}
            path={`${path}.customerSays`}
            label={t("customerSays")}
            original={item.content.customerSays}
            value={tr.customerSays}
            onChange={(customerSays) => set({ customerSays })}
            rows={2}
          />
          {item.content.responses.map((r, i) => {
            const rt = responses[r.id] ?? {};
            const setR = (patch: Partial<typeof rt>) =>
              set({ responses: { ...responses, [r.id]: { ...rt, ...patch } } });
            return (
              <div key={r.id} className="space-y-2 rounded-md border border-gray-200 p-3">
                <TextField
                  {...field}
                  id={`${idPrefix}-r${i}-text`}
                  path={`${path}.responses.${r.id}.text`}
                  label={t("translation.response", { n: i + 1 })}
                  original={r.text}
                  value={rt.text}
                  onChange={(text) => setR({ text })}
                  rows={2}
                />
                <TextField
                  {...field}
                  id={`${idPrefix}-r${i}-feedback`}
                  path={`${path}.responses.${r.id}.feedback`}
                  label={t("translation.responseFeedback", { n: i + 1 })}
                  original={r.feedback}
                  value={rt.feedback}
                  onChange={(feedback) => setR({ feedback })}
                  rows={2}
                />
              </div>
            );
          })}
        </>
      );
    }
    case "QUIZ": {
      const tr: QuizTranslationInput = item.translations?.[locale] ?? {};
      const set = (patch: Partial<QuizTranslationInput>) =>
        onChange({ ...item, translations: { ...item.translations, [locale]: { ...tr, ...patch } } });
      const questions = tr.questions ?? {};
      return (
        <>
          <TextField
            {...field}
            id={`${idPrefix}-title`}
            path={`${path}.title`}
            label={t("itemTitle")}
            original={item.title}
            value={tr.title}
            onChange={(title) => set({ title })}
          />
          {item.content.questions.map((q, i) => {
            const qt = questions[q.id] ?? {};
            const setQ = (patch: Partial<typeof qt>) =>
              set({ questions: { ...questions, [q.id]: { ...qt, ...patch } } });
            const choices = "options" in q ? q.options : "items" in q ? q.items : [];
            return (
              <div key={q.id} className="space-y-2 rounded-md border border-gray-200 p-3">
                <TextField
                  {...field}
                  id={`${idPrefix}-q${i}-prompt`}
                  path={`${path}.questions.${q.id}.prompt`}
                  label={t("translation.question", { n: i + 1 })}
                  original={q.prompt}
                  value={qt.prompt}
                  onChange={(prompt) => setQ({ prompt })}
                  rows={2}
                />
                {choices.map((c, j) => (
                  <TextField
                    key={c.id}
                    {...field}
                    id={`${idPrefix}-q${i}-c${j}`}
                    path={`${path}.questions.${q.id}.choices.${c.id}`}
                    label={t("translation.choice", { n: j + 1 })}
                    original={c.text}
                    value={qt.choices?.[c.id]}
                    onChange={(text) => setQ({ choices: { ...qt.choices, [c.id]: text } })}
                  />
                ))}
                <TextField
                  {...field}
                  id={`${idPrefix}-q${i}-explanation`}
                  path={`${path}.questions.${q.id}.explanation`}
                  label={t("translation.explanation")}
                  original={q.explanation}
                  value={qt.explanation}
                  onChange={(explanation) => setQ({ explanation })}
                  rows={2}
                />
              </div>
            );
          })}
        </>
      );
    }
  }
}

/**
 * The translation of the whole version into one language: course title and summary, module titles, then every
 * item. The structure (modules, items, responses, questions) is edited in the main language only.
 */
export function TranslationEditor({
  content,
  locale,
  course,
  readOnly,
  errors,
  onChange,
}: {
  content: Content;
  locale: Locale;
  errors: FieldErrors;
  course: Course;
  readOnly: boolean;
  onChange: (c: Content) => void;
}) {
  const t = useTranslations("courses");
  const uiLocale = useLocale();
  const errorText = useErrorText();
  const main = content.mainLocale;
  const titles = content.titles[locale] ?? {};
  const setTitles = (patch: Partial<typeof titles>) =>
    onChange({ ...content, titles: { ...content.titles, [locale]: { ...titles, ...patch } } });
  const setModule = (mi: number, m: Content["modules"][number]) =>
    onChange({ ...content, modules: content.modules.map((x, j) => (j === mi ? m : x)) });
  return (
    <ErrorAt.Provider value={(path) => errorText(errors.get(path))}>
      <fieldset disabled={readOnly} className="space-y-4">
        <legend className="text-lg font-semibold">
          {t("translation.heading", { language: languageName(uiLocale, locale) })}
        </legend>
        <Card className="space-y-3">
          <TextField
            mainLocale={main}
            locale={locale}
            id={`tr-${locale}-course-title`}
            path={`titles.${locale}.title`}
            label={t("translation.courseTitle")}
            original={course.title}
            value={titles.title}
            onChange={(title) => setTitles({ title })}
          />
          {course.summary ? (
            <TextField
              mainLocale={main}
              locale={locale}
              id={`tr-${locale}-course-summary`}
              path={`titles.${locale}.summary`}
              label={t("translation.courseSummary")}
              original={course.summary}
              value={titles.summary}
              onChange={(summary) => setTitles({ summary })}
              rows={3}
            />
          ) : null}
        </Card>
        {content.modules.map((m, mi) => (
          <Card key={mi} className="space-y-4">
            <TextField
              mainLocale={main}
              locale={locale}
              id={`tr-${locale}-m${mi}-title`}
              path={`modules.${mi}.translations.${locale}.title`}
              label={t("translation.moduleTitle", { n: mi + 1 })}
              original={m.title}
              value={m.translations?.[locale]?.title}
              onChange={(title) =>
                setModule(mi, { ...m, translations: { ...m.translations, [locale]: { title } } })
              }
            />
            {m.items.map((item, ii) => (
              <section
                key={ii}
                aria-labelledby={`tr-${locale}-m${mi}-i${ii}-h`}
                className="space-y-3 border-t border-gray-200 pt-3"
              >
                <h3
                  id={`tr-${locale}-m${mi}-i${ii}-h`}
                  className="flex flex-wrap items-center gap-2 font-medium"
                >
                  <span lang={main}>{item.title}</span>{" "}
                  <Badge tone="info">{t(`itemKind.${item.kind}`)}</Badge>
                  {isItemTranslated(item, locale) ? (
                    <Badge tone="success">{t("translation.complete")}</Badge>
                  ) : (
                    <Badge tone="warning">{t("translation.incomplete")}</Badge>
                  )}
                </h3>
                <ItemTranslation
                  item={item}
                  locale={locale}
                  mainLocale={main}
                  idPrefix={`tr-${locale}-m${mi}-i${ii}`}
                  path={`modules.${mi}.items.${ii}.translations.${locale}`}
                  onChange={(next) =>
                    setModule(mi, { ...m, items: m.items.map((x, j) => (j === ii ? next : x)) })
                  }
                />
              </section>
            ))}
          </Card>
        ))}
      </fieldset>
    </ErrorAt.Provider>
  );
}
