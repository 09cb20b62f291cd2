import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CourseContentInput } from "@portal/validators";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const lesson = {
  kind: "LESSON" as const,
  title: "The employee is the link",
  body: "# Why\n\nEvery call is the company.",
  durationMinutes: 6,
};
const scenario = {
  kind: "SCENARIO" as const,
  title: "Half an hour on hold",
  content: {
    context: "A customer called and nobody answered for thirty minutes.",
    customerSays: "I have been waiting for half an hour!",
    responses: [
      {
        id: "own",
        text: "I am sorry you waited. Let me solve this now.",
        feedback: "Owning the delay first calms the call.",
        best: true,
      },
      {
        id: "queue",
        text: "Our queue was long today.",
        feedback: "An excuse makes the customer's time look cheap.",
        best: false,
      },
    ],
  },
};
const quiz = {
  kind: "QUIZ" as const,
  title: "Check yourself",
  content: {
    passMark: 70,
    maxAttempts: 2,
    questions: [
      {
        kind: "trueFalse" as const,
        id: "q1",
        prompt: "A courier may arrive unannounced.",
        explanation: "Warn the customer first.",
        correct: false,
      },
      {
        kind: "single" as const,
        id: "q2",
        prompt: "First words after a long wait?",
        explanation: "Own it.",
        options: [
          { id: "a", text: "Sorry" },
          { id: "b", text: "Queue" },
        ],
        correctOptionId: "a",
      },
    ],
  },
};
const content = (extra: Partial<CourseContentInput> = {}): CourseContentInput => ({
  modules: [{ title: "Basics", items: [lesson, scenario, quiz] }],
  ...extra,
});

async function newCourse(title = `Course ${Math.random().toString(36).slice(2, 8)}`) {
  const hr = await org.as("HR");
  return {
    hr,
    course: await hr.courses.create({
      title,
      segmentIds: [org.org.segmentA.id],
      departmentIds: [org.org.deptA.id],
    }),
  };
}

