/**
 * Front-line feedback and segment insight (issue 18, items 2 and 3): the lifecycle from filing to closing,
 * author-only edits with their history, scopes by list, id and change (a head of another segment sees nothing),
 * the author's notification, nothing deletable, bad input changing nothing, and the weekly insight job writing the
 * same rows however often (and from however many servers) it runs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { weekStartUtc } from "@portal/domain";
import { V } from "@portal/validators";
import { appRouter } from "../src/root";
import { fieldErrorsOf } from "../src/errors";
import { storeFeedbackInsight } from "../src/services/feedback/insight";
import { callerFor, setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const DAY = 86_400_000;
const asHeadB = () => callerFor(org.db, org.users.headB);
const asStaffB = () => callerFor(org.db, org.users.staffUserB);

/** Everything a refused call must leave alone. */
const counts = async () =>
  Promise.all([
    org.db.feedback.count(),
    org.db.feedbackRevision.count(),
    org.db.notification.count(),
    org.db.auditEvent.count({ where: { entityType: "Feedback" } }),
  ]);

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError & { cause?: { key?: string } };
}

async function file(text = "Customers ask for a savings account for children they can open in the app.") {
  const staff = await org.as("STAFF");
  return staff.feedback.create({
    segmentId: org.org.segmentA.id,
    kind: "NEED",
    tags: ["  Mobile   App ", "mobile app", "FEES"],
    text,
  });
}

