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
    kind: "single" as const,
    id: "wait",
    prompt: "First words after a thirty-minute wait?",
    explanation: "Own the delay first.",
    options: [
      { id: "sorry", text: "I am sorry you waited" },
      { id: "queue", text: "The queue was long" },
      { id: "later", text: "Call back later" },
    ],
    correctOptionId: "sorry",
  },
  {
    kind: "ordering" as const,
    id: "steps",
    prompt: "Put the steps in order.",
    explanation: "Listen, then solve, then follow up.",
    items: [
      { id: "listen", text: "Listen" },
      { id: "solve", text: "Solve" },
      { id: "follow", text: "Follow up" },
    ],
  },
  {
    kind: "trueFalse" as const,
    id: "soften",
    prompt: "Soften complaints.",
    explanation: "Never.",
    correct: false,
  },
];

/** A course in English with a complete Swedish translation, except for its second lesson. */
async function translatedCourse() {
  const hr = await org.as("HR");
  const course = await hr.courses.create({
    title: `Waiting customers ${Math.random().toString(36).slice(2, 7)}`,
  });
  await hr.courses.saveContent({
    courseId: course.id,
    content: {
      outcome: { segmentId: org.org.segmentA.id, level: 2 },
      mainLocale: "en",
      locales: ["sv", "tl"],
      titles: { sv: { title: "Väntande kunder", summary: "" } },
      modules: [
        {
          title: "Basics",
          translations: { sv: { title: "Grunder" } },
          items: [
            {
              kind: "LESSON",
              title: "Who waits",
              body: "Everyone **waits** sometimes.",
              translations: { sv: { title: "Vem väntar", body: "Alla **väntar** ibland." } },
            },
            { kind: "LESSON", title: "Untranslated", body: "Only in English." },
            {
              kind: "SCENARIO",
              title: "On hold",
              content: {
                context: "Nobody answered for thirty minutes.",
                customerSays: "I have been waiting!",
                responses: [
                  { id: "own", text: "I am sorry.", feedback: "Owning it calms the call.", best: true },
                  { id: "excuse", text: "We were busy.", feedback: "An excuse.", best: false },
                ],
              },
              translations: {
                sv: {
                  title: "I kö",
                  context: "Ingen svarade på trettio minuter.",
                  customerSays: "Jag har väntat!",
                  responses: {
                    own: { text: "Förlåt.", feedback: "Att ta ansvar lugnar samtalet." },
                    excuse: { text: "Vi hade mycket.", feedback: "En ursäkt." },
                  },
                },
              },
            },
            {
              kind: "QUIZ",
              title: "Check",
              content: { passMark: 60, maxAttempts: 3, questions },
              translations: {
                sv: {
                  title: "Kontroll",
                  questions: {
                    wait: {
                      prompt: "Första orden efter trettio minuters väntan?",
                      explanation: "Ta ansvar för dröjsmålet först.",
                      choices: {
                        sorry: "Förlåt att du fick vänta",
                        queue: "Kön var lång",
                        later: "Ring senare",
                      },
                    },
                    steps: {
                      prompt: "Ordna stegen.",
                      explanation: "Lyssna, lös, följ upp.",
                      choices: { listen: "Lyssna", solve: "Lös", follow: "Följ upp" },
                    },
                    soften: { prompt: "Mildra klagomål.", explanation: "Aldrig." },
                  },
                },
              },
            },
          ],
        },
      ],
    },
  });
  return { hr, course };
}

async function learner(locale: string) {
  const user = await createUser(org.db, { role: "STAFF", locale });
  const staff = await createStaffMember(org.db, { userId: user.id, departmentId: org.org.deptA.id });
  return { user, staff, caller: await callerFor(org.db, user) };
}

async function enrol(courseId: string, staffMemberId: string) {
  await (await org.as("HR")).enrolments.enrol({ courseId, staffMemberIds: [staffMemberId], dueDays: 14 });
  return org.db.enrolment.findFirstOrThrow({ where: { courseId, staffMemberId } });
}

