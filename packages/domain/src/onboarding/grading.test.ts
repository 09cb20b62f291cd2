import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { drawPaper, toPublicQuestion } from "./draw";
import { correctAnswerOf, gradeAttempt, submittedInTime } from "./grading";
import type { Answer, Question } from "./questions";

const bank: Question[] = [
  {
    id: "q-call",
    kind: "single",
    prompt: "A customer's call went unanswered for half an hour. What first?",
    explanation: "Own the delay before anything else.",
    options: [
      { id: "a", text: "Apologise and own the delay" },
      { id: "b", text: "Explain the queue system" },
      { id: "c", text: "Transfer the call" },
    ],
    correctOptionId: "a",
  },
  {
    id: "q-fees",
    kind: "multiple",
    prompt: "Which fees must be mentioned before signing?",
    explanation: "Every recurring and one-off fee.",
    options: [
      { id: "a", text: "Account fee" },
      { id: "b", text: "Card fee" },
      { id: "c", text: "Coffee" },
    ],
    correctOptionIds: ["a", "b"],
  },
  {
    id: "q-courier",
    kind: "trueFalse",
    prompt: "A courier may arrive unannounced.",
    explanation: "Customers must be warned.",
    correct: false,
  },
  {
    id: "q-steps",
    kind: "ordering",
    prompt: "Order the complaint steps.",
    explanation: "Listen, confirm, act, follow up.",
    items: [
      { id: "listen", text: "Listen" },
      { id: "confirm", text: "Confirm" },
      { id: "act", text: "Act" },
      { id: "follow", text: "Follow up" },
    ],
  },
];
const allCorrect = new Map(bank.map((q) => [q.id, correctAnswerOf(q)]));

describe("gradeAttempt", () => {
  it("marks each question all-or-nothing and explains every answer", () => {
    const answers = new Map<string, Answer>([
      ["q-call", { kind: "single", optionId: "a" }],
      ["q-fees", { kind: "multiple", optionIds: ["a"] }],
      ["q-courier", { kind: "trueFalse", value: false }],
    ]);
    const result = gradeAttempt(bank, answers, 75);
    expect(result.questions.map((q) => q.correct)).toEqual([true, false, true, false]);
    expect(result).toMatchObject({ correctCount: 2, total: 4, percent: 50, passed: false });
    expect(result.questions[3]).toMatchObject({
      given: null,
      correctAnswer: { kind: "ordering", itemIds: ["listen", "confirm", "act", "follow"] },
    });
    expect(result.questions[1]!.explanation).toBe("Every recurring and one-off fee.");
  });

  it("decides the pass mark on exact counts", () => {
    const twoOfThree = new Map([...allCorrect].slice(0, 2));
    expect(gradeAttempt(bank.slice(0, 3), twoOfThree, 66.7).passed).toBe(false);
    expect(gradeAttempt(bank.slice(0, 3), twoOfThree, 66).passed).toBe(true);
  });

  it("does not accept a multiple choice with a duplicated or extra option, or an answer of the wrong kind", () => {
    expect(
      gradeAttempt([bank[1]!], { "q-fees": { kind: "multiple", optionIds: ["a", "a"] } }, 100).passed,
    ).toBe(false);
    expect(
      gradeAttempt([bank[1]!], { "q-fees": { kind: "multiple", optionIds: ["a", "b", "c"] } }, 100).passed,
    ).toBe(false);
    expect(gradeAttempt([bank[0]!], { "q-call": { kind: "trueFalse", value: true } }, 100).passed).toBe(
      false,
    );
  });

  it("a fully correct attempt always passes when the pass mark is at most 100 %", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.string(),
        (count, passMark, seed) => {
          const paper = drawPaper(bank, count, seed);
          expect(
            gradeAttempt(
              paper.map((p) => bank.find((q) => q.id === p.id)!),
              allCorrect,
              passMark,
            ).passed,
          ).toBe(true);
        },
      ),
    );
  });

  it("shuffling never changes the score: the same answers graded on any paper order give the same result", () => {
    const answerArb = fc.record({
      single: fc.constantFrom("a", "b", "c"),
      multiple: fc.subarray(["a", "b", "c"]),
      tf: fc.boolean(),
      order: fc.shuffledSubarray(["listen", "confirm", "act", "follow"], { minLength: 4, maxLength: 4 }),
    });
    fc.assert(
      fc.property(answerArb, fc.string(), fc.string(), (a, seedA, seedB) => {
        const answers = new Map<string, Answer>([
          ["q-call", { kind: "single", optionId: a.single }],
          ["q-fees", { kind: "multiple", optionIds: a.multiple }],
          ["q-courier", { kind: "trueFalse", value: a.tf }],
          ["q-steps", { kind: "ordering", itemIds: a.order }],
        ]);
        const canonical = (paper: Question[]) => paper.map((p) => bank.find((q) => q.id === p.id)!);
        const first = gradeAttempt(canonical(drawPaper(bank, 4, seedA)), answers, 50);
        const second = gradeAttempt(canonical(drawPaper(bank, 4, seedB)), answers, 50);
        expect([second.correctCount, second.percent, second.passed]).toEqual([
          first.correctCount,
          first.percent,
          first.passed,
        ]);
      }),
    );
  });
});

describe("drawPaper", () => {
  it("is the same for the same seed, and draws distinct questions from the bank", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 6 }), (seed, count) => {
        const paper = drawPaper(bank, count, seed);
        expect(drawPaper(bank, count, seed)).toEqual(paper);
        expect(paper).toHaveLength(Math.min(count, bank.length));
        expect(new Set(paper.map((q) => q.id)).size).toBe(paper.length);
      }),
    );
  });

  it("public questions carry no correct answer or explanation", () => {
    const text = JSON.stringify(drawPaper(bank, 4, "seed").map(toPublicQuestion));
    expect(text).not.toMatch(/correct|explanation/i);
    expect(text).toContain("Apologise and own the delay");
  });
});

describe("submittedInTime", () => {
  const start = new Date("2026-11-23T10:00:00Z");
  it("uses the server clock with a small grace period", () => {
    expect(submittedInTime(start, new Date("2026-11-23T10:10:04Z"), 600)).toBe(true);
    expect(submittedInTime(start, new Date("2026-11-23T10:10:06Z"), 600)).toBe(false);
    expect(submittedInTime(start, new Date("2027-01-01T00:00:00Z"), null)).toBe(true);
  });
});
