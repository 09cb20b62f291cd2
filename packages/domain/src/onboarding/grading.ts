import type { Answer, Question } from "./questions";

export type QuestionResult = {
  questionId: string;
  correct: boolean;
  /** What the learner answered; null when unanswered. */
  given: Answer | null;
  /** The correct answer and the explanation are revealed only in the graded result. */
  correctAnswer: Answer;
  explanation: string;
};

export type AttemptResult = {
  correctCount: number;
  total: number;
  /** 0-100, one decimal, for display; `passed` is decided on exact counts. */
  percent: number;
  passed: boolean;
  questions: QuestionResult[];
};

type AnswerLookup = ReadonlyMap<string, Answer> | Readonly<Record<string, Answer>>;

function lookup(answers: AnswerLookup, id: string): Answer | undefined {
  if (answers instanceof Map) return (answers as ReadonlyMap<string, Answer>).get(id);
  const record = answers as Readonly<Record<string, Answer>>;
  return Object.prototype.hasOwnProperty.call(record, id) ? record[id] : undefined;
}

export function correctAnswerOf(q: Question): Answer {
  switch (q.kind) {
    case "single":
      return { kind: "single", optionId: q.correctOptionId };
    case "multiple":
      return { kind: "multiple", optionIds: [...q.correctOptionIds].sort() };
    case "trueFalse":
      return { kind: "trueFalse", value: q.correct };
    case "ordering":
      return { kind: "ordering", itemIds: q.items.map((i) => i.id) };
  }
}

/** All or nothing per question: a multiple choice must pick exactly the correct set, an ordering the exact order. */
function isCorrect(q: Question, a: Answer | undefined): boolean {
  if (!a || a.kind !== q.kind) return false;
  switch (a.kind) {
    case "single":
      return q.kind === "single" && a.optionId === q.correctOptionId;
    case "multiple": {
      if (q.kind !== "multiple") return false;
      const given = new Set(a.optionIds);
      return (
        given.size === a.optionIds.length &&
        given.size === q.correctOptionIds.length &&
        q.correctOptionIds.every((id) => given.has(id))
      );
    }
    case "trueFalse":
      return q.kind === "trueFalse" && a.value === q.correct;
    case "ordering":
      return (
        q.kind === "ordering" &&
        a.itemIds.length === q.items.length &&
        q.items.every((item, i) => a.itemIds[i] === item.id)
      );
  }
}

/**
 * Grade an attempt against the canonical questions (from the bank, not the shuffled paper: the order of
 * the questions and of their options never matters). Passed when correct / total >= passMark / 100.
 */
export function gradeAttempt(
  questions: readonly Question[],
  answers: AnswerLookup,
  passMarkPercent: number,
): AttemptResult {
  if (!(passMarkPercent >= 0 && passMarkPercent <= 100))
    throw new RangeError(`The pass mark must be 0-100 %, got ${passMarkPercent}`);
  if (questions.length === 0) throw new RangeError("An attempt needs at least one question");
  const results = questions.map((q): QuestionResult => {
    const given = lookup(answers, q.id);
    return {
      questionId: q.id,
      correct: isCorrect(q, given),
      given: given ?? null,
      correctAnswer: correctAnswerOf(q),
      explanation: q.explanation,
    };
  });
  const correctCount = results.filter((r) => r.correct).length;
  const total = results.length;
  return {
    correctCount,
    total,
    percent: Math.round((1000 * correctCount) / total) / 10,
    // Integer comparison: no rounding can turn 69.99 % into a pass at 70 %.
    passed: correctCount * 100 >= passMarkPercent * total,
    questions: results,
  };
}

/** The server's deadline for a timed attempt; null when the quiz has no time limit. */
export function attemptDeadline(startedAt: Date, timeLimitSeconds: number | null): Date | null {
  return timeLimitSeconds === null ? null : new Date(startedAt.getTime() + timeLimitSeconds * 1000);
}

/**
 * Whether a submission arrived in time by the server clock. A few seconds of grace absorb the network
 * round trip of a learner who pressed Submit as the clock ran out; a later submission counts as expired.
 */
export function submittedInTime(
  startedAt: Date,
  submittedAt: Date,
  timeLimitSeconds: number | null,
  graceSeconds = 5,
): boolean {
  const deadline = attemptDeadline(startedAt, timeLimitSeconds);
  return deadline === null || submittedAt.getTime() <= deadline.getTime() + graceSeconds * 1000;
}
