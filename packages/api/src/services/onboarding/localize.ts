import type { Prisma } from "@portal/db";
import { chooseCourseLocale, localizedText, localizeItem } from "@portal/domain";
import { courseItemInput, courseModuleInput } from "@portal/validators";
import { readLanguages } from "./course-content";

/** What a learner-facing reader needs of a version to pick the language. */
export const versionLanguagesSelect = { mainLocale: true, locales: true, titles: true } as const;
type VersionLanguages = { mainLocale: string; locales: string[]; titles: Prisma.JsonValue };

/**
 * The language a learner gets this version in (theirs when offered, else the main one with `fallback`), and the
 * course title and summary in it.
 */
export function courseLanguage(
  userLocale: string,
  version: VersionLanguages,
  course: { title: string; summary: string },
) {
  const languages = readLanguages(version);
  const { locale, fallback } = chooseCourseLocale(userLocale, languages);
  const titles: Partial<Record<string, { title: string; summary: string }>> = languages.titles;
  const t = locale === languages.mainLocale ? undefined : titles[locale];
  return {
    locale,
    mainLocale: languages.mainLocale,
    fallback,
    title: localizedText(course.title, t?.title),
    summary: localizedText(course.summary, t?.summary),
  };
}

/** Only the language a learner reads this version in (theirs when offered, else the main one). */
export function learnerLocale(userLocale: string, version: { mainLocale: string; locales: string[] }) {
  return { ...chooseCourseLocale(userLocale, version), mainLocale: version.mainLocale };
}

type ItemRow = Pick<
  Prisma.CourseItemGetPayload<object>,
  "kind" | "title" | "body" | "durationMinutes" | "content" | "translations"
>;

/** A stored item with its translations parsed, shown in `locale` (the main language, flagged, when untranslated). */
export function localizedItem(row: ItemRow, locale: string, mainLocale: string) {
  const common = { title: row.title, durationMinutes: row.durationMinutes, translations: row.translations };
  const parsed = courseItemInput.parse(
    row.kind === "LESSON"
      ? { kind: row.kind, ...common, body: row.body }
      : { kind: row.kind, ...common, content: row.content },
  );
  const { item, fallback } = localizeItem(parsed, locale, mainLocale);
  return { item, untranslated: fallback };
}

const moduleTranslations = courseModuleInput.shape.translations;

export function localizedModuleTitle(
  m: { title: string; translations: Prisma.JsonValue },
  locale: string,
  mainLocale: string,
) {
  if (locale === mainLocale) return m.title;
  const translations: Partial<Record<string, { title: string }>> = moduleTranslations.parse(m.translations);
  return localizedText(m.title, translations[locale]?.title);
}
