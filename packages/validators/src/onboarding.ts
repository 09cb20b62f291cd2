import { z } from "zod";
import { V } from "./messages";
import { documentText, id, listQuery, optionalText, requiredText, text } from "./common";
import { locales } from "./locales";

const int = (min: number, max: number, message: string) =>
  z.coerce.number<number>().int(V.integer).min(min, message).max(max, message);
const itemKey = text().trim().min(1, V.required).max(40, V.tooLong);
const option = z.object({ id: itemKey, text: requiredText(500) });
const unique = <T extends { id: string }>(list: T[]) => new Set(list.map((o) => o.id)).size === list.length;

/**
 * Translations (courses in several languages), per locale. Every text may be left empty while the author works:
 * an item counts as translated only when all of its texts are filled (packages/domain `isItemTranslated`), and a
 * learner gets an incompletely translated item in the course's main language. Responses, questions and choices
 * are named by their ids, which every language shares, so grading never depends on the language.
 */
export const contentLocale = z.enum(locales);
const translationsOf = <T extends z.ZodType>(t: T) => z.partialRecord(contentLocale, t).default({});
const lessonTranslation = z.object({ title: optionalText(200), body: optionalText(100_000) });
const scenarioTranslation = z.object({
  title: optionalText(200),
  context: optionalText(4000),
  customerSays: optionalText(2000),
  responses: z
    .record(itemKey, z.object({ text: optionalText(1000), feedback: optionalText(2000) }))
    .default({}),
});
const quizTranslation = z.object({
  title: optionalText(200),
  questions: z
    .record(
      itemKey,
      z.object({
        prompt: optionalText(2000),
        explanation: optionalText(2000),
        /** Option (or ordering item) id -> its text. */
        choices: z.record(itemKey, optionalText(500)).default({}),
      }),
    )
    .default({}),
});
export type LessonTranslationInput = z.input<typeof lessonTranslation>;
export type ScenarioTranslationInput = z.input<typeof scenarioTranslation>;
export type QuizTranslationInput = z.input<typeof quizTranslation>;

/** The longest texts of a scenario (a story turned into one is shortened to fit). */
export const scenarioLimits = {
  title: 200,
  context: 4000,
  customerSays: 2000,
  text: 1000,
  feedback: 2000,
} as const;

/** A customer situation with 2-5 possible responses, each with feedback; at least one is marked best. */
export const scenarioContent = z.object({
  context: requiredText(scenarioLimits.context),
  customerSays: requiredText(scenarioLimits.customerSays),
  responses: z
    .array(
      z.object({
        id: itemKey,
        text: requiredText(scenarioLimits.text),
        feedback: requiredText(scenarioLimits.feedback),
        best: z.boolean().default(false),
      }),
    )
    .min(2, V.scenarioResponses)
    .max(5, V.scenarioResponses)
    .refine(unique, V.duplicateKeys)
    .refine((r) => r.some((x) => x.best), V.scenarioBest),
});
export type ScenarioContent = z.output<typeof scenarioContent>;

const questionBase = { id: itemKey, prompt: requiredText(2000), explanation: requiredText(2000) };
export const quizQuestion = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("single"),
      ...questionBase,
      options: z.array(option).min(2, V.questionOptions).max(8, V.questionOptions),
      correctOptionId: itemKey,
    })
    .refine((q) => unique(q.options), { message: V.duplicateKeys, path: ["options"] })
    .refine((q) => q.options.some((o) => o.id === q.correctOptionId), {
      message: V.correctOption,
      path: ["correctOptionId"],
    }),
  z
    .object({
      kind: z.literal("multiple"),
      ...questionBase,
      options: z.array(option).min(2, V.questionOptions).max(8, V.questionOptions),
      correctOptionIds: z.array(itemKey).min(1, V.correctOption),
    })
    .refine((q) => unique(q.options), { message: V.duplicateKeys, path: ["options"] })
    .refine((q) => q.correctOptionIds.every((c) => q.options.some((o) => o.id === c)), {
      message: V.correctOption,
      path: ["correctOptionIds"],
    }),
  z.object({ kind: z.literal("trueFalse"), ...questionBase, correct: z.boolean() }),
  z
    .object({
      kind: z.literal("ordering"),
      ...questionBase,
      items: z.array(option).min(2, V.questionOptions).max(8, V.questionOptions),
    })
    .refine((q) => unique(q.items), { message: V.duplicateKeys, path: ["items"] }),
]);
export type QuizQuestionInput = z.input<typeof quizQuestion>;

