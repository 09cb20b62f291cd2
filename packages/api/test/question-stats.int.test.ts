import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffMember, createUser } from "@portal/db/factories";
import { callerFor, setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const questions = [
  {
    kind: "trueFalse" as const,
    id: "courier",
    prompt: "A courier may arrive unannounced.",
    explanation: "Warn first.",
    correct: false,
  },
  {
    kind: "single" as const,
    id: "wait",
    prompt: "First words after a long wait?",
    explanation: "Own the delay.",
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
    explanation: "Every fee.",
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
  fees: { kind: "multiple" as const, optionIds: ["account", "card"] },
};

async function publishedQuizCourse() {
  const hr = await org.as("HR");
  const course = await hr.courses.create({ title: `Stats ${Math.random().toString(36).slice(2, 7)}` });
  await hr.courses.saveContent({
    courseId: course.id,
    content: {
      modules: [
        {
          title: "Check",
          items: [
            {
              kind: "QUIZ",
              title: "Fees quiz",
              content: { passMark: 100, maxAttempts: 3, timeLimitSeconds: 60, questions },
            },
          ],
        },
      ],
    },
  });
  await hr.courses.publish({ id: course.id });
  return course;
}

async function learnerTakes(
  courseId: string,
  answers: Record<string, unknown>[],
  opts: { expireLast?: boolean; leaveOpen?: boolean } = {},
) {
  const user = await createUser(org.db, { role: "STAFF" });
  const staff = await createStaffMember(org.db, { userId: user.id, departmentId: org.org.deptA.id });
  await (await org.as("HR")).enrolments.enrol({ courseId, staffMemberIds: [staff.id], dueDays: 7 });
  const enrolment = await org.db.enrolment.findFirstOrThrow({ where: { courseId, staffMemberId: staff.id } });
  const me = await callerFor(org.db, user);
  const quiz = (await me.learning.course({ enrolmentId: enrolment.id })).modules[0]!.items[0]!;
  for (const [i, a] of answers.entries()) {
    const attempt = await me.learning.startAttempt({ enrolmentId: enrolment.id, itemId: quiz.id });
    if (opts.expireLast && i === answers.length - 1) {
      // Started long ago: the server grades it as expired.
      await org.db.quizAttempt.update({
        where: { id: attempt.attemptId },
        data: { startedAt: new Date(Date.now() - 3600_000), deadlineAt: new Date(Date.now() - 3540_000) },
      });
    }
    await me.learning.submitAttempt({ attemptId: attempt.attemptId, answers: a as never });
  }
  if (opts.leaveOpen) await me.learning.startAttempt({ enrolmentId: enrolment.id, itemId: quiz.id });
}

describe("question statistics", () => {
  it("counts per question how many submitted attempts got it wrong, worst first; open and expired attempts are left out", async () => {
    const course = await publishedQuizCourse();
    // Learner 1: wrong fees, then all right. Learner 2: wrong courier and fees, an open attempt left.
    await learnerTakes(course.id, [{ ...right, fees: { kind: "multiple", optionIds: ["account"] } }, right]);
    await learnerTakes(
      course.id,
      [
        {
          ...right,
          courier: { kind: "trueFalse", value: true },
          fees: { kind: "multiple", optionIds: ["coffee"] },
        },
      ],
      { leaveOpen: true },
    );
    // Learner 3: an expired attempt with every answer wrong must not count.
    await learnerTakes(course.id, [{ courier: { kind: "trueFalse", value: true } }], { expireLast: true });

    const stats = await (await org.as("HR")).courses.questionStats({ courseId: course.id });
    expect(stats.quizzes).toHaveLength(1);
    const quiz = stats.quizzes[0]!;
    expect(quiz).toMatchObject({ title: "Fees quiz", version: 1, status: "PUBLISHED", attempts: 3 });
    expect(quiz.questions.map((q) => [q.questionId, q.attempts, q.wrong])).toEqual([
      ["fees", 3, 2],
      ["courier", 3, 1],
      ["wait", 3, 0],
    ]);
    expect(quiz.questions[0]!.failureRate).toBeCloseTo(2 / 3);
    expect(quiz.questions[0]!.prompt).toBe("Which fees must be mentioned?");
  });

  it("a course without attempts lists its questions with zero counts; an unknown course is not found", async () => {
    const course = await publishedQuizCourse();
    const stats = await (await org.as("ADMIN")).courses.questionStats({ courseId: course.id });
    expect(
      stats.quizzes[0]!.questions.every((q) => q.attempts === 0 && q.wrong === 0 && q.failureRate === 0),
    ).toBe(true);
    await expect((await org.as("HR")).courses.questionStats({ courseId: "missing" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
