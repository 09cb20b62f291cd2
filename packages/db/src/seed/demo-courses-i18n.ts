/**
 * Translations of the demo courses (demo-courses-content.ts), one file per language, in the same order as the
 * English: each module, then each item, with responses, questions and choices named by the English ids (which
 * every language shares, so grading is the same). `demo-courses.test.ts` checks every item is fully translated.
 */
import type { DemoCourse } from "./demo-courses-content";
import { sv } from "./demo-courses-sv";
import { tl } from "./demo-courses-tl";

type LessonTranslation = { title: string; body: string };
type ScenarioTranslation = {
  title: string;
  context: string;
  customerSays: string;
  responses: Record<string, { text: string; feedback: string }>;
};
type QuizTranslation = {
  title: string;
  questions: Record<string, { prompt: string; explanation: string; choices?: Record<string, string> }>;
};
export type DemoItemTranslation = LessonTranslation | ScenarioTranslation | QuizTranslation;

export type DemoCourseTranslation = {
  title: string;
  summary: string;
  modules: { title: string; items: DemoItemTranslation[] }[];
};
export type DemoTranslations = Record<DemoCourse["key"], DemoCourseTranslation>;

/** The languages the demo courses are offered in besides English. */
export const demoCourseTranslations = { sv, tl } as const;

type Locale = keyof typeof demoCourseTranslations;
const demoLocales = Object.keys(demoCourseTranslations) as Locale[];
const byLocale = <T>(pick: (t: DemoTranslations) => T) =>
  Object.fromEntries(demoLocales.map((l) => [l, pick(demoCourseTranslations[l])])) as Record<Locale, T>;

/**
 * A demo course with its translations attached where the course editor keeps them: the version's languages and
 * course titles, each module's title and each item's texts per locale.
 */
export function withTranslations(c: DemoCourse) {
  return {
    mainLocale: "en" as const,
    locales: demoLocales,
    titles: byLocale((t) => ({ title: t[c.key].title, summary: t[c.key].summary })),
    modules: c.modules.map((m, mi) => ({
      ...m,
      translations: byLocale((t) => ({ title: t[c.key].modules[mi]!.title })),
      items: m.items.map((item, ii) => ({
        ...item,
        translations: byLocale((t) => t[c.key].modules[mi]!.items[ii]!),
      })),
    })),
  };
}
