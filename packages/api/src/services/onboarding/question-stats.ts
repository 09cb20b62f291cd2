import type { Db } from "@portal/db";
import { drawPaper, gradeAttempt, type Answer, type Question } from "@portal/domain";
import { quizContent } from "@portal/validators";
import { notFound } from "../../errors";

type QuestionStat = {
  questionId: string;
  kind: Question["kind"];
  prompt: string;
  attempts: number;
  wrong: number;
  failureRate: number;
};

/**
 * Which questions learners get wrong, so authors can fix a course. Every submitted attempt of the course's
 * quizzes (all versions) is replayed: its paper is redrawn from the stored seed and graded against the stored
 * answers with the same domain functions as the learner's grading. Expired attempts are left out: running out
 * of time says nothing about one question. Three queries, whatever the number of attempts.
 */
export async function questionStats(db: Db, courseId: string) {
  const course = await db.course.findUnique({ where: { id: courseId }, select: { id: true } });
  if (!course) throw notFound("courseNotFound");
  const items = await db.courseItem.findMany({
    where: { kind: "QUIZ", module: { version: { courseId } } },
    select: {
      id: true,
      title: true,
      content: true,
      module: { select: { version: { select: { version: true, status: true } } } },
    },
  });
  const attempts = await db.quizAttempt.findMany({
    where: { itemId: { in: items.map((i) => i.id) }, submittedAt: { not: null }, expired: false },
    select: { itemId: true, seed: true, answers: true },
  });
  const byItem = new Map<string, typeof attempts>();
  for (const a of attempts) byItem.set(a.itemId, [...(byItem.get(a.itemId) ?? []), a]);
  const quizzes = items.map((item) => {
    const quiz = quizContent.parse(item.content);
    const bank = quiz.questions as Question[];
    const stats = new Map<string, QuestionStat>(
      bank.map((q) => [
        q.id,
        { questionId: q.id, kind: q.kind, prompt: q.prompt, attempts: 0, wrong: 0, failureRate: 0 },
      ]),
    );
    const canonical = new Map(bank.map((q) => [q.id, q]));
    const submitted = byItem.get(item.id) ?? [];
    for (const a of submitted) {
      // Grade the canonical questions (the drawn copy has shuffled options, same ids) in paper order.
      const paper = drawPaper(bank, quiz.drawCount ?? bank.length, a.seed).map((p) => canonical.get(p.id)!);
      const result = gradeAttempt(paper, (a.answers ?? {}) as Record<string, Answer>, quiz.passMark);
      for (const r of result.questions) {
        const s = stats.get(r.questionId)!;
        s.attempts += 1;
        if (!r.correct) s.wrong += 1;
      }
    }
    const questions = [...stats.values()]
      .map((s) => ({ ...s, failureRate: s.attempts === 0 ? 0 : s.wrong / s.attempts }))
      .sort(
        (a, b) =>
          b.failureRate - a.failureRate || b.wrong - a.wrong || a.questionId.localeCompare(b.questionId),
      );
    return {
      itemId: item.id,
      title: item.title,
      version: item.module.version.version,
      status: item.module.version.status,
      attempts: submitted.length,
      questions,
    };
  });
  quizzes.sort((a, b) => b.version - a.version || a.title.localeCompare(b.title, "en"));
  return { quizzes };
}
