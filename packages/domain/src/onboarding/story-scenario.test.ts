import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fitText, storyScenarioDraft } from "./story-scenario";

const limits = { title: 20, context: 40, text: 30, feedback: 30 };

describe("storyScenarioDraft", () => {
  it("puts the situation in the context and the author's action as the best response with its lesson", () => {
    const d = storyScenarioDraft(
      { title: " Late card ", situation: "A customer abroad", action: "I called", lesson: "Call first" },
      limits,
    );
    expect(d.title).toBe("Late card");
    expect(d.context).toBe("A customer abroad");
    expect(d.customerSays).toBe("");
    expect(d.responses).toEqual([
      { id: "r1", text: "I called", feedback: "Call first", best: true },
      { id: "r2", text: "", feedback: "", best: false },
    ]);
    expect(d.shortened).toEqual([]);
  });

  it("shortens what does not fit and says which", () => {
    const d = storyScenarioDraft(
      { title: "t", situation: "word ".repeat(30), action: "ok", lesson: "x".repeat(31) },
      limits,
    );
    expect(d.shortened).toEqual(["context", "feedback"]);
    expect(d.context.length).toBeLessThanOrEqual(40);
    expect(d.context.endsWith("…")).toBe(true);
  });
});

describe("fitText", () => {
  it("never exceeds the limit and keeps short texts whole", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 2, max: 100 }), (s, max) => {
        const r = fitText(s, max);
        expect(r.text.length).toBeLessThanOrEqual(max);
        if (s.trim().length <= max) expect(r).toEqual({ text: s.trim(), cut: false });
      }),
    );
  });
});
