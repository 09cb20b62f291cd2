/**
 * Courses in several languages. A course version is written in its main language and may carry translations of
 * its titles, lessons, scenarios and quizzes, keyed by locale. A translation replaces text only: every response,
 * question and choice keeps its id (and the correct answers live only in the main content), so drawing a paper,
 * grading and certificates are the same in every language.
 */

/** A lesson's translation. */
export type LessonTranslation = { title?: string; body?: string };
/** A scenario's translation: the situation and each response (by id) with its feedback. */
export type ScenarioTranslation = {
  title?: string;
  context?: string;
  customerSays?: string;
  responses?: Partial<Record<string, { text?: string; feedback?: string }>>;
};
/** A quiz's translation: each question (by id) with its choices (options or ordering items, by id). */
export type QuizTranslation = {
  title?: string;
  questions?: Partial<
    Record<string, { prompt?: string; explanation?: string; choices?: Partial<Record<string, string>> }>
  >;
};

type Translations<T> = Partial<Record<string, T>> | undefined;
type Choice = { id: string; text: string };
type TranslatableQuestion = {
  id: string;
  prompt: string;
  explanation: string;
  options?: Choice[];
  items?: Choice[];
};

/** The structural shape this module needs of an item; anything else on it is kept as it is. */
export type TranslatableItem =
  | { kind: "LESSON"; title: string; body: string; translations?: Translations<LessonTranslation> }
  | {
      kind: "SCENARIO";
      title: string;
      content: {
        context: string;
        customerSays: string;
        responses: { id: string; text: string; feedback: string }[];
      };
      translations?: Translations<ScenarioTranslation>;
    }
  | {
      kind: "QUIZ";
      title: string;
      content: { questions: TranslatableQuestion[] };
      translations?: Translations<QuizTranslation>;
    };

export type TranslatableContent = {
  mainLocale: string;
  /** The languages the course is offered in besides its main one. */
  locales: readonly string[];
  titles?: Partial<Record<string, { title?: string; summary?: string }>>;
  modules: readonly {
    title: string;
    translations?: Partial<Record<string, { title?: string }>>;
    items: readonly TranslatableItem[];
  }[];
};

const filled = (s: string | undefined): s is string => s !== undefined && s.trim() !== "";
const own = <T>(record: Partial<Record<string, T>> | undefined, key: string): T | undefined =>
  record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

/**
 * Which language a learner gets a course in: their own when the course is offered in it (its main language or
 * one of its translations), otherwise the main language with `fallback` set, so the page can say so.
 */
export function chooseCourseLocale(
  userLocale: string,
  course: { mainLocale: string; locales: readonly string[] },
): { locale: string; fallback: boolean } {
  if (userLocale === course.mainLocale || course.locales.includes(userLocale))
    return { locale: userLocale, fallback: false };
  return { locale: course.mainLocale, fallback: true };
}

const choicesOf = (q: TranslatableQuestion) => [...(q.options ?? []), ...(q.items ?? [])];

/** Whether an item has a complete translation into `locale`: every text filled, every response and choice covered. */
export function isItemTranslated(item: TranslatableItem, locale: string): boolean {
  switch (item.kind) {
    case "LESSON": {
      const t = own(item.translations, locale);
      return t !== undefined && filled(t.title) && filled(t.body);
    }
    case "SCENARIO": {
      const t = own(item.translations, locale);
      return (
        t !== undefined &&
        filled(t.title) &&
        filled(t.context) &&
        filled(t.customerSays) &&
        item.content.responses.every((r) => {
          const tr = own(t.responses, r.id);
          return tr !== undefined && filled(tr.text) && filled(tr.feedback);
        })
      );
    }
    case "QUIZ": {
      const t = own(item.translations, locale);
      return (
        t !== undefined &&
        filled(t.title) &&
        item.content.questions.every((q) => {
          const tq = own(t.questions, q.id);
          return (
            tq !== undefined &&
            filled(tq.prompt) &&
            filled(tq.explanation) &&
            choicesOf(q).every((c) => filled(own(tq.choices, c.id)))
          );
        })
      );
    }
  }
}

/**
 * The item in `locale`: its texts replaced by the translation when that translation is complete, otherwise the
 * item as written in the main language with `fallback` set (an item is never shown half translated). Ids,
 * order, correct answers and every other field stay as they are.
 */
export function localizeItem<T extends TranslatableItem>(
  item: T,
  locale: string,
  mainLocale: string,
): { item: T; fallback: boolean } {
  if (locale === mainLocale) return { item, fallback: false };
  if (!isItemTranslated(item, locale)) return { item, fallback: true };
  switch (item.kind) {
    case "LESSON": {
      const t = own(item.translations, locale)!;
      return { item: { ...item, title: t.title!, body: t.body! }, fallback: false };
    }
    case "SCENARIO": {
      const t = own(item.translations, locale)!;
      const content = {
        ...item.content,
        context: t.context!,
        customerSays: t.customerSays!,
        responses: item.content.responses.map((r) => {
          const tr = own(t.responses, r.id)!;
          return { ...r, text: tr.text!, feedback: tr.feedback! };
        }),
      };
      return { item: { ...item, title: t.title!, content }, fallback: false };
    }
    case "QUIZ": {
      const t = own(item.translations, locale)!;
      const text = (choices: Partial<Record<string, string>> | undefined) => (c: Choice) => ({
        ...c,
        text: own(choices, c.id)!,
      });
      const content = {
        ...item.content,
        questions: item.content.questions.map((q) => {
          const tq = own(t.questions, q.id)!;
          return {
            ...q,
            prompt: tq.prompt!,
            explanation: tq.explanation!,
            ...(q.options ? { options: q.options.map(text(tq.choices)) } : {}),
            ...(q.items ? { items: q.items.map(text(tq.choices)) } : {}),
          };
        }),
      };
      return { item: { ...item, title: t.title!, content }, fallback: false };
    }
  }
}

/** A module's or the course's title in `locale`, or the main-language one when it has no translation. */
export function localizedText(main: string, translated: string | undefined): string {
  return filled(translated) ? translated : main;
}

export type MissingTranslation =
  | { locale: string; kind: "course" }
  | { locale: string; kind: "module"; module: number; title: string }
  | { locale: string; kind: "item"; module: number; item: number; title: string };

/**
 * What still lacks a translation, per language the course is offered in, in course order: the course's title, each module title, each item (an incomplete translation counts as missing). Authors see this before
 * publishing; learners get the main language for exactly these. (A summary without a translation falls back
 * on its own: an empty main summary needs none.)
 */
export function missingTranslations(content: TranslatableContent): MissingTranslation[] {
  const missing: MissingTranslation[] = [];
  for (const locale of content.locales) {
    if (locale === content.mainLocale) continue;
    const titles = own(content.titles, locale);
    if (!filled(titles?.title)) missing.push({ locale, kind: "course" });
    content.modules.forEach((m, mi) => {
      if (!filled(own(m.translations, locale)?.title))
        missing.push({ locale, kind: "module", module: mi, title: m.title });
      m.items.forEach((item, ii) => {
        if (!isItemTranslated(item, locale))
          missing.push({ locale, kind: "item", module: mi, item: ii, title: item.title });
      });
    });
  }
  return missing;
}