/** A quiz: its question bank and the rules of an attempt. */
export const quizContent = z
  .object({
    passMark: int(1, 100, V.passMarkRange),
    maxAttempts: int(1, 20, V.attemptsRange),
    /** Seconds; null = untimed. */
    timeLimitSeconds: z.union([z.null(), int(30, 4 * 3600, V.timeLimitRange)]).default(null),
    /** Questions drawn per attempt; null = all. */
    drawCount: z.union([z.null(), int(1, 200, V.drawCountRange)]).default(null),
    questions: z.array(quizQuestion).min(1, V.quizQuestions).max(200, V.tooMany),
  })
  .refine((q) => unique(q.questions), { message: V.duplicateKeys, path: ["questions"] })
  .refine((q) => q.drawCount === null || q.drawCount <= q.questions.length, {
    message: V.drawCountRange,
    path: ["drawCount"],
  });
export type QuizContent = z.output<typeof quizContent>;

const itemBase = { title: requiredText(200), durationMinutes: int(0, 600, V.durationRange).default(5) };
export const courseItemInput = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("LESSON"),
    ...itemBase,
    body: requiredText(100_000),
    translations: translationsOf(lessonTranslation),
  }),
  z.object({
    kind: z.literal("SCENARIO"),
    ...itemBase,
    content: scenarioContent,
    translations: translationsOf(scenarioTranslation),
    /** The published service story it was written from (issue 18); kept in every later version. */
    sourceStoryId: id.optional(),
  }),
  z.object({
    kind: z.literal("QUIZ"),
    ...itemBase,
    content: quizContent,
    translations: translationsOf(quizTranslation),
  }),
]);
export type CourseItemInput = z.input<typeof courseItemInput>;

export const courseModuleInput = z.object({
  title: requiredText(200),
  translations: translationsOf(z.object({ title: optionalText(200) })),
  items: z.array(courseItemInput).max(100, V.tooMany),
});

/**
 * The languages of a version: the one it is written in and those it is offered in besides (deduplicated, the
 * main one left out), with the course title and summary in each.
 */
const languageFields = {
  mainLocale: contentLocale.default("en"),
  locales: z.array(contentLocale).max(locales.length).default([]),
  titles: translationsOf(z.object({ title: optionalText(200), summary: optionalText(2000) })),
};
const normalizeLanguages = <T extends { mainLocale: string; locales: string[] }>(c: T): T => ({
  ...c,
  locales: [...new Set(c.locales)].filter((l) => l !== c.mainLocale),
});

/** The content of one course version, as the editor saves it and as the JSON export/import carries it. */
export const courseContentInput = z
  .object({
    outcome: z
      .union([z.null(), z.object({ segmentId: id, level: int(1, 4, V.requiredLevelRange) })])
      .default(null),
    ...languageFields,
    modules: z.array(courseModuleInput).max(50, V.tooMany),
  })
  .transform(normalizeLanguages);
export type CourseContentInput = z.input<typeof courseContentInput>;

/** What a learner sees of a graded quiz attempt (per course, one setting after a failure, one after passing). */
export const quizFeedbackLevels = ["SCORE", "WRONG_QUESTIONS", "CORRECT_ANSWERS"] as const;
export const quizFeedback = z.enum(quizFeedbackLevels);
export type QuizFeedback = z.output<typeof quizFeedback>;

export const courseDetailsInput = z.object({
  title: requiredText(200),
  summary: optionalText(2000),
  /** The default keeps the correct answers back while the learner may still try again. */
  feedbackAfterFail: quizFeedback.default("WRONG_QUESTIONS"),
  feedbackAfterPass: quizFeedback.default("CORRECT_ANSWERS"),
  segmentIds: z.array(id).max(100).default([]),
  departmentIds: z.array(id).max(500).default([]),
  positionIds: z.array(id).max(2000).default([]),
});

