import type { RouterOutputs } from "@portal/api";
import type { CourseContentInput, CourseItemInput, QuizQuestionInput } from "@portal/validators";

export type CourseData = RouterOutputs["courses"]["byId"];
export type RuleRow = RouterOutputs["enrolments"]["rules"][number];
export type QuestionStats = RouterOutputs["courses"]["questionStats"];

/** The editor works on the input shape of the shared schema, so the same object validates on both sides. */
export type Content = {
  outcome: { segmentId: string; level: number } | null;
  modules: { title: string; items: CourseItemInput[] }[];
};
export type Item = CourseItemInput;
export type Question = QuizQuestionInput;
export type { CourseContentInput };

/** Field errors keyed by the issue path joined with dots, e.g. `modules.0.items.2.content.questions.1.correctOptionId`. */
export type FieldErrors = ReadonlyMap<string, string>;
export const at = (errors: FieldErrors, ...path: (string | number)[]) => errors.get(path.join("."));
