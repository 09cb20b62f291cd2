import { randomUUID } from "node:crypto";
import { Prisma, type Db, type DbClient } from "@portal/db";
import {
  attemptDeadline,
  drawPaper,
  gradeAttempt,
  submittedInTime,
  toPublicQuestion,
  type Answer,
  type Question,
} from "@portal/domain";
import { quizContent, type QuizContent, type QuizFeedback } from "@portal/validators";
import { badRequest, conflict, notFound } from "../../errors";
import { passCourseIfComplete } from "./completion";
import { itemOfEnrolment, ownEnrolment } from "./learner-access";
import { learnerLocale, localizedItem } from "./localize";
import type { Actor } from "../../actor";

type AttemptRow = Prisma.QuizAttemptGetPayload<object>;

function quizOf(item: { kind: string; content: Prisma.JsonValue }): QuizContent {
  if (item.kind !== "QUIZ") throw badRequest("itemNotQuiz");
  return quizContent.parse(item.content);
}

type ItemRow = Prisma.CourseItemGetPayload<object>;
const languagesSelect = { mainLocale: true, locales: true } as const;

/**
 * The quiz as the learner reads it: in their language when the version is offered in it and the quiz is
 * translated, else in the main language. Only texts differ: ids, order and answers are the main content's, so
 * the paper drawn from a seed and its grading are the same in every language.
 */
function shownQuiz(item: ItemRow, version: { mainLocale: string; locales: string[] }, userLocale: string) {
  const quiz = quizOf(item);
  const language = learnerLocale(userLocale, version);
  const shown = localizedItem(item, language.locale, language.mainLocale).item;
  return shown.kind === "QUIZ" ? shown.content : quiz;
}

/** The attempt's paper, replayed from its seed; the canonical bank questions for grading, in paper order. */
function paperOf(quiz: QuizContent, seed: string) {
  const bank = quiz.questions as Question[];
  const paper = drawPaper(bank, quiz.drawCount ?? bank.length, seed);
  const byId = new Map(bank.map((q) => [q.id, q]));
  return { paper, canonical: paper.map((p) => byId.get(p.id)!) };
}

/** Not submitted, and a submission now would still count (the same server-clock rule as grading). */
const isOpen = (a: AttemptRow, quiz: QuizContent, now: Date) =>
  a.submittedAt === null && submittedInTime(a.startedAt, now, quiz.timeLimitSeconds);

function publicAttempt(a: AttemptRow, quiz: QuizContent) {
  return {
    attemptId: a.id,
    number: a.number,
    startedAt: a.startedAt,
    deadlineAt: a.deadlineAt,
    maxAttempts: quiz.maxAttempts,
    passMark: quiz.passMark,
    questions: paperOf(quiz, a.seed).paper.map(toPublicQuestion),
  };
}

/**
 * Start (or resume) an attempt. An open attempt is returned again, so a reload or a double click never uses
 * up an attempt. The attempt number is unique per enrolment and quiz, so concurrent starts cannot exceed the
 * limit: the loser of the race gets the winner's attempt.
 */
export async function startAttempt(
  db: Db,
  actor: Actor,
  enrolmentId: string,
  itemId: string,
  locale: string,
) {
  const now = new Date();
  const run = () =>
    db.$transaction(async (tx) => {
      const e = await ownEnrolment(tx, actor, enrolmentId, { version: { select: languagesSelect } });
      const item = await itemOfEnrolment(tx, e.versionId, itemId);
      const quiz = shownQuiz(item, e.version, locale);
      const all = await tx.quizAttempt.findMany({
        where: { enrolmentId, itemId },
        orderBy: { number: "asc" },
      });
      // Only this cycle's attempts count (a retake after an expired certificate starts a new cycle).
      const attempts = all.filter((a) => a.startedAt >= e.enrolledAt);
      const open = attempts.find((a) => isOpen(a, quiz, now));
      if (open) return publicAttempt(open, quiz);
      if (attempts.some((a) => a.passed)) throw conflict("quizAlreadyPassed");
      if (attempts.length >= quiz.maxAttempts)
        throw conflict("quizAttemptsUsed", { count: quiz.maxAttempts });
      const created = await tx.quizAttempt.create({
        data: {
          enrolmentId,
          itemId,
          number: all.length + 1,
          seed: randomUUID(),
          startedAt: now,
          deadlineAt: attemptDeadline(now, quiz.timeLimitSeconds),
        },
      });
      await tx.enrolment.update({ where: { id: enrolmentId }, data: { lastItemId: itemId } });
      return publicAttempt(created, quiz);
    });
  try {
    return await run();
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return run(); // a concurrent start won: resume it
    throw e;
  }
}

