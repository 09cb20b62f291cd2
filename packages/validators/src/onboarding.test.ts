import { describe, expect, it } from "vitest";
import {
  courseContentInput,
  courseItemInput,
  courseRuleInput,
  quizContent,
  scenarioContent,
} from "./onboarding";
import { V } from "./messages";

const single = {
  kind: "single",
  id: "q1",
  prompt: "First step?",
  explanation: "Own it.",
  options: [
    { id: "a", text: "Apologise" },
    { id: "b", text: "Transfer" },
  ],
  correctOptionId: "a",
};

const issues = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  (r.error?.issues ?? []).map((i) => ({ message: i.message, path: i.path.join(".") }));

describe("onboarding validators", () => {
  it("accepts a quiz and fills its defaults", () => {
    const parsed = quizContent.parse({ passMark: 70, maxAttempts: 3, questions: [single] });
    expect(parsed).toMatchObject({ timeLimitSeconds: null, drawCount: null });
  });

  it("says which answer is wrong: a correct option that is not among the options, too many draws", () => {
    expect(
      issues(
        quizContent.safeParse({
          passMark: 70,
          maxAttempts: 3,
          questions: [{ ...single, correctOptionId: "z" }],
        }),
      ),
    ).toContainEqual({ message: V.correctOption, path: "questions.0.correctOptionId" });
    expect(
      issues(quizContent.safeParse({ passMark: 70, maxAttempts: 3, drawCount: 2, questions: [single] })),
    ).toContainEqual({ message: V.drawCountRange, path: "drawCount" });
    expect(
      issues(quizContent.safeParse({ passMark: 0, maxAttempts: 3, questions: [single] })),
    ).toContainEqual({ message: V.passMarkRange, path: "passMark" });
  });

  it("a scenario needs 2-5 responses, one of them best, with distinct keys", () => {
    const r = (id: string, best = false) => ({ id, text: `Response ${id}`, feedback: "Because…", best });
    const base = {
      context: "A call unanswered for half an hour",
      customerSays: "I have been waiting for thirty minutes!",
    };
    expect(scenarioContent.safeParse({ ...base, responses: [r("a", true), r("b")] }).success).toBe(true);
    expect(issues(scenarioContent.safeParse({ ...base, responses: [r("a"), r("b")] }))).toContainEqual({
      message: V.scenarioBest,
      path: "responses",
    });
    expect(issues(scenarioContent.safeParse({ ...base, responses: [r("a", true)] }))).toContainEqual({
      message: V.scenarioResponses,
      path: "responses",
    });
    expect(issues(scenarioContent.safeParse({ ...base, responses: [r("a", true), r("a")] }))).toContainEqual({
      message: V.duplicateKeys,
      path: "responses",
    });
  });

  it("a lesson needs a body; a rule targets exactly one kind of thing", () => {
    expect(courseItemInput.safeParse({ kind: "LESSON", title: "Values", body: "" }).success).toBe(false);
    expect(
      courseRuleInput.parse({ courseId: "c", target: { kind: "segment", segmentId: "s" }, dueDays: "14" }),
    ).toMatchObject({ dueDays: 14, recertifyMonths: null });
  });

  it("content languages: the main one is left out of the offered ones, duplicates dropped, unknown locales refused", () => {
    const base = { modules: [] };
    expect(courseContentInput.parse(base)).toMatchObject({ mainLocale: "en", locales: [], titles: {} });
    expect(
      courseContentInput.parse({ ...base, mainLocale: "sv", locales: ["tl", "sv", "tl", "en"] }),
    ).toMatchObject({ mainLocale: "sv", locales: ["tl", "en"] });
    expect(courseContentInput.safeParse({ ...base, locales: ["xx"] }).success).toBe(false);
    expect(courseContentInput.safeParse({ ...base, titles: { xx: { title: "?" } } }).success).toBe(false);
  });

  it("a translation may be partial while the author works (completeness is the domain's question)", () => {
    const lesson = courseItemInput.parse({
      kind: "LESSON",
      title: "Values",
      body: "Text",
      translations: { sv: { title: "Värderingar" } },
    });
    expect(lesson.translations).toEqual({ sv: { title: "Värderingar", body: "" } });
    const quiz = courseItemInput.parse({
      kind: "QUIZ",
      title: "Quiz",
      content: { passMark: 50, maxAttempts: 1, questions: [single] },
      translations: {
        tl: { questions: { q1: { prompt: "Unang hakbang?", choices: { a: "Humingi ng paumanhin" } } } },
      },
    });
    expect(quiz.translations.tl).toEqual({
      title: "",
      questions: {
        q1: { prompt: "Unang hakbang?", explanation: "", choices: { a: "Humingi ng paumanhin" } },
      },
    });
    // Texts are bounded like the main content's.
    expect(
      courseItemInput.safeParse({
        kind: "LESSON",
        title: "Values",
        body: "Text",
        translations: { sv: { title: "x".repeat(201) } },
      }).success,
    ).toBe(false);
  });
});