describe("courses in several languages", () => {
  it("the author's draft keeps its translations, and a version with untranslated parts may be published", async () => {
    const { hr, course } = await translatedCourse();
    const draft = (await hr.courses.byId({ id: course.id })).draft!;
    expect(draft.content).toMatchObject({ mainLocale: "en", locales: ["sv", "tl"] });
    expect(draft.content.modules[0]!.items[0]!.translations).toEqual({
      sv: { title: "Vem väntar", body: "Alla **väntar** ibland." },
    });
    // Saving what was read back (jsonb reorders keys) is recognised as unchanged.
    const again = await hr.courses.saveContent({ courseId: course.id, content: draft.content });
    expect(again.changed).toBe(false);
    expect(await hr.courses.publish({ id: course.id })).toMatchObject({ changed: true });
    // The published version is immutable: a translation edit starts the next draft.
    const published = (await hr.courses.byId({ id: course.id })).published!;
    expect(published.content.titles).toEqual({ sv: { title: "Väntande kunder", summary: "" } });
  });

  it("a Swedish learner gets Swedish content; an untranslated item falls back with a note; grading and certificates are the same", async () => {
    const { hr, course } = await translatedCourse();
    await hr.courses.publish({ id: course.id });
    const sv = await learner("sv");
    const en = await learner("en");
    const el = await learner("el");
    const svE = await enrol(course.id, sv.staff.id);
    const enE = await enrol(course.id, en.staff.id);
    const elE = await enrol(course.id, el.staff.id);

    const svView = await sv.caller.learning.course({ enrolmentId: svE.id });
    expect(svView.course.title).toBe("Väntande kunder");
    expect(svView.language).toEqual({ locale: "sv", mainLocale: "en", fallback: false });
    expect(svView.modules[0]!.title).toBe("Grunder");
    const [lesson, untranslated, scenario, quiz] = svView.modules[0]!.items;
    expect(lesson).toMatchObject({
      title: "Vem väntar",
      body: "Alla **väntar** ibland.",
      untranslated: false,
    });
    expect(untranslated).toMatchObject({
      title: "Untranslated",
      body: "Only in English.",
      untranslated: true,
    });
    expect(scenario).toMatchObject({
      title: "I kö",
      scenario: {
        customerSays: "Jag har väntat!",
        responses: [{ id: "own", text: "Förlåt." }, { id: "excuse" }],
      },
    });
    expect(quiz).toMatchObject({ title: "Kontroll", untranslated: false });

    // A Greek learner: the course is not offered in Greek, so the whole course is in English, flagged.
    const elView = await el.caller.learning.course({ enrolmentId: elE.id });
    expect(elView.language).toEqual({ locale: "en", mainLocale: "en", fallback: true });
    expect(elView.course.title).toBe(course.title);
    expect(elView.modules[0]!.items.every((i) => !i.untranslated)).toBe(true);
    const plan = await el.caller.learning.plan();
    expect(plan.courses.find((c) => c.enrolmentId === elE.id)!.language).toMatchObject({ fallback: true });
    expect((await sv.caller.learning.plan()).courses.find((c) => c.enrolmentId === svE.id)).toMatchObject({
      title: "Väntande kunder",
      language: { locale: "sv", fallback: false },
    });

    // The scenario's feedback comes in the learner's language; the choice is the shared id.
    const svChoice = await sv.caller.learning.chooseResponse({
      enrolmentId: svE.id,
      itemId: scenario!.id,
      responseId: "excuse",
    });
    const enChoice = await en.caller.learning.chooseResponse({
      enrolmentId: enE.id,
      itemId: scenario!.id,
      responseId: "excuse",
    });
    expect(svChoice).toMatchObject({ feedback: "En ursäkt.", best: false, bestIds: ["own"] });
    expect(svChoice.better).toEqual([
      { id: "own", text: "Förlåt.", feedback: "Att ta ansvar lugnar samtalet." },
    ]);
    expect(enChoice).toMatchObject({ feedback: "An excuse.", best: false, bestIds: ["own"] });

    for (const [who, e] of [
      [sv, svE],
      [en, enE],
    ] as const) {
      for (const item of svView.modules[0]!.items.filter((i) => i.kind === "LESSON"))
        await who.caller.learning.completeLesson({ enrolmentId: e.id, itemId: item.id });
    }

    // The same seed draws the same paper (ids and order) in both languages, and the same answers grade the same.
    const svAttempt = await sv.caller.learning.startAttempt({ enrolmentId: svE.id, itemId: quiz!.id });
    const enAttempt = await en.caller.learning.startAttempt({ enrolmentId: enE.id, itemId: quiz!.id });
    expect(svAttempt.questions.find((q) => q.id === "wait")!.prompt).toBe(
      "Första orden efter trettio minuters väntan?",
    );
    expect(enAttempt.questions.find((q) => q.id === "wait")!.prompt).toBe(
      "First words after a thirty-minute wait?",
    );
    await org.db.quizAttempt.update({
      where: { id: enAttempt.attemptId },
      data: {
        seed: (await org.db.quizAttempt.findUniqueOrThrow({ where: { id: svAttempt.attemptId } })).seed,
      },
    });
    const enPaper = await en.caller.learning.startAttempt({ enrolmentId: enE.id, itemId: quiz!.id });
    const shape = (qs: typeof svAttempt.questions) =>
      qs.map((q) => [
        q.id,
        "options" in q ? q.options.map((o) => o.id) : "items" in q ? q.items.map((o) => o.id) : [],
      ]);
    expect(shape(enPaper.questions)).toEqual(shape(svAttempt.questions));

    // Two of three right: 66.7 % passes the 60 % mark in either language.
    const answers = {
      wait: { kind: "single" as const, optionId: "sorry" },
      steps: { kind: "ordering" as const, itemIds: ["listen", "solve", "follow"] },
      soften: { kind: "trueFalse" as const, value: true },
    };
    const svResult = await sv.caller.learning.submitAttempt({ attemptId: svAttempt.attemptId, answers });
    const enResult = await en.caller.learning.submitAttempt({ attemptId: enAttempt.attemptId, answers });
    const graded = (r: typeof svResult) => ({
      passed: r.passed,
      correctCount: r.correctCount,
      total: r.total,
      percent: r.percent,
      questions: r.questions.map((q) => [q.questionId, q.correct, q.given, q.correctAnswer]),
    });
    expect(graded(svResult)).toEqual(graded(enResult));
    expect(svResult).toMatchObject({ passed: true, correctCount: 2, total: 3 });
    expect(svResult.questions.find((q) => q.questionId === "soften")!.explanation).toBe("Aldrig.");
    expect(enResult.questions.find((q) => q.questionId === "soften")!.explanation).toBe("Never.");

    // The certificates say the same: course (in its main language), version, expertise granted.
    const svCert = await sv.caller.learning.certificate({ id: svResult.certificateId! });
    const enCert = await en.caller.learning.certificate({ id: enResult.certificateId! });
    const same = (c: typeof svCert) => ({
      course: c.course,
      version: c.version,
      granted: c.granted,
      valid: c.valid,
    });
    expect(same(svCert)).toEqual(same(enCert));
    expect(svCert.course).toBe(course.title);
    expect(svCert.granted).toEqual({ segment: "Segment A", level: 2 });
  });

  it("a translation is part of the version: learners keep the one they started, and the import file carries translations", async () => {
    const { hr, course } = await translatedCourse();
    await hr.courses.publish({ id: course.id });
    const early = await learner("sv");
    const earlyE = await enrol(course.id, early.staff.id);
    const v1 = (await hr.courses.byId({ id: course.id })).published!.content;
    const modules = v1.modules.map((m) => ({
      ...m,
      items: m.items.map((i) =>
        i.kind === "LESSON" && i.title === "Untranslated"
          ? { ...i, translations: { sv: { title: "Översatt", body: "Nu på svenska." } } }
          : i,
      ),
    }));
    expect(await hr.courses.saveContent({ courseId: course.id, content: { ...v1, modules } })).toMatchObject({
      version: 2,
      changed: true,
    });
    await hr.courses.publish({ id: course.id });
    const late = await learner("sv");
    const lateE = await enrol(course.id, late.staff.id);
    const second = async (who: typeof early, enrolmentId: string) =>
      (await who.caller.learning.course({ enrolmentId })).modules[0]!.items[1]!;
    expect(await second(early, earlyE.id)).toMatchObject({ title: "Untranslated", untranslated: true });
    expect(await second(late, lateE.id)).toMatchObject({ title: "Översatt", untranslated: false });

    const file = await hr.courses.exportFile({ courseId: course.id, which: "published" });
    expect(file.content.locales).toEqual(["sv", "tl"]);
    const imported = await hr.courses.importFile({
      json: JSON.stringify({ ...file, course: { ...file.course, title: `${file.course.title} (copy)` } }),
    });
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    const copy = await hr.courses.byId({ id: imported.courseId });
    expect(copy.draft!.content.modules[0]!.items[2]!.translations).toEqual(
      file.content.modules[0]!.items[2]!.translations,
    );
    expect(copy.draft!.content.titles).toEqual(file.content.titles);
  });
});
