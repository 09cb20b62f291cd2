/**
 * A service story turned into a customer scenario (issue 18): the story's situation is the scenario's context,
 * what the author did is the best response, with what colleagues can learn as its feedback. A scenario needs at
 * least two responses, so a second, poorer one is left blank for the course author to write (the editor refuses
 * to save until they do). Texts longer than a scenario allows are shortened at a word, with an ellipsis.
 */
export type StoryForScenario = { title: string; situation: string; action: string; lesson: string };
export type ScenarioLimits = { title: number; context: number; text: number; feedback: number };

export type StoryScenarioDraft = {
  title: string;
  context: string;
  /** Stories do not record the customer's words: the author writes them. */
  customerSays: string;
  responses: { id: string; text: string; feedback: string; best: boolean }[];
  /** Which texts had to be shortened to fit. */
  shortened: ("title" | "context" | "text" | "feedback")[];
};

const ELLIPSIS = "…";

/**
 * `text` trimmed, and cut at the last space before `max` (ellipsis included) when it is longer. Lengths are
 * UTF-16 units, as zod's `max` counts them; a character outside the BMP is never split.
 */
export function fitText(text: string, max: number): { text: string; cut: boolean } {
  const trimmed = text.trim();
  if (trimmed.length <= max) return { text: trimmed, cut: false };
  let room = "";
  for (const ch of trimmed) {
    if (room.length + ch.length > max - ELLIPSIS.length) break;
    room += ch;
  }
  const space = room.search(/\s\S*$/);
  const head = (space > room.length / 2 ? room.slice(0, space) : room).trimEnd();
  return { text: head + ELLIPSIS, cut: true };
}

export function storyScenarioDraft(story: StoryForScenario, limits: ScenarioLimits): StoryScenarioDraft {
  const shortened: StoryScenarioDraft["shortened"] = [];
  const fit = (key: StoryScenarioDraft["shortened"][number], value: string) => {
    const r = fitText(value, limits[key]);
    if (r.cut) shortened.push(key);
    return r.text;
  };
  return {
    title: fit("title", story.title),
    context: fit("context", story.situation),
    customerSays: "",
    responses: [
      { id: "r1", text: fit("text", story.action), feedback: fit("feedback", story.lesson), best: true },
      { id: "r2", text: "", feedback: "", best: false },
    ],
    shortened,
  };
}
