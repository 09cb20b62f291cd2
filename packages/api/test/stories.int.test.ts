/**
 * Service stories (issue 18): the lifecycle, who sees what (by list and by id), anonymity, useful marks,
 * full-text search in each story's language, and refusals that change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@portal/db/factories";
import { callerFor, setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const body = {
  situation: "A customer came in worried about a **late payment**.",
  action: "I listened first, then showed the options on paper.",
  outcome: "She chose a plan and thanked us a week later.",
  lesson: "Start with the worry, not the product.",
};

const as = {
  staffA: () => org.asUser(org.users.staffUserA),
  staffB: () => org.asUser(org.users.staffUserB),
  headA: () => org.asUser(org.users.headA),
  headB: () => org.asUser(org.users.headB),
  hr: () => org.asUser(org.users.hr),
};

/** A story by staff A about segment A, taken through the given steps. */
async function storyOfA(
  opts: { title?: string; to?: "DRAFT" | "SUBMITTED" | "PUBLISHED"; showAuthorName?: boolean } = {},
) {
  const staffA = await as.staffA();
  const { id } = await staffA.stories.save({
    segmentId: org.org.segmentA.id,
    title: opts.title ?? "Listening before selling",
    ...body,
    tags: ["Payments", " worry "],
    language: "en",
    showAuthorName: opts.showAuthorName ?? false,
  });
  if (opts.to === "SUBMITTED" || opts.to === "PUBLISHED") await staffA.stories.submit({ id });
  if (opts.to === "PUBLISHED") await (await as.headA()).stories.moderate({ id, decision: "publish" });
  return id;
}

const storyCount = () => org.db.serviceStory.count();

