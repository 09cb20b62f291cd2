import type { PublicQuestion, Question } from "./questions";
import { seededRandom, shuffle } from "./random";

/**
 * One attempt's paper: `count` questions drawn from the bank, in a shuffled order, each with its options
 * (or ordering items) shuffled. The same bank and seed always give the same paper, so the server stores only
 * the seed and can show the learner the same paper again after a reload.
 */
export function drawPaper(bank: readonly Question[], count: number, seed: string): Question[] {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`A quiz draws at least one question, got ${count}`);
  const random = seededRandom(seed);
  const drawn = shuffle(bank, random).slice(0, Math.min(count, bank.length));
  return drawn.map((q) => {
    switch (q.kind) {
      case "single":
      case "multiple":
        return { ...q, options: shuffle(q.options, random) };
      case "ordering":
        return { ...q, items: shuffle(q.items, random) };
      case "trueFalse":
        return q;
    }
  });
}

/** Strip correct answers and explanations: this is all the client receives before submitting. */
export function toPublicQuestion(q: Question): PublicQuestion {
  switch (q.kind) {
    case "single":
    case "multiple":
      return {
        id: q.id,
        kind: q.kind,
        prompt: q.prompt,
        options: q.options.map(({ id, text }) => ({ id, text })),
      };
    case "trueFalse":
      return { id: q.id, kind: q.kind, prompt: q.prompt };
    case "ordering":
      return {
        id: q.id,
        kind: q.kind,
        prompt: q.prompt,
        items: q.items.map(({ id, text }) => ({ id, text })),
      };
  }
}
