/**
 * Stories become training (issue 18): a course author turns a published story into a scenario, the link to the
 * story survives every later version, the story lists the courses that use it, and refusals change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CourseContentInput } from "@portal/validators";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const as = {
  staffA: () => org.asUser(org.users.staffUserA),
  staffB: () => org.asUser(org.users.staffUserB),
  headA: () => org.asUser(org.users.headA),
  headB: () => org.asUser(org.users.headB),
  hr: () => org.asUser(org.users.hr),
  admin: () => org.asUser(org.users.admin),
};

const body = {
  situation:
    "A pensioner could not read the new card letter and was **afraid** of losing her [savings](https://example.com).",
  action: "I read the letter with her:\n\n- set up the card at the counter,\n- showed her the *app*.",
  outcome: "She came back with her neighbour the next week.",
  lesson: "Slow down for people who fear a change; do the first step with them.",
};

/** A story by staff A about segment A (shown by name), taken to the given status. */
async function story(title: string, to: "DRAFT" | "PUBLISHED" | "DECLINED") {
  const staffA = await as.staffA();
  const { id } = await staffA.stories.save({
    segmentId: org.org.segmentA.id,
    title,
    ...body,
    language: "en",
    showAuthorName: false,
  });
  if (to === "DRAFT") return id;
  await staffA.stories.submit({ id });
  const headA = await as.headA();
  if (to === "PUBLISHED") await headA.stories.moderate({ id, decision: "publish" });
  else await headA.stories.moderate({ id, decision: "decline", comment: "Not about a customer." });
  return id;
}

async function newCourse(title: string) {
  return (await as.hr()).courses.create({
    title,
    summary: "",
    segmentIds: [],
    departmentIds: [],
    positionIds: [],
  });
}

const content = (items: NonNullable<CourseContentInput["modules"]>[number]["items"]): CourseContentInput => ({
  outcome: null,
  modules: [{ title: "Customers who fear change", items }],
});

const itemRows = (courseId: string) =>
  org.db.courseItem.findMany({
    where: { module: { version: { courseId } } },
    select: { sourceStoryId: true, module: { select: { version: { select: { version: true } } } } },
  });

