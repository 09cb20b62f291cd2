import type { RouterOutputs } from "@portal/api";
import type { CourseContentInput, CourseItemInput, QuizQuestionInput } from "@portal/validators";
import type { Locale } from "@portal/validators/locales";

export type CourseData = RouterOutputs["courses"]["byId"];
export type RuleRow = RouterOutputs["enrolments"]["rules"][number];
export type QuestionStats = RouterOutputs["courses"]["questionStats"];

/** The editor works on the input shape of the shared schema, so the same object validates on both sides. */
export type Content = {
  outcome: { segmentId: string; level: number } | null;
  /** The language the content is written in, and those it is offered in besides (with translations). */
  mainLocale: Locale;
  locales: Locale[];
  titles: Partial<Record<Locale, { title?: string; summary?: string }>>;
  modules: {
    title: string;
    translations?: Partial<Record<Locale, { title?: string }>>;
    items: CourseItemInput[];
  }[];
};
export type Item = CourseItemInput;
export type Question = QuizQuestionInput;
export type { CourseContentInput };

/** Field errors keyed by the issue path joined with dots, e.g. `modules.0.items.2.content.questions.1.correctOptionId`. */
export type FieldErrors = ReadonlyMap<string, string>;
export const at = (errors: FieldErrors, ...path: (string | number)[]) => errors.get(path.join("."));
