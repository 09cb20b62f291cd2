import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffMember, createUser, setExpertise } from "@portal/db/factories";
import type { Prisma, User } from "@portal/db";
import { comparePlanEntries, overallProgress } from "@portal/domain";
import { contentInclude } from "../src/services/onboarding/course-content";
import { learnerCourse, myPlan } from "../src/services/onboarding/learning";
import { courseLanguage, versionLanguagesSelect } from "../src/services/onboarding/localize";
import {
  itemCountsByVersion,
  itemsDoneByEnrolment,
  storedEnrolmentStatus,
} from "../src/services/onboarding/plan";
import { callerFor, setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const quizQuestions = [
  {
    kind: "trueFalse" as const,
    id: "courier",
    prompt: "A courier may arrive unannounced.",
    explanation: "Customers must be warned before a visit.",
    correct: false,
  },
  {
    kind: "single" as const,
    id: "wait",
    prompt: "First words after a thirty-minute wait?",
    explanation: "Own the delay first.",
    options: [
      { id: "sorry", text: "I am sorry you waited" },
      { id: "queue", text: "The queue was long" },
    ],
    correctOptionId: "sorry",
  },
  {
    kind: "multiple" as const,
    id: "fees",
    prompt: "Which fees must be mentioned?",
    explanation: "Every fee the customer will pay.",
    options: [
      { id: "account", text: "Account fee" },
      { id: "card", text: "Card fee" },
      { id: "coffee", text: "Coffee" },
    ],
    correctOptionIds: ["account", "card"],
  },
];
const right = {
  courier: { kind: "trueFalse" as const, value: false },
  wait: { kind: "single" as const, optionId: "sorry" },
  fees: { kind: "multiple" as const, optionIds: ["card", "account"] },
};

type Feedback = "SCORE" | "WRONG_QUESTIONS" | "CORRECT_ANSWERS";

async function courseWithQuiz(
  opts: {
    maxAttempts?: number;
    timeLimitSeconds?: number | null;
    outcomeLevel?: number;
    feedbackAfterFail?: Feedback;
    feedbackAfterPass?: Feedback;
  } = {},
) {
  const hr = await org.as("HR");
  const course = await hr.courses.create({
    title: `Segment A service ${Math.random().toString(36).slice(2, 7)}`,
    feedbackAfterFail: opts.feedbackAfterFail,
    feedbackAfterPass: opts.feedbackAfterPass,
  });
  await hr.courses.saveContent({
    courseId: course.id,
    content: {
      outcome: opts.outcomeLevel ? { segmentId: org.org.segmentA.id, level: opts.outcomeLevel } : null,
      modules: [
        {
          title: "Basics",
          items: [
            {
              kind: "LESSON",
              title: "Who our customers are",
              body: "Private individuals, **30-64**.",
              durationMinutes: 4,
            },
            {
              kind: "SCENARIO",
              title: "Half an hour on hold",
              content: {
                context: "Nobody answered for thirty minutes.",
                customerSays: "I have been waiting for half an hour!",
                responses: [
                  {
                    id: "own",
                    text: "I am sorry. Let me solve it now.",
                    feedback: "Owning it calms the call.",
                    best: true,
                  },
                  {
                    id: "excuse",
                    text: "We were busy.",
                    feedback: "An excuse makes their time look cheap.",
                    best: false,
                  },
                ],
              },
            },
            {
              kind: "QUIZ",
              title: "Check",
              content: {
                passMark: 100,
                maxAttempts: opts.maxAttempts ?? 2,
                timeLimitSeconds: opts.timeLimitSeconds ?? null,
                questions: quizQuestions,
              },
            },
          ],
        },
      ],
    },
  });
  await hr.courses.publish({ id: course.id });
  return course;
}

async function newLearner(level?: number) {
  const user = await createUser(org.db, { role: "STAFF" });
  const staff = await createStaffMember(org.db, { userId: user.id, departmentId: org.org.deptA.id });
  if (level !== undefined)
    await setExpertise(org.db, { staffMemberId: staff.id, segmentId: org.org.segmentA.id, level });
  return { user, staff, caller: await callerFor(org.db, user) };
}

async function enrol(courseId: string, staffMemberId: string) {
  await (await org.as("HR")).enrolments.enrol({ courseId, staffMemberIds: [staffMemberId], dueDays: 14 });
  return org.db.enrolment.findFirstOrThrow({ where: { courseId, staffMemberId } });
}

async function items(caller: Awaited<ReturnType<typeof callerFor>>, enrolmentId: string) {
  const view = await caller.learning.course({ enrolmentId });
  const [lesson, scenario, quiz] = view.modules[0]!.items;
  return { view, lesson: lesson!, scenario: scenario!, quiz: quiz! };
}

describe("learning a course", () => {
  it("lesson, scenario and a quiz failed once then passed: certificate issued and expertise raised, once", async () => {
    const course = await courseWithQuiz({ outcomeLevel: 3 });
    const { staff, caller } = await newLearner(1);
    const enrolment = await enrol(course.id, staff.id);
    const { view, lesson, scenario, quiz } = await items(caller, enrolment.id);
    expect(view.resumeAt).toBe(lesson.id);
    // Nothing the client receives before submitting reveals an answer.
    expect(JSON.stringify(view)).not.toMatch(/feedback|best|correct|explanation/i);

    await caller.learning.completeLesson({ enrolmentId: enrolment.id, itemId: lesson.id });
    await caller.learning.completeLesson({ enrolmentId: enrolment.id, itemId: lesson.id });
    expect(
      await caller.learning.chooseResponse({
        enrolmentId: enrolment.id,
        itemId: scenario.id,
        responseId: "excuse",
      }),
    ).toMatchObject({
      best: false,
      bestIds: ["own"],
      feedback: "An excuse makes their time look cheap.",
      // A poor choice comes with the better response and its reasoning.
      better: [
        { id: "own", text: "I am sorry. Let me solve it now.", feedback: "Owning it calms the call." },
      ],
    });
    expect((await items(caller, enrolment.id)).scenario).toMatchObject({
      scenario: { chosen: { best: false, better: [{ id: "own", feedback: "Owning it calms the call." }] } },
    });
    expect(
      await caller.learning.chooseResponse({
        enrolmentId: enrolment.id,
        itemId: scenario.id,
        responseId: "own",
      }),
    ).toMatchObject({ best: true, better: [] });
    await caller.learning.chooseResponse({
      enrolmentId: enrolment.id,
      itemId: scenario.id,
      responseId: "excuse",
    });
    expect((await caller.learning.course({ enrolmentId: enrolment.id })).resumeAt).toBe(quiz.id);

    const first = await caller.learning.startAttempt({ enrolmentId: enrolment.id, itemId: quiz.id });
    expect(JSON.stringify(first)).not.toMatch(/correct|explanation/i);
    expect(first.questions.map((q) => q.id).sort()).toEqual(["courier", "fees", "wait"]);
    expect(
      (await caller.learning.startAttempt({ enrolmentId: enrolment.id, itemId: quiz.id })).attemptId,
    ).toBe(first.attemptId); // resume, not a new attempt
    const failed = await caller.learning.submitAttempt({
      attemptId: first.attemptId,
      answers: { ...right, wait: { kind: "single", optionId: "queue" } },
    });
    expect(failed).toMatchObject({ passed: false, correctCount: 2, total: 3, certificateId: null });
    // By default a failed attempt shows which questions were wrong, never the correct answers.
    expect(failed.feedback).toBe("WRONG_QUESTIONS");
    expect(failed.questions.find((q) => q.questionId === "wait")).toMatchObject({
      correct: false,
      given: { optionId: "queue" },
      correctAnswer: null,
      explanation: null,
    });
    expect(JSON.stringify(failed)).not.toMatch(/Own the delay first|Customers must be warned|Every fee/);

    const second = await caller.learning.startAttempt({ enrolmentId: enrolment.id, itemId: quiz.id });
    expect(second.number).toBe(2);
    const [passed, retried] = await Promise.all([
      caller.learning.submitAttempt({ attemptId: second.attemptId, answers: right }),
      caller.learning.submitAttempt({ attemptId: second.attemptId, answers: right }),
    ]);
    expect(passed).toMatchObject({ passed: true, percent: 100, feedback: "CORRECT_ANSWERS" });
    expect(passed.questions.find((q) => q.questionId === "wait")).toMatchObject({
      correctAnswer: { optionId: "sorry" },
      explanation: "Own the delay first.",
    });
    expect(retried.certificateId).toBe(passed.certificateId);
    expect(passed.certificateId).toEqual(expect.any(String));

    const certificate = await caller.learning.certificate({ id: passed.certificateId! });
    expect(certificate).toMatchObject({
      holder: expect.any(String),
      valid: true,
      granted: { segment: "Segment A", level: 3 },
    });
    expect(await org.db.certificate.count({ where: { enrolmentId: enrolment.id } })).toBe(1);
    const expertise = await org.db.expertise.findUniqueOrThrow({
      where: { staffMemberId_segmentId: { staffMemberId: staff.id, segmentId: org.org.segmentA.id } },
    });
    expect(expertise).toMatchObject({
      level: 3,
      source: "TRAINING",
      evidence: expect.stringContaining(certificate.verificationCode),
    });
    expect(await org.db.auditEvent.count({ where: { action: "course.pass", entityId: staff.id } })).toBe(1);
    expect(
      await caller.learning.verifyCertificate({ code: certificate.verificationCode.toLowerCase() }),
    ).toMatchObject({ found: true, valid: true, course: expect.stringMatching(/^Segment A service/) });

    const plan = await caller.learning.plan();
    expect(plan.courses[0]).toMatchObject({
      enrolmentId: enrolment.id,
      entry: { status: "COMPLETED", progress: 1 },
    });
  });

  it("training never lowers expertise", async () => {
    const course = await courseWithQuiz({ outcomeLevel: 2 });
    const { staff, caller } = await newLearner(4);
    const enrolment = await enrol(course.id, staff.id);
    const { lesson, scenario, quiz } = await items(caller, enrolment.id);
    await caller.learning.completeLesson({ enrolmentId: enrolment.id, itemId: lesson.id });
    await caller.learning.chooseResponse({
      enrolmentId: enrolment.id,
      itemId: scenario.id,
      responseId: "own",
    });
    const attempt = await caller.learning.startAttempt({ enrolmentId: enrolment.id, itemId: quiz.id });
    const result = await caller.learning.submitAttempt({ attemptId: attempt.attemptId, answers: right });
    expect((await caller.learning.certificate({ id: result.certificateId! })).granted).toBeNull();
    expect((await org.db.expertise.findFirstOrThrow({ where: { staffMemberId: staff.id } })).level).toBe(4);
  });

  it("the attempt limit holds under concurrent starts", async () => {
    const course = await courseWithQuiz({ maxAttempts: 1 });
    const { staff, caller } = await newLearner();
    const enrolment = await enrol(course.id, staff.id);
    const { quiz } = await items(caller, enrolment.id);
    const starts = await Promise.all(
      [1, 2, 3].map(() => caller.learning.startAttempt({ enrolmentId: enrolment.id, itemId: quiz.id })),
    );
    expect(new Set(starts.map((s) => s.attemptId)).size).toBe(1);
    await caller.learning.submitAttempt({ attemptId: starts[0]!.attemptId, answers: {} });
    await expect(
      caller.learning.startAttempt({ enrolmentId: enrolment.id, itemId: quiz.id }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/used your only attempt/) });
    expect(await org.db.quizAttempt.count({ where: { enrolmentId: enrolment.id } })).toBe(1);
  });

  it("a submission after the time limit counts as an expired, failed attempt", async () => {
    const course = await courseWithQuiz({ timeLimitSeconds: 60 });
    const { staff, caller } = await newLearner();
    const enrolment = await enrol(course.id, staff.id);
    const { quiz } = await items(caller, enrolment.id);
    const attempt = await caller.learning.startAttempt({ enrolmentId: enrolment.id, itemId: quiz.id });
    expect(attempt.deadlineAt).toEqual(expect.any(Date));
    await org.db.quizAttempt.update({
      where: { id: attempt.attemptId },
      data: { startedAt: new Date(Date.now() - 120_000) },
    });
    expect(
      await caller.learning.submitAttempt({ attemptId: attempt.attemptId, answers: right }),
    ).toMatchObject({ passed: false, expired: true, percent: 0 });
  });

  it("an expired certificate lets the learner retake the course in a new cycle, keeping the old certificate", async () => {
    const course = await courseWithQuiz({ maxAttempts: 1 });
    const { staff, caller } = await newLearner();
    const enrolment = await enrol(course.id, staff.id);
    await org.db.enrolment.update({ where: { id: enrolment.id }, data: { recertifyMonths: 12 } });
    const { lesson, scenario, quiz } = await items(caller, enrolment.id);
    await caller.learning.completeLesson({ enrolmentId: enrolment.id, itemId: lesson.id });
    await caller.learning.chooseResponse({
      enrolmentId: enrolment.id,
      itemId: scenario.id,
      responseId: "own",
    });
    const first = await caller.learning.submitAttempt({
      attemptId: (await caller.learning.startAttempt({ enrolmentId: enrolment.id, itemId: quiz.id }))
        .attemptId,
      answers: right,
    });
    expect(await caller.learning.retake({ enrolmentId: enrolment.id })).toEqual({ restarted: false }); // still valid

    // Thirteen months later the certificate has expired.
    const longAgo = new Date(Date.now() - 400 * 86_400_000);
    await org.db.enrolment.update({
      where: { id: enrolment.id },
      data: { passedAt: longAgo, enrolledAt: longAgo },
    });
    await org.db.quizAttempt.updateMany({
      where: { enrolmentId: enrolment.id },
      data: { startedAt: longAgo },
    });
    expect(await caller.learning.course({ enrolmentId: enrolment.id })).toMatchObject({ expired: true });
    expect(
      (await caller.learning.plan()).courses.find((c) => c.enrolmentId === enrolment.id)?.entry,
    ).toMatchObject({ status: "EXPIRED", overdue: true });

    const [a, b] = await Promise.all([
      caller.learning.retake({ enrolmentId: enrolment.id }),
      caller.learning.retake({ enrolmentId: enrolment.id }),
    ]);
    expect([a.restarted, b.restarted].sort()).toEqual([false, true]);
    const restarted = await caller.learning.course({ enrolmentId: enrolment.id });
    expect(restarted).toMatchObject({ expired: false, passedAt: null, done: 0, resumeAt: lesson.id });
    // The one allowed attempt is available again in the new cycle.
    await caller.learning.completeLesson({ enrolmentId: enrolment.id, itemId: lesson.id });
    await caller.learning.chooseResponse({
      enrolmentId: enrolment.id,
      itemId: scenario.id,
      responseId: "own",
    });
    const second = await caller.learning.submitAttempt({
      attemptId: (await caller.learning.startAttempt({ enrolmentId: enrolment.id, itemId: quiz.id }))
        .attemptId,
      answers: right,
    });
    expect(second.certificateId).toEqual(expect.any(String));
    expect(second.certificateId).not.toBe(first.certificateId);
    expect(await org.db.certificate.count({ where: { enrolmentId: enrolment.id } })).toBe(2);
  });

  it("a learner cannot read or act on someone else's enrolment or attempt", async () => {
    const course = await courseWithQuiz();
    const owner = await newLearner();
    const other = await newLearner();
    const enrolment = await enrol(course.id, owner.staff.id);
    const { quiz, lesson } = await items(owner.caller, enrolment.id);
    const attempt = await owner.caller.learning.startAttempt({ enrolmentId: enrolment.id, itemId: quiz.id });
    await expect(other.caller.learning.course({ enrolmentId: enrolment.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      other.caller.learning.completeLesson({ enrolmentId: enrolment.id, itemId: lesson.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      other.caller.learning.submitAttempt({ attemptId: attempt.attemptId, answers: right }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      owner.caller.learning.completeLesson({ enrolmentId: enrolment.id, itemId: quiz.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await other.caller.learning.plan()).toMatchObject({ courses: [] });
    const noRecord = await createUser(org.db, { role: "HR" });
    expect(
      await (await callerFor(org.db, noRecord as Pick<User, "id" | "sessionVersion">)).learning.plan(),
    ).toEqual({ hasStaffRecord: false, overall: 0, courses: [] });
  });
});

describe("what a learner sees after a quiz attempt (the course's feedback settings)", () => {
  const explanations = /Own the delay first|Customers must be warned|Every fee/;
  const wrongWait = { ...right, wait: { kind: "single" as const, optionId: "queue" } };

  async function failOnce(opts: Parameters<typeof courseWithQuiz>[0]) {
    const course = await courseWithQuiz({ maxAttempts: 3, ...opts });
    const { staff, caller } = await newLearner();
    const enrolment = await enrol(course.id, staff.id);
    const { quiz } = await items(caller, enrolment.id);
    const attempt = await caller.learning.startAttempt({ enrolmentId: enrolment.id, itemId: quiz.id });
    const failed = await caller.learning.submitAttempt({ attemptId: attempt.attemptId, answers: wrongWait });
    return { course, caller, enrolment, quiz, failed };
  }

  it("score only: the response carries no question, answer or explanation", async () => {
    const { caller, failed } = await failOnce({ feedbackAfterFail: "SCORE" });
    expect(failed).toMatchObject({
      passed: false,
      correctCount: 2,
      total: 3,
      feedback: "SCORE",
      questions: [],
    });
    const text = JSON.stringify(failed);
    expect(text).not.toMatch(explanations);
    expect(text).not.toMatch(/correctAnswer|sorry|thirty-minute/);
    // Reading the result again is held to the same setting.
    expect(await caller.learning.attemptResult({ attemptId: failed.attemptId })).toMatchObject({
      feedback: "SCORE",
      questions: [],
    });
  });

  it("which questions were wrong: right or wrong per question, no correct answer", async () => {
    const { failed } = await failOnce({ feedbackAfterFail: "WRONG_QUESTIONS" });
    expect(failed.questions.map((q) => [q.questionId, q.correct]).sort()).toEqual([
      ["courier", true],
      ["fees", true],
      ["wait", false],
    ]);
    expect(failed.questions.every((q) => q.correctAnswer === null && q.explanation === null)).toBe(true);
    expect(JSON.stringify(failed)).not.toMatch(explanations);
  });

  it("correct answers: the author may reveal them after a failure", async () => {
    const { caller, failed } = await failOnce({ feedbackAfterFail: "CORRECT_ANSWERS" });
    expect(failed.questions.find((q) => q.questionId === "wait")).toMatchObject({
      correct: false,
      correctAnswer: { kind: "single", optionId: "sorry" },
      explanation: "Own the delay first.",
    });
    expect((await caller.learning.attemptResult({ attemptId: failed.attemptId })).feedback).toBe(
      "CORRECT_ANSWERS",
    );
  });

  it("after passing the pass setting applies, and a change of setting applies to results read later", async () => {
    const { course, caller, enrolment, quiz, failed } = await failOnce({ feedbackAfterPass: "SCORE" });
    const attempt = await caller.learning.startAttempt({ enrolmentId: enrolment.id, itemId: quiz.id });
    const passed = await caller.learning.submitAttempt({ attemptId: attempt.attemptId, answers: right });
    expect(passed).toMatchObject({ passed: true, feedback: "SCORE", questions: [] });
    expect(JSON.stringify(passed)).not.toMatch(explanations);

    const hr = await org.as("HR");
    const { segments, departments, positions, ...details } = await hr.courses.byId({ id: course.id });
    await hr.courses.updateDetails({
      id: course.id,
      data: {
        title: details.title,
        summary: details.summary,
        feedbackAfterFail: "CORRECT_ANSWERS",
        feedbackAfterPass: "CORRECT_ANSWERS",
        segmentIds: segments.map((x) => x.id),
        departmentIds: departments.map((x) => x.id),
        positionIds: positions.map((x) => x.id),
      },
    });
    expect((await caller.learning.attemptResult({ attemptId: failed.attemptId })).feedback).toBe(
      "CORRECT_ANSWERS",
    );
    expect(
      (await caller.learning.attemptResult({ attemptId: passed.attemptId })).questions.map(
        (q) => q.explanation,
      ),
    ).toEqual(expect.arrayContaining(["Own the delay first."]));
  });

  it("refuses a setting that does not exist", async () => {
    const hr = await org.as("HR");
    await expect(
      // @ts-expect-error: not one of the levels
      hr.courses.create({ title: "Bad feedback setting", feedbackAfterFail: "EVERYTHING" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

/**
 * The plan and the player read in one statement each (issue 13). The old Prisma reads are the reference: after
 * every test above (progress, attempts, certificates, a retake), each learner's plan and every course of theirs
 * read the same as Prisma's relation reads give, and nobody reads another learner's course.
 */
describe("the one-statement plan and player against the Prisma reads", () => {
  const learnerInclude = {
    course: { select: { id: true, title: true, summary: true } },
    version: { include: contentInclude },
    progress: { select: { itemId: true, responseId: true } },
    attempts: {
      orderBy: { number: "asc" },
      select: {
        id: true,
        itemId: true,
        number: true,
        startedAt: true,
        deadlineAt: true,
        submittedAt: true,
        correctCount: true,
        total: true,
        passed: true,
        expired: true,
      },
    },
    certificates: { orderBy: { issuedAt: "desc" }, take: 1, select: { id: true, verificationCode: true } },
  } satisfies Prisma.EnrolmentInclude;

  async function referencePlan(userId: string, locale: string, now: Date) {
    const staff = await org.db.staffMember.findUnique({ where: { userId }, select: { id: true } });
    if (!staff) return { hasStaffRecord: false, overall: 0, courses: [] };
    const mine = { staffMemberId: staff.id };
    const enrolments = await org.db.enrolment.findMany({
      where: mine,
      include: {
        course: { select: { id: true, title: true, summary: true } },
        version: { select: versionLanguagesSelect },
        certificates: {
          orderBy: { issuedAt: "desc" },
          take: 1,
          select: { id: true, verificationCode: true, expiresAt: true },
        },
      },
    });
    const itemsDone = await itemsDoneByEnrolment(org.db, mine);
    const itemsPer = await itemCountsByVersion(
      org.db,
      enrolments.map((e) => e.versionId),
    );
    const courses = enrolments
      .map((e) => {
        const itemsTotal = itemsPer.get(e.versionId) ?? 0;
        const done = itemsDone.get(e.id) ?? 0;
        const { title, summary, ...language } = courseLanguage(locale, e.version, e.course);
        return {
          enrolmentId: e.id,
          title,
          summary,
          language,
          itemsTotal,
          itemsDone: Math.min(done, itemsTotal),
          lastItemId: e.lastItemId,
          certificate: e.certificates[0] ?? null,
          entry: storedEnrolmentStatus(e, done, itemsTotal, now),
        };
      })
      .sort(comparePlanEntries);
    return { hasStaffRecord: true, overall: overallProgress(courses), courses };
  }

  it("reads every learner's plan and courses as before", async () => {
    const now = new Date();
    const users = await org.db.user.findMany({ select: { id: true, sessionVersion: true, locale: true } });
    const enrolments = await org.db.enrolment.findMany({
      include: { ...learnerInclude, staffMember: { select: { userId: true } } },
    });
    expect(enrolments.length).toBeGreaterThan(2);
    expect(enrolments.some((e) => e.attempts.length > 0 && e.certificates.length > 0)).toBe(true);
    for (const user of users) {
      const actor = { id: user.id, role: "STAFF" as const };
      expect(await myPlan(org.db, actor, user.locale, now)).toEqual(
        await referencePlan(user.id, user.locale, now),
      );
    }
    for (const e of enrolments) {
      const owner = users.find((u) => u.id === e.staffMember.userId)!;
      const view = await learnerCourse(org.db, { id: owner.id, role: "STAFF" }, e.id, owner.locale);
      const { title, summary } = courseLanguage(owner.locale, e.version, e.course);
      const done = new Set(e.progress.map((p) => p.itemId));
      const items = e.version.modules.flatMap((m) => m.items);
      expect({
        course: view.course,
        version: view.version,
        dueAt: view.dueAt,
        passedAt: view.passedAt,
        certificate: view.certificate,
        done: view.done,
        total: view.total,
        modules: view.modules.map((m) => ({
          id: m.id,
          items: m.items.map((i) => ({ id: i.id, done: i.done, attempts: i.attempts })),
        })),
      }).toEqual({
        course: { ...e.course, title, summary },
        version: e.version.version,
        dueAt: e.dueAt,
        passedAt: e.passedAt,
        certificate: e.certificates[0] ?? null,
        done: items.filter((i) => done.has(i.id)).length,
        total: items.length,
        modules: e.version.modules.map((m) => ({
          id: m.id,
          items: m.items.map((i) => ({
            id: i.id,
            done: done.has(i.id),
            attempts: e.attempts.filter((a) => a.itemId === i.id),
          })),
        })),
      });
      // Scenario choices come from the stored progress.
      const chosen = new Map(e.progress.map((p) => [p.itemId, p.responseId]));
      for (const item of view.modules.flatMap((m) => m.items))
        if ("scenario" in item && item.scenario)
          expect(item.scenario.chosen?.id ?? null).toBe(chosen.get(item.id) ?? null);
      for (const other of users.filter((u) => u.id !== owner.id))
        await expect(
          learnerCourse(org.db, { id: other.id, role: "STAFF" }, e.id, other.locale),
        ).rejects.toMatchObject({ key: "enrolmentNotFound" });
    }
  });
});