describe("service stories", () => {
  it("goes from draft to submitted, returned with a comment, resubmitted and published, audited and notified", async () => {
    const staffA = await as.staffA();
    const headA = await as.headA();
    const id = await storyOfA({ title: "A lifecycle story" });
    const draft = await staffA.stories.get({ id });
    expect(draft).toMatchObject({ status: "DRAFT", tags: ["payments", "worry"], mine: true });
    expect(draft.can).toMatchObject({ edit: true, submit: true, moderate: false });

    await staffA.stories.submit({ id });
    const queue = await headA.stories.queue({});
    expect(queue.items.map((s) => s.id)).toContain(id);
    await expect(
      staffA.stories.save({ id, segmentId: org.org.segmentA.id, title: "Changed while submitted" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await headA.stories.moderate({ id, decision: "return", comment: "Say what the options were." });
    const returned = await staffA.stories.get({ id });
    expect(returned).toMatchObject({ status: "RETURNED", moderationComment: "Say what the options were." });
    await staffA.stories.save({
      id,
      segmentId: org.org.segmentA.id,
      title: "A lifecycle story",
      ...body,
      outcome: "She chose the three-month plan.",
      language: "en",
    });
    await staffA.stories.submit({ id });
    await headA.stories.moderate({ id, decision: "publish" });
    const published = await (await as.staffB()).stories.get({ id });
    expect(published).toMatchObject({ status: "PUBLISHED", outcome: "She chose the three-month plan." });
    expect(published.publishedAt).toBeInstanceOf(Date);

    const audits = await org.db.auditEvent.findMany({
      where: { entityType: "ServiceStory", entityId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.action)).toEqual([
      "story.create",
      "story.submit",
      "story.return",
      "story.update",
      "story.submit",
      "story.publish",
    ]);
    const notes = await org.db.notification.findMany({
      where: { userId: org.users.staffUserA.id, kind: { startsWith: "story." } },
      orderBy: { createdAt: "asc" },
    });
    expect(notes.map((n) => [n.kind, n.params, n.link])).toEqual([
      [
        "story.returned",
        { title: "A lifecycle story", comment: "Say what the options were." },
        `/stories/${id}`,
      ],
      ["story.published", { title: "A lifecycle story" }, `/stories/${id}`],
    ]);
  });

  it("declines with a reason, which is final", async () => {
    const id = await storyOfA({ to: "SUBMITTED" });
    const hr = await as.hr();
    await expect(hr.stories.moderate({ id, decision: "decline", comment: " " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await hr.stories.moderate({ id, decision: "decline", comment: "It names the customer." });
    const staffA = await as.staffA();
    await expect(staffA.stories.submit({ id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(hr.stories.moderate({ id, decision: "publish" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await org.db.serviceStory.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DECLINED",
      moderationComment: "It names the customer.",
      moderatorId: org.users.hr.id,
    });
  });

  it("shows drafts to their author only and the queue to moderators in scope: others get not found", async () => {
    const draft = await storyOfA();
    const submitted = await storyOfA({ to: "SUBMITTED" });
    const staffB = await as.staffB();
    const headA = await as.headA();
    const headB = await as.headB();
    for (const caller of [staffB, headA, headB, await as.hr()])
      await expect(caller.stories.get({ id: draft })).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const caller of [staffB, headB])
      await expect(caller.stories.get({ id: submitted })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await headA.stories.get({ id: submitted })).can.moderate).toBe(true);
    expect((await headB.stories.queue({})).items.map((s) => s.id)).not.toContain(submitted);
    expect((await (await as.hr()).stories.queue({ pageSize: 50 })).items.map((s) => s.id)).toContain(
      submitted,
    );
    await expect(headB.stories.moderate({ id: submitted, decision: "publish" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(headB.stories.moderate({ id: draft, decision: "publish" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      staffB.stories.save({ id: draft, segmentId: org.org.segmentA.id, title: "Taken over" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const searched = await staffB.stories.search({ pageSize: 50 });
    expect(searched.items.map((s) => s.id)).not.toContain(draft);
    expect(searched.items.map((s) => s.id)).not.toContain(submitted);
    expect((await org.db.serviceStory.findUniqueOrThrow({ where: { id: submitted } })).status).toBe(
      "SUBMITTED",
    );
  });

  it("never gives a staff reader or a head the author of an anonymous story; HR sees them", async () => {
    const id = await storyOfA({ title: "An anonymous story", to: "PUBLISHED" });
    await (await as.staffA()).stories.comment({ id, body: "The author adds a detail." });
    const author = org.users.staffUserA;
    for (const caller of [await as.staffB(), await as.headA(), await as.headB()]) {
      const story = await caller.stories.get({ id });
      expect(story.author).toBeNull();
      expect(story.department.name).toBe("Department A");
      expect(story.comments[0]).toMatchObject({ byStoryAuthor: true, authorName: null });
      const list = await caller.stories.search({ search: "anonymous", pageSize: 50 });
      expect(list.items.find((s) => s.id === id)?.author).toBeNull();
      for (const answer of [story, list])
        expect(JSON.stringify(answer)).not.toMatch(new RegExp(`${author.id}|${author.name}`));
    }
    expect((await (await as.hr()).stories.get({ id })).author).toEqual({ id: author.id, name: author.name });
    const named = await storyOfA({ title: "A named story", to: "PUBLISHED", showAuthorName: true });
    expect((await (await as.staffB()).stories.get({ id: named })).author?.name).toBe(author.name);
  });

  it("counts a useful mark once per person, toggles it, and refuses one on the author's own story", async () => {
    const id = await storyOfA({ to: "PUBLISHED" });
    const staffB = await as.staffB();
    expect(await staffB.stories.setUseful({ id, useful: true })).toEqual({ useful: true, usefulCount: 1 });
    expect(await staffB.stories.setUseful({ id, useful: true })).toEqual({ useful: true, usefulCount: 1 });
    expect(await (await as.headA()).stories.setUseful({ id, useful: true })).toMatchObject({
      usefulCount: 2,
    });
    expect((await staffB.stories.get({ id })).usefulByMe).toBe(true);
    expect(await staffB.stories.setUseful({ id, useful: false })).toEqual({ useful: false, usefulCount: 1 });
    await expect((await as.staffA()).stories.setUseful({ id, useful: true })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const draft = await storyOfA();
    await expect(staffB.stories.setUseful({ id: draft, useful: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      (await as.staffA()).stories.comment({ id: draft, body: "On a draft" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await org.db.storyUseful.count({ where: { storyId: id } })).toBe(1);
    const mostUseful = await staffB.stories.search({ sort: "useful" });
    expect(mostUseful.items[0]).toMatchObject({ id, usefulCount: 1 });
  });

  it("finds stories by inflected words in their own language: Swedish, Greek, Danish, French; Tagalog by the word", async () => {
    const staffB = await as.staffB();
    const write = async (language: "sv" | "el" | "da" | "fr" | "tl", title: string, situation: string) => {
      const { id } = await staffB.stories.save({
        segmentId: org.org.segmentB.id,
        title,
        situation,
        action: "—",
        outcome: "—",
        lesson: "—",
        language,
      });
      await staffB.stories.submit({ id });
      await (await as.hr()).stories.moderate({ id, decision: "publish" });
      return id;
    };
    const sv = await write(
      "sv",
      "Pensionären och bankkortet",
      "Kunderna ville förstå sina pensionsbesparingar.",
    );
    const el = await write(
      "el",
      "Ο πελάτης και η κάρτα",
      "Οι πελάτες ρώτησαν για τις χρεώσεις των λογαριασμών.",
    );
    const da = await write("da", "Kunden og kortet", "Kunderne ville forstå gebyrerne.");
    const fr = await write("fr", "La cliente et la carte", "Les clientes voulaient comprendre les frais.");
    const tl = await write("tl", "Ang kliyente at ang card", "Nagtanong ang kliyente tungkol sa bayarin.");
    const find = async (search: string, extra: object = {}) =>
      (await staffB.stories.search({ search, pageSize: 50, ...extra })).items.map((s) => s.id);

    // "kunden" is not in the Swedish story; "kunderna" is, and both stem to "kund" only with the swedish configuration.
    expect(await find("kunden")).toContain(sv);
    expect(await find("pensionsbesparing")).toContain(sv);
    // "πελάτη" / "χρέωση" appear only inflected ("πελάτες", "χρεώσεις") in the Greek story.
    expect(await find("χρέωση")).toContain(el);
    expect(await find("πελάτη")).toContain(el);
    expect(await find("kunder")).toContain(da);
    expect(await find("cliente")).toContain(fr);
    expect(await find("bayarin")).toContain(tl);
    expect(await find("kunden -pensionären")).not.toContain(sv);
    expect(await find("kunden", { language: "el" })).toEqual([]);
    expect(await find("", { segmentId: org.org.segmentB.id, language: "tl" })).toEqual([tl]);
    expect(await find("", { departmentId: org.org.deptA.id, language: "sv" })).toEqual([]);
    const hour = 3_600_000;
    expect(await find("kunden", { publishedFrom: new Date(Date.now() - hour) })).toContain(sv);
    expect(await find("kunden", { publishedTo: new Date(Date.now() - hour) })).toEqual([]);
  });

  it("filters by tag and ranks the title above the body", async () => {
    const staffA = await as.staffA();
    const inTitle = await storyOfA({ title: "Mortgage renewal done right", to: "PUBLISHED" });
    const { id: inBody } = await staffA.stories.save({
      segmentId: org.org.segmentA.id,
      title: "A calm afternoon",
      ...body,
      lesson: "Mortgage questions deserve time.",
      tags: ["calm"],
      language: "en",
    });
    await staffA.stories.submit({ id: inBody });
    await (await as.headA()).stories.moderate({ id: inBody, decision: "publish" });
    const found = await (await as.staffB()).stories.search({ search: "mortgage", pageSize: 50 });
    expect(found.items.map((s) => s.id).slice(0, 2)).toEqual([inTitle, inBody]);
    const tagged = await (await as.staffB()).stories.search({ tag: "Calm", pageSize: 50 });
    expect(tagged.items.map((s) => s.id)).toEqual([inBody]);
  });

  it("refuses bad input and out-of-scope calls without changing anything", async () => {
    const staffA = await as.staffA();
    const before = await storyCount();
    await expect(
      staffA.stories.save({ segmentId: "no-such-segment", title: "Lost", language: "en" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      staffA.stories.save({ segmentId: org.org.segmentA.id, title: "", language: "en" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      staffA.stories.save({ segmentId: org.org.segmentA.id, title: "x", language: "xx" as "en" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await storyCount()).toBe(before);

    const { id } = await staffA.stories.save({ segmentId: org.org.segmentA.id, title: "Half written" });
    expect((await org.db.serviceStory.findUniqueOrThrow({ where: { id } })).language).toBe("en");
    const incomplete = await staffA.stories.submit({ id }).catch((e: unknown) => e);
    expect(incomplete).toMatchObject({ code: "BAD_REQUEST" });
    expect(JSON.stringify((incomplete as { cause?: unknown }).cause)).toContain("situation");
    expect((await org.db.serviceStory.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    // Heads and HR without a staff record read but do not write; a STAFF account without one does neither.
    await expect(
      (await as.hr()).stories.save({ segmentId: org.org.segmentA.id, title: "By HR" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const loose = await createUser(org.db, { role: "STAFF", name: "No record" });
    await expect((await callerFor(org.db, loose)).stories.search({})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await storyCount()).toBe(before + 1);
  });
});