describe("course authoring", () => {
  it("a new course is an empty draft; saving fills it, unchanged saves change nothing, publishing needs content", async () => {
    const { hr, course } = await newCourse();
    await expect(hr.courses.publish({ id: course.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/at least one lesson/),
    });
    expect(await hr.courses.saveContent({ courseId: course.id, content: content() })).toMatchObject({
      version: 1,
      changed: true,
    });
    const events = await org.db.auditEvent.count({ where: { entityId: course.id } });
    expect(await hr.courses.saveContent({ courseId: course.id, content: content() })).toMatchObject({
      version: 1,
      changed: false,
    });
    expect(await org.db.auditEvent.count({ where: { entityId: course.id } })).toBe(events);

    expect(await hr.courses.publish({ id: course.id })).toEqual({ version: 1, changed: true });
    expect(await hr.courses.publish({ id: course.id })).toEqual({ version: 1, changed: false });
    const read = await hr.courses.byId({ id: course.id });
    expect(read.draft).toBeNull();
    expect(read.published?.content.modules[0]?.items.map((i) => i.kind)).toEqual([
      "LESSON",
      "SCENARIO",
      "QUIZ",
    ]);
    expect(read.segments.map((s) => s.name)).toEqual(["Segment A"]);
  });

  it("editing a published course creates the next version as a draft; learners keep theirs until it is published", async () => {
    const { hr, course } = await newCourse();
    await hr.courses.saveContent({ courseId: course.id, content: content() });
    await hr.courses.publish({ id: course.id });
    const v1 = await org.db.courseVersion.findFirstOrThrow({ where: { courseId: course.id, version: 1 } });
    await org.db.enrolment.create({
      data: { staffMemberId: org.org.staffA.id, courseId: course.id, versionId: v1.id, source: "MANUAL" },
    });

    const edited = content({ modules: [{ title: "Basics, revised", items: [lesson, quiz] }] });
    expect(await hr.courses.saveContent({ courseId: course.id, content: edited })).toMatchObject({
      version: 2,
      changed: true,
    });
    // Saving again edits the same draft rather than starting version 3.
    expect(
      await hr.courses.saveContent({
        courseId: course.id,
        content: content({ modules: [{ title: "Basics, revised twice", items: [lesson] }] }),
      }),
    ).toMatchObject({ version: 2 });
    await hr.courses.publish({ id: course.id });

    const versions = await org.db.courseVersion.findMany({
      where: { courseId: course.id },
      orderBy: { version: "asc" },
    });
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, "SUPERSEDED"],
      [2, "PUBLISHED"],
    ]);
    const enrolment = await org.db.enrolment.findFirstOrThrow({ where: { courseId: course.id } });
    expect(enrolment.versionId).toBe(v1.id);
    const v1Items = await org.db.courseItem.count({ where: { module: { versionId: v1.id } } });
    expect(v1Items).toBe(3);
  });

  it("concurrent saves of a published course start exactly one draft", async () => {
    const { hr, course } = await newCourse();
    await hr.courses.saveContent({ courseId: course.id, content: content() });
    await hr.courses.publish({ id: course.id });
    const edits = [1, 2, 3].map((n) => content({ modules: [{ title: `Edit ${n}`, items: [lesson] }] }));
    await Promise.all(edits.map((c) => hr.courses.saveContent({ courseId: course.id, content: c })));
    const drafts = await org.db.courseVersion.findMany({ where: { courseId: course.id, status: "DRAFT" } });
    expect(drafts.map((d) => d.version)).toEqual([2]);
  });

  it("refuses bad content with the path of the problem and writes nothing", async () => {
    const { hr, course } = await newCourse();
    const badQuiz = {
      ...quiz,
      content: { ...quiz.content, questions: [{ ...quiz.content.questions[1]!, correctOptionId: "z" }] },
    };
    await expect(
      hr.courses.saveContent({
        courseId: course.id,
        content: content({ modules: [{ title: "M", items: [badQuiz] }] }),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      hr.courses.saveContent({
        courseId: course.id,
        content: content({ outcome: { segmentId: "missing", level: 3 } }),
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/segment that does not exist/),
    });
    expect(await org.db.courseModule.count({ where: { version: { courseId: course.id } } })).toBe(0);
  });

  it("the first version cannot be discarded; a later draft can, and the published version stays", async () => {
    const { hr, course } = await newCourse();
    await expect(hr.courses.discardDraft({ id: course.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await hr.courses.saveContent({ courseId: course.id, content: content() });
    await hr.courses.publish({ id: course.id });
    await hr.courses.saveContent({
      courseId: course.id,
      content: content({ modules: [{ title: "Draft", items: [lesson] }] }),
    });
    expect(await hr.courses.discardDraft({ id: course.id })).toEqual({ discarded: true });
    expect((await hr.courses.byId({ id: course.id })).published?.version).toBe(1);
  });

  it("archived courses cannot be edited; lists filter by status and search", async () => {
    const { hr, course } = await newCourse("Archived course xyz");
    await hr.courses.setArchived({ id: course.id, archived: true });
    await expect(hr.courses.saveContent({ courseId: course.id, content: content() })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await hr.courses.list({ search: "xyz" })).total).toBe(0);
    expect(
      (await hr.courses.list({ search: "xyz", includeArchived: true })).items.map((c) => c.title),
    ).toEqual(["Archived course xyz"]);
    const drafts = await hr.courses.list({ status: "draft", includeArchived: true, pageSize: 100 });
    expect(drafts.items.every((c) => c.publishedVersion === null)).toBe(true);
  });
});

describe("course files", () => {
  it("exports a course by names and imports it back as a new draft with the same content", async () => {
    const { hr, course } = await newCourse("Exported course");
    await hr.courses.saveContent({
      courseId: course.id,
      content: content({ outcome: { segmentId: org.org.segmentA.id, level: 2 } }),
    });
    await hr.courses.publish({ id: course.id });
    const file = await hr.courses.exportFile({ courseId: course.id });
    expect(file.course).toMatchObject({
      title: "Exported course",
      segments: ["Segment A"],
      departments: ["Department A"],
    });
    expect(file.content.outcome).toEqual({ segment: "Segment A", level: 2 });
    const result = await hr.courses.importFile({ json: JSON.stringify(file) });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const imported = await hr.courses.byId({ id: result.courseId });
    expect(imported.draft?.content.outcome).toEqual({ segmentId: org.org.segmentA.id, level: 2 });
    const strip = (c: typeof imported.draft) =>
      c?.content.modules.map((m) => ({ title: m.title, items: m.items.map(({ id: _id, ...i }) => i) }));
    expect(strip(imported.draft)).toEqual(strip((await hr.courses.byId({ id: course.id })).published));
  });

  it("a bad file gets every problem with its place, and nothing is created", async () => {
    const hr = await org.as("HR");
    const before = await org.db.course.count();
    expect(await hr.courses.importFile({ json: "{ not json" })).toMatchObject({
      ok: false,
      issues: [{ path: "", message: "imports.notJson" }],
    });
    expect(await hr.courses.importFile({ json: JSON.stringify({ format: "something else" }) })).toMatchObject(
      {
        ok: false,
        issues: expect.arrayContaining([{ path: "format", message: "validation.courseFileFormat" }]),
      },
    );
    const file = {
      format: "customer-portal.course",
      formatVersion: 1,
      course: { title: "Imported", segments: ["Nobody's segment"] },
      content: { modules: [{ title: "M", items: [{ ...quiz, content: { ...quiz.content, passMark: 0 } }] }] },
    };
    expect(await hr.courses.importFile({ json: JSON.stringify(file) })).toMatchObject({
      ok: false,
      issues: [{ path: "content.modules[0].items[0].content.passMark", message: "validation.passMarkRange" }],
    });
    file.content.modules[0]!.items[0]!.content.passMark = 70;
    expect(await hr.courses.importFile({ json: JSON.stringify(file) })).toEqual({
      ok: false,
      issues: [
        {
          path: "course.segments[0]",
          message: "imports.segmentUnknown",
          values: { segment: "Nobody's segment" },
        },
      ],
    });
    expect(await org.db.course.count()).toBe(before);
  });
});
