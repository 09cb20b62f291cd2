import { describe, expect, it } from "vitest";
import { isItemTranslated, missingTranslations } from "@portal/domain";
import { courseContentInput, quizContent, scenarioContent } from "@portal/validators";
import { demoSegments } from "./demo-data";
import { demoCourses } from "./demo-courses-content";
import { demoCourseTranslations, withTranslations } from "./demo-courses-i18n";

/** The demo courses go straight into the database; the editor's validators must accept every one of them. */
describe("demo courses", () => {
  it.each(demoCourses.map((c) => [c.title, c] as const))("%s is valid course content", (_title, c) => {
    const parsed = courseContentInput.safeParse({
      outcome: c.outcome ? { segmentId: `segment-${c.outcome.segment}`, level: c.outcome.level } : null,
      ...withTranslations(c),
    });
    expect(parsed.error?.issues ?? []).toEqual([]);
    for (const item of c.modules.flatMap((m) => m.items)) {
      if (item.kind === "QUIZ") expect(quizContent.safeParse(item.content).error?.issues ?? []).toEqual([]);
      if (item.kind === "SCENARIO")
        expect(scenarioContent.safeParse(item.content).error?.issues ?? []).toEqual([]);
    }
  });

  it("meets the brief: lessons with a table, three scenarios, a quiz of every question kind, segment outcomes", () => {
    const segmentKeys = new Set(demoSegments.map((s) => s.key));
    for (const c of demoCourses) {
      const items = c.modules.flatMap((m) => m.items);
      const lessons = items.filter((i) => i.kind === "LESSON");
      expect(lessons.length).toBeGreaterThanOrEqual(2);
      expect(lessons.length).toBeLessThanOrEqual(4);
      expect(lessons.some((l) => l.kind === "LESSON" && /\n\|---/.test(l.body))).toBe(true);
      expect(items.filter((i) => i.kind === "SCENARIO").length).toBeGreaterThanOrEqual(3);
      const quiz = items.find((i) => i.kind === "QUIZ");
      if (quiz?.kind !== "QUIZ") throw new Error(`${c.title} has no quiz`);
      expect(new Set(quiz.content.questions.map((q) => q.kind))).toEqual(
        new Set(["single", "multiple", "trueFalse", "ordering"]),
      );
      expect(quiz.content.questions.length).toBeGreaterThanOrEqual(6);
      expect(quiz.content.passMark).toBeGreaterThanOrEqual(70);
      expect(quiz.content.passMark).toBeLessThanOrEqual(80);
      if (c.outcome) expect(segmentKeys.has(c.outcome.segment)).toBe(true);
      for (const s of c.segments) expect(segmentKeys.has(s)).toBe(true);
    }
    expect(demoCourses.filter((c) => c.outcome).length).toBeGreaterThanOrEqual(3);
  });

  it.each(demoCourses.map((c) => [c.title, c] as const))(
    "%s ships fully translated into Swedish and Tagalog, with the English structure",
    (_title, c) => {
      const translated = withTranslations(c);
      expect(translated.locales).toEqual(["sv", "tl"]);
      expect(missingTranslations(translated)).toEqual([]);
      for (const t of Object.values(demoCourseTranslations)) {
        const own = t[c.key];
        expect(own.modules.map((m) => m.items.length)).toEqual(c.modules.map((m) => m.items.length));
      }
      // No translation names a response, question or choice the English lacks (ids are shared).
      for (const item of translated.modules.flatMap((m) => m.items)) {
        for (const [locale, tr] of Object.entries(item.translations)) {
          expect(isItemTranslated(item, locale)).toBe(true);
          if (item.kind === "SCENARIO" && "responses" in tr)
            expect(Object.keys(tr.responses).sort()).toEqual(item.content.responses.map((r) => r.id).sort());
          if (item.kind === "QUIZ" && "questions" in tr)
            for (const q of item.content.questions) {
              const choices = "options" in q ? q.options : "items" in q ? q.items : [];
              expect(Object.keys(tr.questions[q.id]?.choices ?? {}).sort()).toEqual(
                choices.map((o) => o.id).sort(),
              );
            }
        }
      }
    },
  );
});
