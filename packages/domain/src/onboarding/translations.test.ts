import { describe, expect, it } from "vitest";
import { drawPaper } from "./draw";
import { gradeAttempt } from "./grading";
import type { Question } from "./questions";
import {
  chooseCourseLocale,
  isItemTranslated,
  localizeItem,
  missingTranslations,
  type TranslatableItem,
} from "./translations";

const lesson = {
  kind: "LESSON" as const,
  title: "Welcome",
  body: "# Hello",
  translations: {
    sv: { title: "Välkommen", body: "# Hej" },
    tl: { title: "Maligayang pagdating", body: "" },
  },
};
const scenario = {
  kind: "SCENARIO" as const,
  title: "Late call",
  content: {
    context: "A call waited.",
    customerSays: "Nobody answered!",
    responses: [
      { id: "a", text: "Sorry", feedback: "Good", best: true },
      { id: "b", text: "Not my job", feedback: "Poor", best: false },
    ],
  },
  translations: {
    sv: {
      title: "Sent samtal",
      context: "Ett samtal väntade.",
      customerSays: "Ingen svarade!",
      responses: {
        a: { text: "Förlåt", feedback: "Bra" },
        b: { text: "Inte mitt jobb", feedback: "Dåligt" },
      },
    },
    // Response b is missing: incomplete.
    tl: {
      title: "Huling tawag",
      context: "May naghintay.",
      customerSays: "Walang sumagot!",
      responses: { a: { text: "Pasensya", feedback: "Mabuti" } },
    },
  },
};
const questions: Question[] = [
  {
    kind: "single",
    id: "q1",
    prompt: "Who decides?",
    explanation: "You do.",
    options: [
      { id: "o1", text: "You" },
      { id: "o2", text: "Nobody" },
      { id: "o3", text: "The head" },
    ],
    correctOptionId: "o1",
  },
  { kind: "trueFalse", id: "q2", prompt: "Feedback is softened.", explanation: "Never.", correct: false },
  {
    kind: "ordering",
    id: "q3",
    prompt: "Order the steps.",
    explanation: "Listen first.",
    items: [
      { id: "i1", text: "Listen" },
      { id: "i2", text: "Solve" },
    ],
  },
];
const quiz = {
  kind: "QUIZ" as const,
  title: "Quiz",
  content: { passMark: 60, questions },
  translations: {
    sv: {
      title: "Test",
      questions: {
        q1: {
          prompt: "Vem bestämmer?",
          explanation: "Du.",
          choices: { o1: "Du", o2: "Ingen", o3: "Chefen" },
        },
        q2: { prompt: "Återkoppling mildras.", explanation: "Aldrig." },
        q3: { prompt: "Ordna stegen.", explanation: "Lyssna först.", choices: { i1: "Lyssna", i2: "Lös" } },
      },
    },
  },
};

describe("chooseCourseLocale", () => {
  const course = { mainLocale: "en", locales: ["sv", "tl"] };
  it("gives the learner their language when the course is offered in it", () => {
    expect(chooseCourseLocale("sv", course)).toEqual({ locale: "sv", fallback: false });
    expect(chooseCourseLocale("en", course)).toEqual({ locale: "en", fallback: false });
  });
  it("falls back to the main language, flagged, otherwise", () => {
    expect(chooseCourseLocale("el", course)).toEqual({ locale: "en", fallback: true });
    expect(chooseCourseLocale("en", { mainLocale: "sv", locales: [] })).toEqual({
      locale: "sv",
      fallback: true,
    });
  });
});