describe("stories become scenarios", () => {
  it("turns a published story into a scenario the author completes, publishes and a learner answers", async () => {
    const hr = await as.hr();
    const storyId = await story("Reading the card letter together", "PUBLISHED");
    const course = await newCourse("Serving customers who fear change");

    const draft = await hr.courses.scenarioFromStory({ courseId: course.id, storyId });
    expect(draft.story).toEqual({ id: storyId, title: "Reading the card letter together", language: "en" });
    expect(draft.item).toMatchObject({
      kind: "SCENARIO",
      title: "Reading the card letter together",
      sourceStoryId: storyId,
      content: {
        // The story's Markdown as the plain text a scenario shows.
        context: "A pensioner could not read the new card letter and was afraid of losing her savings.",
        customerSays: "",
        responses: [
          {
            id: "r1",
            text: "I read the letter with her:\n\n- set up the card at the counter,\n- showed her the app.",
            feedback: body.lesson,
            best: true,
          },
          { id: "r2", text: "", feedback: "", best: false },
        ],
      },
    });
    // Nothing saved yet, and the unfinished scenario (no customer words, no second response) is refused.
    expect(await itemRows(course.id)).toEqual([]);
    await expect(
      hr.courses.saveContent({ courseId: course.id, content: content([draft.item]) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await itemRows(course.id)).toEqual([]);

    const completed = {
      ...draft.item,
      content: {
        ...draft.item.content,
        customerSays: "I don't understand this letter. Is my money gone?",
        responses: [
          draft.item.content.responses[0]!,
          {
            id: "r2",
            text: "Everything is explained in the letter.",
            feedback: "She is left alone with her fear.",
            best: false,
          },
        ],
      },
    };
    await hr.courses.saveContent({ courseId: course.id, content: content([completed]) });
    expect(await itemRows(course.id)).toEqual([
      { sourceStoryId: storyId, module: { version: { version: 1 } } },
    ]);
    const authored = await hr.courses.byId({ id: course.id });
    expect(authored.storyTitles).toEqual({ [storyId]: "Reading the card letter together" });
    expect(authored.draft?.content.modules[0]?.items[0]).toMatchObject({ sourceStoryId: storyId });

    // A draft is listed to course authors only; they may use the story in a course, readers may not.
    expect((await hr.stories.get({ id: storyId })).canUseInCourse).toBe(true);
    expect((await (await as.headA()).stories.get({ id: storyId })).canUseInCourse).toBe(false);
    expect((await hr.stories.get({ id: storyId })).courses).toEqual([
      expect.objectContaining({ courseId: course.id, version: 1, status: "DRAFT", canEdit: true }),
    ]);
    expect((await (await as.staffB()).stories.get({ id: storyId })).courses).toEqual([]);

    await hr.courses.publish({ id: course.id });
    await hr.enrolments.enrol({ courseId: course.id, staffMemberIds: [org.org.staffB.id], dueDays: 14 });
    const enrolment = await org.db.enrolment.findFirstOrThrow({
      where: { courseId: course.id, staffMemberId: org.org.staffB.id },
    });
    const staffB = await as.staffB();
    const learner = await staffB.learning.course({ enrolmentId: enrolment.id });
    const item = learner.modules[0]!.items[0]!;
    await staffB.learning.chooseResponse({ enrolmentId: enrolment.id, itemId: item.id, responseId: "r1" });
    expect(await org.db.itemProgress.count({ where: { enrolmentId: enrolment.id, itemId: item.id } })).toBe(
      1,
    );

    const seen = await staffB.stories.get({ id: storyId });
    expect(seen.courses).toEqual([
      {
        courseId: course.id,
        title: "Serving customers who fear change",
        version: 1,
        status: "PUBLISHED",
        canEdit: false,
        enrolmentId: enrolment.id,
      },
    ]);
    // The anonymous author stays anonymous on the story page that lists the course.
    expect(seen.author).toBeNull();
    const headB = await as.headB();
    expect((await headB.stories.get({ id: storyId })).courses).toEqual([
      expect.objectContaining({
        courseId: course.id,
        status: "PUBLISHED",
        enrolmentId: null,
        canEdit: false,
      }),
    ]);
  });

  it("keeps the link when a published version is edited into the next draft, and lists the versions in use", async () => {
    const hr = await as.hr();
    const storyId = await story("The link survives", "PUBLISHED");
    const course = await newCourse("Versions keep their story");
    const draft = await hr.courses.scenarioFromStory({ courseId: course.id, storyId });
    const item = {
      ...draft.item,
      content: {
        ...draft.item.content,
        customerSays: "Help me.",
        responses: [
          draft.item.content.responses[0]!,
          { id: "r2", text: "Wait.", feedback: "Poor.", best: false },
        ],
      },
    };
    await hr.courses.saveContent({ courseId: course.id, content: content([item]) });
    await hr.courses.publish({ id: course.id });

    // The editor sends the published content back with an edit: version 2 is a new draft with the same link.
    const published = (await hr.courses.byId({ id: course.id })).published!.content;
    const edited = {
      ...published,
      modules: published.modules.map((m) => ({
        ...m,
        title: "Edited",
        items: m.items.map(({ id: _id, ...i }) => i),
      })),
    };
    const saved = await hr.courses.saveContent({ courseId: course.id, content: edited });
    expect(saved).toMatchObject({ version: 2, changed: true });
    expect(
      (await itemRows(course.id)).map((r) => [r.module.version.version, r.sourceStoryId]).sort(),
    ).toEqual([
      [1, storyId],
      [2, storyId],
    ]);
    expect((await hr.stories.get({ id: storyId })).courses.map((c) => [c.version, c.status])).toEqual([
      [2, "DRAFT"],
      [1, "PUBLISHED"],
    ]);
    await hr.courses.publish({ id: course.id });
    expect((await hr.stories.get({ id: storyId })).courses.map((c) => [c.version, c.status])).toEqual([
      [2, "PUBLISHED"],
    ]);
    expect((await hr.courses.byId({ id: course.id })).storyTitles).toEqual({
      [storyId]: "The link survives",
    });

    // An exchange file names no row of this installation: the link is neither exported nor imported.
    const file = await hr.courses.exportFile({ courseId: course.id, which: "published" });
    expect(JSON.stringify(file)).not.toContain(storyId);
    const withLink = structuredClone(file) as typeof file & {
      content: { modules: { items: Record<string, unknown>[] }[] };
    };
    withLink.course.title = "Imported with a link";
    withLink.content.modules[0]!.items[0]!.sourceStoryId = storyId;
    const imported = await hr.courses.importFile({ json: JSON.stringify(withLink) });
    expect(imported).toMatchObject({ ok: true });
    if (!imported.ok) return;
    expect(await itemRows(imported.courseId)).toEqual([
      { sourceStoryId: null, module: { version: { version: 1 } } },
    ]);
  });

  it("refuses draft, declined, unknown and unreadable stories, and changes nothing", async () => {
    const hr = await as.hr();
    const admin = await as.admin();
    const course = await newCourse("Refusals");
    const draftStory = await story("Still a draft", "DRAFT");
    const declined = await story("Declined", "DECLINED");
    const published = await story("Published", "PUBLISHED");
    const auditsBefore = await org.db.auditEvent.count();

    // A draft is its author's alone: not found, as for a story that does not exist.
    await expect(
      hr.courses.scenarioFromStory({ courseId: course.id, storyId: draftStory }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      cause: { key: "storyNotFound" },
    });
    await expect(
      admin.courses.scenarioFromStory({ courseId: course.id, storyId: "c00000000000000000000000" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", cause: { key: "storyNotFound" } });
    await expect(
      hr.courses.scenarioFromStory({ courseId: course.id, storyId: declined }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { key: "storyNotPublishedForScenario" },
    });
    await expect(
      hr.courses.scenarioFromStory({ courseId: "c00000000000000000000000", storyId: published }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", cause: { key: "courseNotFound" } });

    // Only course authors: not staff, and no head, the head of the story's own segment and another's alike.
    for (const caller of [as.staffA, as.headA, as.headB]) {
      await expect(
        (await caller()).courses.scenarioFromStory({ courseId: course.id, storyId: published }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }

    // Saving content that links to a declined or a draft story is refused too, and writes nothing.
    const scenario = (sourceStoryId: string) => ({
      kind: "SCENARIO" as const,
      title: "Linked",
      sourceStoryId,
      content: {
        context: "c",
        customerSays: "s",
        responses: [
          { id: "r1", text: "a", feedback: "f", best: true },
          { id: "r2", text: "b", feedback: "g", best: false },
        ],
      },
    });
    await expect(
      hr.courses.saveContent({ courseId: course.id, content: content([scenario(declined)]) }),
    ).rejects.toMatchObject({ code: "CONFLICT", cause: { key: "storyNotPublishedForScenario" } });
    await expect(
      hr.courses.saveContent({ courseId: course.id, content: content([scenario(draftStory)]) }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", cause: { key: "storyNotFound" } });
    expect(await itemRows(course.id)).toEqual([]);
    expect(await org.db.auditEvent.count()).toBe(auditsBefore);
  });
});
