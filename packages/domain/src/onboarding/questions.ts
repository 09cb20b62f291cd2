/** Quiz questions as the grader sees them: the correct answers live only on the server. */
export type QuestionOption = { id: string; text: string };

type QuestionBase = {
  id: string;
  prompt: string;
  /** Shown to the learner after submission, whatever they answered. */
  explanation: string;
};

export type SingleChoiceQuestion = QuestionBase & {
  kind: "single";
  options: QuestionOption[];
  correctOptionId: string;
};
export type MultipleChoiceQuestion = QuestionBase & {
  kind: "multiple";
  options: QuestionOption[];
  correctOptionIds: string[];
};
export type TrueFalseQuestion = QuestionBase & { kind: "trueFalse"; correct: boolean };
/** The items in their correct order; the learner receives them shuffled. */
export type OrderingQuestion = QuestionBase & { kind: "ordering"; items: QuestionOption[] };

export type Question = SingleChoiceQuestion | MultipleChoiceQuestion | TrueFalseQuestion | OrderingQuestion;

/** A learner's answer to one question; absent from the answers map = unanswered. */
export type Answer =
  | { kind: "single"; optionId: string }
  | { kind: "multiple"; optionIds: string[] }
  | { kind: "trueFalse"; value: boolean }
  | { kind: "ordering"; itemIds: string[] };

/** What the learner may see before submitting: the question without its correct answer. */
export type PublicQuestion =
  | { id: string; kind: "single" | "multiple"; prompt: string; options: QuestionOption[] }
  | { id: string; kind: "trueFalse"; prompt: string }
  | { id: string; kind: "ordering"; prompt: string; items: QuestionOption[] };