describe("isItemTranslated / localizeItem", () => {
  it("replaces every text of a complete translation and keeps ids, order and answers", () => {
    expect(localizeItem(lesson, "sv", "en")).toEqual({
      item: { ...lesson, title: "Välkommen", body: "# Hej" },
      fallback: false,
    });
    const s = localizeItem(scenario, "sv", "en");
    expect(s.fallback).toBe(false);
    expect(s.item.content.responses).toEqual([
      { id: "a", text: "Förlåt", feedback: "Bra", best: true },
      { id: "b", text: "Inte mitt jobb", feedback: "Dåligt", best: false },
    ]);
    const q = localizeItem(quiz, "sv", "en");
    expect(q.item.content.questions[0]).toEqual({
      ...questions[0],
      prompt: "Vem bestämmer?",
      explanation: "Du.",
      options: [
        { id: "o1", text: "Du" },
        { id: "o2", text: "Ingen" },
        { id: "o3", text: "Chefen" },
      ],
    });
    expect(q.item.content.questions[2]).toMatchObject({
      items: [{ id: "i1", text: "Lyssna" }, { id: "i2" }],
    });
  });

  it("shows an incomplete or absent translation in the main language, flagged, never half translated", () => {
    expect(isItemTranslated(lesson, "tl")).toBe(false); // empty body
    expect(localizeItem(lesson, "tl", "en")).toEqual({ item: lesson, fallback: true });
    expect(localizeItem(scenario, "tl", "en")).toEqual({ item: scenario, fallback: true });
    expect(localizeItem(quiz, "da", "en")).toEqual({ item: quiz, fallback: true });
    const noChoice = {
      ...quiz,
      translations: {
        sv: {
          ...quiz.translations.sv,
          questions: {
            ...quiz.translations.sv.questions,
            q3: { prompt: "x", explanation: "y", choices: { i1: "a" } },
          },
        },
      },
    };
    expect(isItemTranslated(noChoice, "sv")).toBe(false);
  });

  it("the main language is never a fallback", () => {
    expect(localizeItem(quiz, "en", "en")).toEqual({ item: quiz, fallback: false });
  });

  it("ignores inherited keys (a locale named like an Object property is not a translation)", () => {
    expect(isItemTranslated(lesson, "constructor")).toBe(false);
  });

  it("grades the same answers identically whichever language the paper was shown in", () => {
    const bank = questions;
    const localized = localizeItem(quiz, "sv", "en").item.content.questions as Question[];
    const seed = "seed-1";
    const en = drawPaper(bank, 3, seed);
    const sv = drawPaper(localized, 3, seed);
    expect(sv.map((q) => q.id)).toEqual(en.map((q) => q.id));
    expect(sv.map((q) => ("options" in q ? q.options.map((o) => o.id) : []))).toEqual(
      en.map((q) => ("options" in q ? q.options.map((o) => o.id) : [])),
    );
    const answers = {
      q1: { kind: "single" as const, optionId: "o1" },
      q2: { kind: "trueFalse" as const, value: true },
    };
    const a = gradeAttempt(en, answers, 60);
    const b = gradeAttempt(sv, answers, 60);
    expect({ ...b, questions: b.questions.map((q) => ({ ...q, explanation: "" })) }).toEqual({
      ...a,
      questions: a.questions.map((q) => ({ ...q, explanation: "" })),
    });
  });
});

describe("missingTranslations", () => {
  const items: TranslatableItem[] = [lesson, scenario, quiz];
  it("lists, per offered language in course order, the course title, module titles and items lacking one", () => {
    expect(
      missingTranslations({
        mainLocale: "en",
        locales: ["sv", "tl"],
        titles: { sv: { title: "Grunder" } },
        modules: [{ title: "Start", translations: { sv: { title: "Början" }, tl: { title: "" } }, items }],
      }),
    ).toEqual([
      { locale: "tl", kind: "course" },
      { locale: "tl", kind: "module", module: 0, title: "Start" },
      { locale: "tl", kind: "item", module: 0, item: 0, title: "Welcome" },
      { locale: "tl", kind: "item", module: 0, item: 1, title: "Late call" },
      { locale: "tl", kind: "item", module: 0, item: 2, title: "Quiz" },
    ]);
  });
  it("is empty for a course offered only in its main language", () => {
    expect(missingTranslations({ mainLocale: "en", locales: [], modules: [{ title: "x", items }] })).toEqual(
      [],
    );
  });
});