describe("feedback lifecycle", () => {
  it("reaches the segment's head and HR as written, and the reply reaches the author with a notification", async () => {
    const item = await file();
    expect(item).toMatchObject({ status: "NEW", reply: "", tags: ["mobile app", "fees"], version: 1 });
    expect(await org.db.auditEvent.count({ where: { action: "feedback.create", entityId: item.id } })).toBe(
      1,
    );

    const head = await org.as("HEAD");
    const inbox = await head.feedback.list({ view: "inbox" });
    expect(inbox.items.map((i) => [i.id, i.text])).toContainEqual([item.id, item.text]);
    const hr = await org.as("HR");
    expect((await hr.feedback.list({ view: "inbox", tag: "  MOBILE app" })).items.map((i) => i.id)).toContain(
      item.id,
    );

    const seen = await head.feedback.byId({ id: item.id });
    expect(seen).toMatchObject({ canRespond: true, canEdit: false, text: item.text });
    const acknowledged = await head.feedback.respond({
      id: item.id,
      responseVersion: seen.responseVersion,
      status: "ACKNOWLEDGED",
      reply: "Thank you: we are looking at it with the product team.",
    });
    expect(acknowledged.status).toBe("ACKNOWLEDGED");
    const audit = await org.db.auditEvent.findFirstOrThrow({
      where: { action: "feedback.respond", entityId: item.id },
    });
    expect(audit).toMatchObject({
      actorId: org.users.headA.id,
      before: { status: "NEW", reply: "" },
      after: { status: "ACKNOWLEDGED" },
    });

    const staff = await org.as("STAFF");
    const mine = await staff.feedback.byId({ id: item.id });
    expect(mine).toMatchObject({
      status: "ACKNOWLEDGED",
      reply: "Thank you: we are looking at it with the product team.",
      respondedBy: { name: "Head A" },
      canEdit: true,
      canRespond: false,
    });
    const notes = await staff.notifications.list({ page: 1, pageSize: 10, unreadOnly: false });
    expect(notes.items[0]).toMatchObject({
      link: `/feedback/${item.id}`,
      content: { kind: "feedback.responded", params: { status: "ACKNOWLEDGED", replied: true } },
    });

    // Planned, then closed by HR; the same answer again changes nothing and notifies no one twice.
    const planned = await head.feedback.respond({
      id: item.id,
      responseVersion: 1,
      status: "PLANNED",
      reply: "Thank you: we are looking at it with the product team.",
    });
    expect(planned.status).toBe("PLANNED");
    await hr.feedback.respond({
      id: item.id,
      responseVersion: 2,
      status: "DONE",
      reply: "Live since Monday.",
    });
    const before = await counts();
    await hr.feedback.respond({
      id: item.id,
      responseVersion: 3,
      status: "DONE",
      reply: "Live since Monday.",
    });
    expect(await counts()).toEqual(before);
    const closed = await staff.feedback.list({ view: "mine", status: "DONE" });
    expect(closed.items.map((i) => i.id)).toEqual([item.id]);
    expect(
      await org.db.notification.findMany({
        where: { userId: org.users.staffUserA.id },
        select: { params: true },
      }),
    ).toHaveLength(3);

    // An answer given on an outdated view is refused, and changes nothing.
    const stale = await refusal(
      head.feedback.respond({ id: item.id, responseVersion: 1, status: "WONT_DO", reply: "" }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(await counts()).toEqual(before);
  });

  it("lets only the author edit, keeping every earlier version", async () => {
    const item = await file("Pensioners complain that the branch queue is long on Mondays.");
    const staff = await org.as("STAFF");
    const edited = await staff.feedback.update({
      id: item.id,
      version: 1,
      kind: "COMPLAINT",
      tags: ["queue", "Branch"],
      text: "Pensioners complain that the branch queue is long on Monday mornings.",
    });
    expect(edited).toMatchObject({ version: 2, kind: "COMPLAINT", tags: ["queue", "branch"] });
    // The same values again: no new version.
    await staff.feedback.update({
      id: item.id,
      version: 2,
      kind: "COMPLAINT",
      tags: ["queue", "branch"],
      text: edited.text,
    });
    const view = await staff.feedback.byId({ id: item.id });
    expect(view.revisions).toMatchObject([
      { version: 1, kind: "NEED", tags: ["mobile app", "fees"], text: item.text },
    ]);
    expect(await org.db.auditEvent.count({ where: { action: "feedback.edit", entityId: item.id } })).toBe(1);

    const before = await counts();
    const edit = {
      id: item.id,
      version: 2,
      kind: "PRAISE" as const,
      tags: [],
      text: "Rewritten by someone else",
    };
    const byHead = await refusal((await org.as("HEAD")).feedback.update(edit));
    expect(byHead).toMatchObject({ code: "FORBIDDEN", cause: { key: "feedbackAuthorOnly" } });
    expect((await refusal((await org.as("HR")).feedback.update(edit))).code).toBe("FORBIDDEN");
    expect((await refusal((await asStaffB()).feedback.update(edit))).code).toBe("NOT_FOUND");
    expect((await refusal((await asHeadB()).feedback.update(edit))).code).toBe("NOT_FOUND");
    // The author's own edit of an outdated version (another tab) is refused too.
    expect((await refusal(staff.feedback.update({ ...edit, version: 1 }))).code).toBe("CONFLICT");
    expect(await counts()).toEqual(before);
    expect(await staff.feedback.byId({ id: item.id })).toMatchObject({ version: 2, text: edited.text });
  });

  it("hides a segment's feedback from the head of another segment and from other staff, by list, id and change", async () => {
    const item = await file("Young adults ask whether they can split a bill with friends in the app.");
    const headB = await asHeadB();
    expect((await headB.feedback.list({ view: "inbox", pageSize: 100 })).items).toEqual([]);
    expect((await headB.feedback.list({ view: "inbox", segmentId: org.org.segmentA.id })).total).toBe(0);
    expect((await refusal(headB.feedback.byId({ id: item.id }))).code).toBe("NOT_FOUND");
    const before = await counts();
    const change = headB.feedback.respond({
      id: item.id,
      responseVersion: 0,
      status: "WONT_DO",
      reply: "No.",
    });
    expect((await refusal(change)).cause?.key).toBe("feedbackNotFound");
    expect(await counts()).toEqual(before);

    const staffB = await asStaffB();
    expect((await staffB.feedback.list({ view: "inbox" })).items).toEqual([]);
    expect((await refusal(staffB.feedback.byId({ id: item.id }))).code).toBe("NOT_FOUND");
    expect(
      (
        await refusal(
          (await org.as("STAFF")).feedback.respond({
            id: item.id,
            responseVersion: 0,
            status: "DONE",
            reply: "",
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");

    // A head files feedback about another segment too: they read their own item, but may not answer it.
    const own = await headB.feedback.create({
      segmentId: org.org.segmentA.id,
      kind: "SUGGESTION",
      tags: [],
      text: "Heard at a conference: customers of segment A want evening appointments.",
    });
    expect((await headB.feedback.byId({ id: own.id })).canRespond).toBe(false);
    expect((await headB.feedback.list({ view: "inbox" })).items).toEqual([]);
    expect((await headB.feedback.list({ view: "mine" })).items.map((i) => i.id)).toEqual([own.id]);
    expect(
      (await refusal(headB.feedback.respond({ id: own.id, responseVersion: 0, status: "DONE", reply: "" })))
        .code,
    ).toBe("NOT_FOUND");
  });

  it("deletes nothing: no procedure does, the database refuses, and a segment with feedback stays", async () => {
    const item = await file();
    const feedbackProcedures = Object.keys(appRouter._def.procedures).filter((p) =>
      p.startsWith("feedback."),
    );
    expect(feedbackProcedures.filter((p) => /delete|remove|archive/i.test(p))).toEqual([]);
    await expect(org.db.feedback.delete({ where: { id: item.id } })).rejects.toThrow();
    expect(await org.db.feedback.count({ where: { id: item.id } })).toBe(1);

    const segment = await org.db.customerSegment.create({
      data: { name: "Feedback kept", kind: "INDIVIDUALS" },
    });
    await (
      await org.as("STAFF")
    ).feedback.create({ segmentId: segment.id, kind: "PRAISE", tags: [], text: "Great!" });
    const refused = await refusal((await org.as("ADMIN")).segments.delete({ id: segment.id }));
    expect(refused).toMatchObject({ code: "CONFLICT", cause: { key: "segmentHasFeedback" } });
  });

  it("refuses bad input with field errors and changes nothing", async () => {
    const staff = await org.as("STAFF");
    const before = await counts();
    const base = { segmentId: org.org.segmentA.id, kind: "NEED" as const, tags: [], text: "A need" };
    const cases: [unknown, string, string][] = [
      [{ ...base, text: "   " }, "text", V.required],
      [{ ...base, text: "x".repeat(4001) }, "text", V.tooLong],
      [{ ...base, text: "bad\u0000text" }, "text", V.invalidCharacters],
      [{ ...base, tags: Array.from({ length: 11 }, (_, i) => `tag ${i}`) }, "tags", V.tagsTooMany],
      [{ ...base, tags: ["x".repeat(41)] }, "tags", V.tooLong],
      [{ ...base, kind: "RUMOUR" }, "kind", V.choose],
    ];
    for (const [input, field, message] of cases) {
      const error = await refusal(staff.feedback.create(input as typeof base));
      expect(error.code).toBe("BAD_REQUEST");
      expect((fieldErrorsOf(error)?.fieldErrors as Record<string, string[]>)[field]).toContain(message);
    }
    // Eleven spellings of one tag are one tag: allowed.
    const one = await staff.feedback.create({
      ...base,
      tags: Array.from({ length: 11 }, (_, i) => (i % 2 ? " FEES" : "fees ") + " ".repeat(i)),
    });
    expect(one.tags).toEqual(["fees"]);
    const after = await counts();
    expect(after[0]).toBe(before[0] + 1);

    const unknown = await refusal(staff.feedback.create({ ...base, segmentId: "no-such-segment" }));
    expect(unknown.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(unknown)?.fieldErrors).toMatchObject({ segmentId: ["errors.segmentNotFound"] });
    expect(await counts()).toEqual(after);
  });
});

describe("segment insight", () => {
  /** A moment in the week `weeksAgo` weeks before the current one (Tuesday noon UTC). */
  const inWeek = (weeksAgo: number) =>
    new Date(weekStartUtc(new Date()).getTime() - weeksAgo * 7 * DAY + DAY + 12 * 3_600_000);

  let segmentId: string;
  beforeAll(async () => {
    // Its own segment (head A's second department), so the other tests' feedback does not count.
    const segment = await org.db.customerSegment.create({
      data: { name: "Insight segment", kind: "INDIVIDUALS" },
    });
    segmentId = segment.id;
    await org.db.department.create({
      data: { name: "Insight department", segmentId, headId: org.users.headA.id },
    });
    const rows: { weeksAgo: number; kind: "NEED" | "COMPLAINT" | "PRAISE"; tags: string[] }[] = [];
    for (let w = 11; w >= 1; w--) rows.push({ weeksAgo: w, kind: "PRAISE", tags: ["friendly staff"] });
    // "waiting time": once in the earlier period, six times in the last four weeks -> rising.
    rows.push({ weeksAgo: 6, kind: "COMPLAINT", tags: ["waiting time"] });
    for (const w of [3, 3, 2, 1, 1])
      rows.push({ weeksAgo: w, kind: "COMPLAINT", tags: ["waiting time", "branch"] });
    rows.push({ weeksAgo: 0, kind: "NEED", tags: ["waiting time"] }); // the current week, counted live
    await org.db.feedback.createMany({
      data: rows.map((r, i) => ({
        segmentId,
        authorId: org.users.staffUserA.id,
        kind: r.kind,
        tags: r.tags,
        text: `Feedback ${i}`,
        createdAt: inWeek(r.weeksAgo),
      })),
    });
  });

  const stored = () =>
    org.db.feedbackWeek.findMany({
      orderBy: [{ segmentId: "asc" }, { weekOf: "asc" }],
      select: {
        weekOf: true,
        segmentId: true,
        total: true,
        need: true,
        complaint: true,
        suggestion: true,
        praise: true,
        competitor: true,
        tagCounts: true,
      },
    });

  it("stores the last 12 complete weeks per active segment, the same rows however often and wherever it runs", async () => {
    const now = new Date();
    const first = await storeFeedbackInsight(org.db, now);
    const segments = await org.db.customerSegment.count({ where: { archived: false } });
    expect(first).toMatchObject({ weeks: 12, segments, rows: segments * 12 });
    const once = await stored();
    expect(once).toHaveLength(segments * 12);
    const ids = (await org.db.feedbackWeek.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map(
      (r) => r.id,
    );

    await storeFeedbackInsight(org.db, now);
    await Promise.all([storeFeedbackInsight(org.db, now), storeFeedbackInsight(org.db, now)]); // two servers
    expect(await stored()).toEqual(once);
    expect(
      (await org.db.feedbackWeek.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((r) => r.id),
    ).toEqual(ids);

    const week3 = once.find(
      (r) => r.segmentId === segmentId && r.weekOf.getTime() === weekStartUtc(inWeek(3)).getTime(),
    );
    expect(week3).toMatchObject({
      total: 3,
      complaint: 2,
      praise: 1,
      tagCounts: { "waiting time": 2, branch: 2, "friendly staff": 1 },
    });
  });

  it("shows a head their segment's weeks by kind, top tags, the live current week and the rising tag", async () => {
    await storeFeedbackInsight(org.db, new Date());
    const head = await org.as("HEAD");
    expect((await head.feedback.insightSegments()).map((s) => s.id)).toContain(segmentId);
    const insight = await head.feedback.insight({ segmentId });
    expect(insight.weeks).toHaveLength(12);
    expect(insight.weeks.slice(0, -1).every((w) => !w.live)).toBe(true);
    expect(insight.weeks.at(-1)).toMatchObject({ live: true, total: 1, byKind: { NEED: 1 } });
    expect(insight.weeks.at(-2)).toMatchObject({ total: 3, byKind: { COMPLAINT: 2, PRAISE: 1 } });
    expect(insight.weeks.at(-2)!.topTags[0]).toEqual({ tag: "branch", count: 2 });
    expect(insight.rising.map((r) => r.tag)).toContain("waiting time");
    expect(insight.rising.find((r) => r.tag === "waiting time")).toMatchObject({ recent: 6, previous: 1 });
    expect(insight.rising.map((r) => r.tag)).not.toContain("friendly staff");
    expect(insight.topTags[0]).toEqual({ tag: "friendly staff", count: 11 });
  });

  it("refuses another segment's head and staff", async () => {
    const headB = await asHeadB();
    expect((await headB.feedback.insightSegments()).map((s) => s.id)).toEqual([org.org.segmentB.id]);
    expect((await refusal(headB.feedback.insight({ segmentId }))).code).toBe("NOT_FOUND");
    expect((await refusal((await org.as("STAFF")).feedback.insight({ segmentId }))).code).toBe("FORBIDDEN");
  });
});
