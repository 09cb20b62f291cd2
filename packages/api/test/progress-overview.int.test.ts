import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

async function course(title: string, publish: boolean) {
  const hr = await org.as("HR");
  const c = await hr.courses.create({ title });
  await hr.courses.saveContent({
    courseId: c.id,
    content: { modules: [{ title: "M", items: [{ kind: "LESSON", title: "L", body: "Text" }] }] },
  });
  if (publish) await hr.courses.publish({ id: c.id });
  return c;
}

describe("course options and the per-course overview of progress", () => {
  it("options list published, active courses only, for heads too", async () => {
    const published = await course("Alpha published", true);
    await course("Beta draft only", false);
    const archived = await course("Gamma archived", true);
    await (await org.as("HR")).courses.setArchived({ id: archived.id, archived: true });
    const options = await (await org.as("HEAD")).courses.options();
    expect(options).toEqual([{ id: published.id, title: "Alpha published" }]);
  });

  it("progress counts enrolments, completions and overdue per course within the caller's reach", async () => {
    const a = await course("Overview A", true);
    const b = await course("Overview B", true);
    const hr = await org.as("HR");
    await hr.enrolments.enrol({
      courseId: a.id,
      staffMemberIds: [org.org.staffA.id, org.org.staffB.id],
      dueDays: 0,
    });
    await hr.enrolments.enrol({ courseId: b.id, staffMemberIds: [org.org.staffA.id], dueDays: 30 });
    await org.db.enrolment.updateMany({
      where: { courseId: a.id, staffMemberId: org.org.staffB.id },
      data: { passedAt: new Date() },
    });
    const all = await hr.enrolments.progress({ status: "overdue" });
    expect(all.courses.map((c) => [c.course.title, c.enrolments, c.completed, c.overdue])).toEqual([
      ["Overview A", 2, 1, 1],
      ["Overview B", 1, 0, 0],
    ]);
    const head = await (await org.as("HEAD")).enrolments.progress({});
    expect(head.courses.map((c) => [c.course.title, c.enrolments])).toEqual([
      ["Overview A", 1],
      ["Overview B", 1],
    ]);
  });
});
