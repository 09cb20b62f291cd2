import type { Content, Item, Question } from "./types";

/** A key not used yet in a list (option, response and question ids only need to be unique in their list). */
export function freshKey(prefix: string, taken: readonly { id: string }[]) {
  const used = new Set(taken.map((t) => t.id));
  let n = taken.length + 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

export const newLesson = (title: string): Item => ({ kind: "LESSON", title, durationMinutes: 5, body: "" });

export const newScenario = (title: string): Item => ({
  kind: "SCENARIO",
  title,
  durationMinutes: 5,
  content: {
    context: "",
    customerSays: "",
    responses: [
      { id: "r1", text: "", feedback: "", best: true },
      { id: "r2", text: "", feedback: "", best: false },
    ],
  },
});

export const newQuiz = (title: string): Item => ({
  kind: "QUIZ",
  title,
  durationMinutes: 10,
  content: {
    passMark: 80,
    maxAttempts: 3,
    timeLimitSeconds: null,
    drawCount: null,
    questions: [newQuestion("single", [])],
  },
});

/** A question of a kind, keeping prompt and explanation when the author switches kinds. */
export function newQuestion(
  kind: Question["kind"],
  taken: readonly { id: string }[],
  from?: Question,
): Question {
  const base = {
    id: from?.id ?? freshKey("q", taken),
    prompt: from?.prompt ?? "",
    explanation: from?.explanation ?? "",
  };
  const options = [
    { id: "a", text: "" },
    { id: "b", text: "" },
  ];
  switch (kind) {
    case "single":
      return { kind, ...base, options, correctOptionId: "" };
    case "multiple":
      return { kind, ...base, options, correctOptionIds: [] };
    case "trueFalse":
      return { kind, ...base, correct: true };
    case "ordering":
      return { kind, ...base, items: options };
  }
}

/** Stored content (with ids for progress links) to the editor's shape. */
export function editable(content: {
  outcome: Content["outcome"];
  mainLocale: Content["mainLocale"];
  locales: Content["locales"];
  titles: Content["titles"];
  modules: {
    title: string;
    translations: NonNullable<Content["modules"][number]["translations"]>;
    items: (Item & { id?: string })[];
  }[];
}): Content {
  return {
    outcome: content.outcome,
    mainLocale: content.mainLocale,
    locales: content.locales,
    titles: content.titles,
    modules: content.modules.map((m) => ({
      title: m.title,
      translations: m.translations,
      items: m.items.map(({ id: _id, ...item }) => item as Item),
    })),
  };
}

export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [x] = next.splice(from, 1);
  next.splice(to, 0, x!);
  return next;
}
