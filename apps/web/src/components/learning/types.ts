import type { RouterOutputs } from "@portal/api";

export type Plan = RouterOutputs["learning"]["plan"];
export type PlanCourse = Plan["courses"][number];
export type LearnerCourse = RouterOutputs["learning"]["course"];
export type LearnerItem = LearnerCourse["modules"][number]["items"][number];
export type StartedAttempt = RouterOutputs["learning"]["startAttempt"];
export type GradedAttempt = RouterOutputs["learning"]["submitAttempt"];
// The API spreads the stored kind (the whole enum) into each shape, so narrow by the payload field.
export type LessonItem = Extract<LearnerItem, { body: string }>;
export type ScenarioItem = Extract<LearnerItem, { scenario: unknown }>;
export type QuizItem = Extract<LearnerItem, { quiz: unknown }>;