async function loadOwnAttempt(tx: DbClient, actor: Actor, attemptId: string) {
  const attempt = await tx.quizAttempt.findFirst({
    where: { id: attemptId, enrolment: { staffMember: { userId: actor.id } } },
    include: {
      item: true,
      enrolment: {
        select: {
          course: { select: { feedbackAfterFail: true, feedbackAfterPass: true } },
          version: { select: languagesSelect },
        },
      },
    },
  });
  if (!attempt) throw notFound("attemptNotFound");
  return attempt;
}

type FeedbackSettings = { feedbackAfterFail: QuizFeedback; feedbackAfterPass: QuizFeedback };

/**
 * A graded attempt as far as the course lets the learner see it (the course's setting after a failure or after
 * passing): the score only; also each question with the learner's answer and whether it was right; also the
 * correct answer and its explanation. What the setting withholds is not sent at all.
 */
function gradedView(
  a: AttemptRow,
  quiz: QuizContent,
  certificateId: string | null,
  settings: FeedbackSettings,
) {
  const { paper, canonical } = paperOf(quiz, a.seed);
  const result = gradeAttempt(canonical, (a.answers ?? {}) as Record<string, Answer>, quiz.passMark);
  const feedback = a.passed === true ? settings.feedbackAfterPass : settings.feedbackAfterFail;
  const questions =
    feedback === "SCORE"
      ? []
      : paper.map((q, i) => {
          const r = result.questions[i]!;
          const reveal = feedback === "CORRECT_ANSWERS";
          return {
            questionId: r.questionId,
            question: toPublicQuestion(q),
            correct: r.correct,
            given: r.given,
            correctAnswer: reveal ? r.correctAnswer : null,
            explanation: reveal ? r.explanation : null,
          };
        });
  return {
    attemptId: a.id,
    number: a.number,
    maxAttempts: quiz.maxAttempts,
    passMark: quiz.passMark,
    submittedAt: a.submittedAt,
    expired: a.expired,
    passed: a.passed === true,
    correctCount: a.correctCount ?? 0,
    total: a.total ?? result.total,
    percent: a.expired ? 0 : result.percent,
    certificateId,
    feedback,
    questions,
  };
}

/**
 * Grade on the server. Submitting the same attempt again (retry, double click) returns the stored result; a
 * submission after the deadline (server clock, small grace) counts as an expired, failed attempt.
 */
export async function submitAttempt(
  db: Db,
  actor: Actor,
  attemptId: string,
  answers: Record<string, Answer>,
  locale: string,
) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "QuizAttempt" WHERE id = ${attemptId} FOR UPDATE`;
    const attempt = await loadOwnAttempt(tx, actor, attemptId);
    // Graded on the main-language content; shown in the learner's language (the same ids and answers).
    const quiz = quizOf(attempt.item);
    const shown = shownQuiz(attempt.item, attempt.enrolment.version, locale);
    const certificateFor = async () =>
      (await tx.certificate.findFirst({ where: { enrolmentId: attempt.enrolmentId }, select: { id: true } }))
        ?.id ?? null;
    const settings = attempt.enrolment.course;
    if (attempt.submittedAt) return gradedView(attempt, shown, await certificateFor(), settings);

    const now = new Date();
    const { canonical } = paperOf(quiz, attempt.seed);
    const onTime = submittedInTime(attempt.startedAt, now, quiz.timeLimitSeconds);
    const result = gradeAttempt(canonical, answers, quiz.passMark);
    const passed = onTime && result.passed;
    const saved = await tx.quizAttempt.update({
      where: { id: attemptId },
      data: {
        submittedAt: now,
        answers: answers as Prisma.InputJsonValue,
        correctCount: onTime ? result.correctCount : 0,
        total: result.total,
        passed,
        expired: !onTime,
      },
    });
    let certificateId: string | null = null;
    if (passed) {
      await tx.itemProgress.upsert({
        where: { enrolmentId_itemId: { enrolmentId: attempt.enrolmentId, itemId: attempt.itemId } },
        create: { enrolmentId: attempt.enrolmentId, itemId: attempt.itemId },
        update: {},
      });
      certificateId = (await passCourseIfComplete(tx, attempt.enrolmentId, actor.id, now))?.id ?? null;
    }
    return gradedView(saved, shown, certificateId ?? (await certificateFor()), settings);
  });
}

/** A submitted attempt's result, for the learner to read again. Open attempts have no result yet. */
export async function attemptResult(db: Db, actor: Actor, attemptId: string, locale: string) {
  const attempt = await loadOwnAttempt(db, actor, attemptId);
  if (!attempt.submittedAt) throw conflict("attemptNotSubmitted");
  const certificate = await db.certificate.findFirst({
    where: { enrolmentId: attempt.enrolmentId },
    select: { id: true },
  });
  const shown = shownQuiz(attempt.item, attempt.enrolment.version, locale);
  return gradedView(attempt, shown, certificate?.id ?? null, attempt.enrolment.course);
}
