"use client";
import { useLocale, useTranslations } from "next-intl";
import { missingTranslations, type MissingTranslation } from "@portal/domain";
import { Alert, Card, Select } from "@portal/ui";
import { locales, type Locale } from "@portal/validators/locales";
import { languageName } from "@/i18n/language-name";
import type { Content } from "./types";

/** "main" edits the structure and the main-language text; a locale edits that translation. */
export type EditLanguage = "main" | Locale;

/**
 * The version's languages: the one it is written in, those it is also offered in, and which one the author is
 * editing now.
 */
export function CourseLanguages({
  content,
  onChange,
  editing,
  onEditing,
  readOnly,
}: {
  content: Content;
  onChange: (c: Content) => void;
  editing: EditLanguage;
  onEditing: (l: EditLanguage) => void;
  readOnly: boolean;
}) {
  const t = useTranslations("courses");
  const uiLocale = useLocale();
  const name = (l: string) => languageName(uiLocale, l);
  const setMain = (mainLocale: Locale) => {
    onChange({ ...content, mainLocale, locales: content.locales.filter((l) => l !== mainLocale) });
    if (editing === mainLocale) onEditing("main");
  };
  const toggle = (l: Locale, on: boolean) => {
    onChange({
      ...content,
      locales: on
        ? locales.filter((x) => x === l || content.locales.includes(x))
        : content.locales.filter((x) => x !== l),
    });
    if (!on && editing === l) onEditing("main");
  };
  return (
    <Card className="space-y-3">
      <h3 className="font-semibold">{t("languages.title")}</h3>
      <p className="text-sm text-muted">{t("languages.hint")}</p>
      <div className="flex flex-wrap items-start gap-6">
        <div>
          <label htmlFor="main-locale" className="mb-1 block text-sm font-medium">
            {t("languages.main")}
          </label>
          <Select
            id="main-locale"
            disabled={readOnly}
            value={content.mainLocale}
            onChange={(e) => setMain(e.target.value as Locale)}
          >
            {locales.map((l) => (
              <option key={l} value={l}>
                {name(l)}
              </option>
            ))}
          </Select>
        </div>
        <fieldset disabled={readOnly}>
          <legend className="mb-1 text-sm font-medium">{t("languages.offered")}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {locales
              .filter((l) => l !== content.mainLocale)
              .map((l) => (
                <label key={l} className="flex items-center gap-1.5 text-sm">
                  <input
                    type="checkbox"
                    checked={content.locales.includes(l)}
                    onChange={(e) => toggle(l, e.target.checked)}
                  />
                  {name(l)}
                </label>
              ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="edit-language" className="mb-1 block text-sm font-medium">
            {t("languages.editing")}
          </label>
          <Select
            id="edit-language"
            value={editing}
            onChange={(e) => onEditing(e.target.value as EditLanguage)}
          >
            <option value="main">{t("languages.editMain", { language: name(content.mainLocale) })}</option>
            {content.locales.map((l) => (
              <option key={l} value={l}>
                {t("languages.editTranslation", { language: name(l) })}
              </option>
            ))}
          </Select>
        </div>
      </div>
    </Card>
  );
}

/**
 * What lacks a translation, per language, shown before publishing: a warning, not a block (learners get those
 * parts in the main language with a note).
 */
export function MissingTranslations({ content }: { content: Content }) {
  const t = useTranslations("courses");
  const uiLocale = useLocale();
  const missing = missingTranslations(content);
  const describe = (m: MissingTranslation) => {
    switch (m.kind) {
      case "course":
        return t("languages.missingCourse");
      case "module":
        return t("languages.missingModule", { n: m.module + 1, title: m.title });
      case "item":
        return t("languages.missingItem", { n: m.module + 1, title: m.title });
    }
  };
  if (content.locales.length === 0) return null;
  if (missing.length === 0)
    return (
      <Alert tone="success" role="status">
        {t("languages.allTranslated")}
      </Alert>
    );
  return (
    <Alert tone="warning" role="status" aria-labelledby="missing-translations-title">
      <p id="missing-translations-title" className="font-medium">
        {t("languages.missingTitle", { count: missing.length })}
      </p>
      <ul className="mt-2 space-y-2">
        {content.locales.map((l) => {
          const own = missing.filter((m) => m.locale === l);
          if (own.length === 0) return null;
          return (
            <li key={l}>
              <span className="font-medium">{languageName(uiLocale, l)}</span>
              <ul className="ml-4 list-disc">
                {own.map((m, i) => (
                  <li key={i}>{describe(m)}</li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