/** A rule: required for exactly one of a department, a position or a segment's departments. */
export const courseRuleInput = z.object({
  courseId: id,
  target: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("department"), departmentId: id }),
    z.object({ kind: z.literal("position"), positionId: id }),
    z.object({ kind: z.literal("segment"), segmentId: id }),
  ]),
  dueDays: int(0, 3650, V.dueDaysRange),
  recertifyMonths: z.union([z.null(), int(1, 120, V.recertifyRange)]).default(null),
});

export const courseList = listQuery(["title", "updatedAt", "createdAt"] as const).extend({
  status: z.enum(["all", "published", "draft"]).default("all"),
  segmentId: id.optional(),
});

export const courseContentSave = z.object({ courseId: id, content: courseContentInput });
/** Turn a published service story into a scenario for a course's draft (returned for the editor, not saved). */
export const scenarioFromStoryInput = z.object({ courseId: id, storyId: id });
export const courseDetailsUpdate = z.object({ id, data: courseDetailsInput });
export const courseExportInput = z.object({
  courseId: id,
  which: z.enum(["published", "draft"]).default("published"),
});
/** The file's text; parsed and validated on the server so a bad file gets a list of precise problems. */
export const courseImportInput = z.object({ json: documentText(5_000_000) });

export const courseFileFormat = "customer-portal.course";
/** The exchange file: names instead of ids, so a course moves between installations. */
export const courseFile = z.object({
  format: z.literal(courseFileFormat, { error: V.courseFileFormat }),
  formatVersion: z.literal(1, { error: V.courseFileFormat }),
  course: z.object({
    title: requiredText(200),
    summary: optionalText(2000),
    feedbackAfterFail: quizFeedback.default("WRONG_QUESTIONS"),
    feedbackAfterPass: quizFeedback.default("CORRECT_ANSWERS"),
    segments: z.array(requiredText(120)).max(100).default([]),
    departments: z.array(requiredText(120)).max(500).default([]),
    positions: z
      .array(z.object({ department: requiredText(120), title: requiredText(120) }))
      .max(2000)
      .default([]),
  }),
  content: z
    .object({
      outcome: z
        .union([z.null(), z.object({ segment: requiredText(120), level: int(1, 4, V.requiredLevelRange) })])
        .default(null),
      ...languageFields,
      modules: z.array(courseModuleInput).max(50, V.tooMany),
    })
    .transform(normalizeLanguages),
});
export type CourseFile = z.output<typeof courseFile>;

export const courseRuleCreate = courseRuleInput.extend({ enrolExisting: z.boolean().default(true) });
export const manualEnrolInput = z.object({
  courseId: id,
  staffMemberIds: z.array(id).min(1, V.choosePeople).max(500, V.tooMany),
  dueDays: int(0, 3650, V.dueDaysRange),
});
export const enrolmentProgressList = listQuery(["dueAt", "name", "course"] as const).extend({
  courseId: id.optional(),
  departmentId: id.optional(),
  status: z.enum(["all", "overdue", "open", "completed"]).default("all"),
});

const answerKey = text().min(1).max(40);
export const quizAnswer = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("single"), optionId: answerKey }),
  z.object({ kind: z.literal("multiple"), optionIds: z.array(answerKey).max(8) }),
  z.object({ kind: z.literal("trueFalse"), value: z.boolean() }),
  z.object({ kind: z.literal("ordering"), itemIds: z.array(answerKey).max(8) }),
]);
export const enrolmentItemInput = z.object({ enrolmentId: id, itemId: id });
export const scenarioChoiceInput = enrolmentItemInput.extend({ responseId: answerKey });
export const attemptSubmitInput = z.object({ attemptId: id, answers: z.record(answerKey, quizAnswer) });
export const certificateCodeInput = z.object({
  code: text()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{6,40}$/, V.certificateCode),
});
