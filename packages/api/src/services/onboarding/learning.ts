import { Prisma, writeAudit, type Db } from "@portal/db";
import { addDays, addMonths, comparePlanEntries, overallProgress } from "@portal/domain";
import { scenarioContent, type ScenarioContent } from "@portal/validators";
import { badRequest, notFound } from "../../errors";
import { passCourseIfComplete } from "./completion";
import { itemOfEnrolment, ownEnrolment } from "./learner-access";
import { storedEnrolmentStatus } from "./plan";
import {
  courseLanguage,
  learnerLocale,
  localizedItem,
  localizedModuleTitle,
  versionLanguagesSelect,
} from "./localize";
import type { Actor } from "../../actor";

/** Epoch milliseconds of a stored timestamp (Prisma stores UTC without a zone; `extract` reads it as UTC). */
const epochMs = (column: Prisma.Sql) => Prisma.sql`floor(extract(epoch FROM ${column}) * 1000)`;
const dateOf = (ms: number | null) => (ms === null ? null : new Date(ms));

type PlanRow = {
  id: string;
  versionId: string;
  enrolledAt: number;
  dueAt: number | null;
  recertifyMonths: number | null;
  passedAt: number | null;
  lastItemId: string | null;
  course: { id: string; title: string; summary: string };
  version: { mainLocale: string; locales: string[]; titles: Prisma.JsonValue };
  certificate: { id: string; verificationCode: string; expiresAt: number | null } | null;
  itemsDone: number;
  itemsTotal: number;
};

/**
 * "My onboarding": every course of the caller with status, due date and progress; overdue first. Titles are in the
 * learner's language (`locale`, the user's) when the course is offered in it; `language.fallback` says it is not.
 * One statement (the caller's own staff record, its enrolments with course, version languages, latest
 * certificate and counts): the learner opens this page on every visit, and each Prisma relation was a statement
 * of its own (bench:load, issue 13).
 */
export async function myPlan(db: Db, actor: Actor, locale: string, now = new Date()) {
  const [staff] = await db.$queryRaw<{ enrolments: PlanRow[] }[]>`
    SELECT (SELECT coalesce(json_agg(json_build_object(
        'id', e."id", 'versionId', e."versionId", 'enrolledAt', ${epochMs(Prisma.sql`e."enrolledAt"`)},
        'dueAt', ${epochMs(Prisma.sql`e."dueAt"`)}, 'recertifyMonths', e."recertifyMonths",
        'passedAt', ${epochMs(Prisma.sql`e."passedAt"`)}, 'lastItemId', e."lastItemId",
        'course', json_build_object('id', c."id", 'title', c."title", 'summary', c."summary"),
        'version', json_build_object('mainLocale', v."mainLocale", 'locales', v."locales", 'titles', v."titles"),
        'certificate', (SELECT json_build_object('id', ce."id", 'verificationCode', ce."verificationCode",
                                                 'expiresAt', ${epochMs(Prisma.sql`ce."expiresAt"`)})
                          FROM "Certificate" ce WHERE ce."enrolmentId" = e."id"
                         ORDER BY ce."issuedAt" DESC LIMIT 1),
        'itemsDone', (SELECT count(*) FROM "ItemProgress" ip WHERE ip."enrolmentId" = e."id"),
        'itemsTotal', (SELECT count(i."id") FROM "CourseModule" m JOIN "CourseItem" i ON i."moduleId" = m."id"
                        WHERE m."versionId" = e."versionId"))), '[]')
      FROM "Enrolment" e JOIN "Course" c ON c."id" = e."courseId" JOIN "CourseVersion" v ON v."id" = e."versionId"
     WHERE e."staffMemberId" = s."id") AS "enrolments"
    FROM "StaffMember" s WHERE s."userId" = ${actor.id}`;
  if (!staff) return { hasStaffRecord: false, overall: 0, courses: [] };
  const courses = staff.enrolments
    .map((e) => {
      const stored = {
        enrolledAt: new Date(e.enrolledAt),
        dueAt: dateOf(e.dueAt),
        recertifyMonths: e.recertifyMonths,
        passedAt: dateOf(e.passedAt),
      };
      const { title, summary, ...language } = courseLanguage(locale, e.version, e.course);
      return {
        enrolmentId: e.id,
        title,
        summary,
        language,
        itemsTotal: e.itemsTotal,
        itemsDone: Math.min(e.itemsDone, e.itemsTotal),
        lastItemId: e.lastItemId,
        certificate: e.certificate && { ...e.certificate, expiresAt: dateOf(e.certificate.expiresAt) },
        entry: storedEnrolmentStatus(stored, e.itemsDone, e.itemsTotal, now),
      };
    })
    .sort(comparePlanEntries);
  return { hasStaffRecord: true, overall: overallProgress(courses), courses };
}

type Item = Pick<
  Prisma.CourseItemGetPayload<object>,
  "id" | "kind" | "title" | "body" | "durationMinutes" | "content" | "translations"
>;
type Language = { locale: string; mainLocale: string };

/**
 * The learner's choice with its feedback; a poor choice is marked as such and comes with the better
 * response(s) and their reasoning, so the learner sees what to say instead.
 */
function scenarioOutcome(s: ScenarioContent, responseId: string) {
  const chosen = s.responses.find((r) => r.id === responseId)!;
  const best = s.responses.filter((r) => r.best);
  return {
    id: chosen.id,
    feedback: chosen.feedback,
    best: chosen.best,
    bestIds: best.map((r) => r.id),
    better: chosen.best ? [] : best.map((r) => ({ id: r.id, text: r.text, feedback: r.feedback })),
  };
}

/**
 * An item as the learner sees it, in their language (`untranslated`: shown in the main language instead):
 * scenario feedback only for what they chose, a quiz's rules but never its questions.
 */
function learnerItem(row: Item, language: Language, done: boolean, chosenResponseId: string | null) {
  const { item, untranslated } = localizedItem(row, language.locale, language.mainLocale);
  const base = {
    id: row.id,
    kind: item.kind,
    title: item.title,
    durationMinutes: item.durationMinutes,
    untranslated,
    done,
  };
  switch (item.kind) {
    case "LESSON":
      return { ...base, body: item.body };
    case "SCENARIO": {
      const s = item.content;
      const chosen = s.responses.find((r) => r.id === chosenResponseId) ?? null;
      return {
        ...base,
        scenario: {
          context: s.context,
          customerSays: s.customerSays,
          responses: s.responses.map((r) => ({ id: r.id, text: r.text })),
          chosen: chosen ? scenarioOutcome(s, chosen.id) : null,
        },
      };
    }
    case "QUIZ": {
      const q = item.content;
      return {
        ...base,
        quiz: {
          passMark: q.passMark,
          maxAttempts: q.maxAttempts,
          timeLimitSeconds: q.timeLimitSeconds,
          questionCount: q.drawCount ?? q.questions.length,
        },
      };
    }
  }
}

type CourseRow = {
  lastItemId: string | null;
  dueAt: number | null;
  passedAt: number | null;
  recertifyMonths: number | null;
  course: { id: string; title: string; summary: string };
  version: {
    version: number;
    mainLocale: string;
    locales: string[];
    titles: Prisma.JsonValue;
    modules: { id: string; title: string; translations: Prisma.JsonValue; items: Item[] }[];
  };
  progress: { itemId: string; responseId: string | null }[];
  attempts: {
    id: string;
    itemId: string;
    number: number;
    startedAt: number;
    deadlineAt: number | null;
    submittedAt: number | null;
    correctCount: number | null;
    total: number | null;
    passed: boolean | null;
    expired: boolean;
  }[];
  certificate: { id: string; verificationCode: string } | null;
};

/**
 * The learner's own enrolment with its version's content, progress, quiz attempts and latest certificate, in one
 * statement (the player is opened at every step; each Prisma relation was a statement of its own). Someone
 * else's enrolment reads exactly like a missing one.
 */
async function ownCourseRow(db: Db, actor: Actor, enrolmentId: string) {
  const [row] = await db.$queryRaw<{ one: CourseRow }[]>`
    SELECT json_build_object(
      'lastItemId', e."lastItemId", 'dueAt', ${epochMs(Prisma.sql`e."dueAt"`)},
      'passedAt', ${epochMs(Prisma.sql`e."passedAt"`)}, 'recertifyMonths', e."recertifyMonths",
      'course', json_build_object('id', c."id", 'title', c."title", 'summary', c."summary"),
      'version', json_build_object(
        'version', v."version", 'mainLocale', v."mainLocale", 'locales', v."locales", 'titles', v."titles",
        'modules', (SELECT coalesce(json_agg(json_build_object(
            'id', m."id", 'title', m."title", 'translations', m."translations",
            'items', (SELECT coalesce(json_agg(json_build_object(
                'id', i."id", 'kind', i."kind", 'title', i."title", 'body', i."body",
                'durationMinutes', i."durationMinutes", 'content', i."content", 'translations', i."translations")
                ORDER BY i."sortOrder"), '[]')
              FROM "CourseItem" i WHERE i."moduleId" = m."id"))
            ORDER BY m."sortOrder"), '[]')
          FROM "CourseModule" m WHERE m."versionId" = v."id")),
      'progress', (SELECT coalesce(json_agg(json_build_object('itemId', p."itemId", 'responseId', p."responseId")), '[]')
        FROM "ItemProgress" p WHERE p."enrolmentId" = e."id"),
      'attempts', (SELECT coalesce(json_agg(json_build_object(
          'id', a."id", 'itemId', a."itemId", 'number', a."number",
          'startedAt', ${epochMs(Prisma.sql`a."startedAt"`)}, 'deadlineAt', ${epochMs(Prisma.sql`a."deadlineAt"`)},
          'submittedAt', ${epochMs(Prisma.sql`a."submittedAt"`)}, 'correctCount', a."correctCount",
          'total', a."total", 'passed', a."passed", 'expired', a."expired") ORDER BY a."number"), '[]')
        FROM "QuizAttempt" a WHERE a."enrolmentId" = e."id"),
      'certificate', (SELECT json_build_object('id', ce."id", 'verificationCode', ce."verificationCode")
        FROM "Certificate" ce WHERE ce."enrolmentId" = e."id" ORDER BY ce."issuedAt" DESC LIMIT 1)
    ) AS "one"
    FROM "Enrolment" e JOIN "StaffMember" s ON s."id" = e."staffMemberId"
    JOIN "Course" c ON c."id" = e."courseId" JOIN "CourseVersion" v ON v."id" = e."versionId"
    WHERE e."id" = ${enrolmentId} AND s."userId" = ${actor.id}`;
  if (!row) throw notFound("enrolmentNotFound");
  return row.one;
}

/** The learner's course in their language (`locale`, the user's), or the main language with `language.fallback`. */
export async function learnerCourse(db: Db, actor: Actor, enrolmentId: string, locale: string) {
  const e = await ownCourseRow(db, actor, enrolmentId);
  const attempts = e.attempts.map((a) => ({
    ...a,
    startedAt: new Date(a.startedAt),
    deadlineAt: dateOf(a.deadlineAt),
    submittedAt: dateOf(a.submittedAt),
  }));
  const passedAt = dateOf(e.passedAt);
  const progress = new Map(e.progress.map((p) => [p.itemId, p]));
  const { title, summary, ...language } = courseLanguage(locale, e.version, e.course);
  const modules = e.version.modules.map((m) => ({
    id: m.id,
    title: localizedModuleTitle(m, language.locale, language.mainLocale),
    items: m.items.map((i) => ({
      ...learnerItem(i, language, progress.has(i.id), progress.get(i.id)?.responseId ?? null),
      attempts: attempts.filter((a) => a.itemId === i.id),
    })),
  }));
  const items = modules.flatMap((m) => m.items);
  const resumeAt =
    items.find((i) => i.id === e.lastItemId && !i.done)?.id ?? items.find((i) => !i.done)?.id ?? null;
  const expiresAt = passedAt && e.recertifyMonths ? addMonths(passedAt, e.recertifyMonths) : null;
  return {
    enrolmentId,
    course: { ...e.course, title, summary },
    language,
    version: e.version.version,
    dueAt: dateOf(e.dueAt),
    passedAt,
    modules,
    resumeAt,
    done: items.filter((i) => i.done).length,
    total: items.length,
    certificate: e.certificate,
    expiresAt,
    expired: expiresAt !== null && new Date() >= expiresAt,
  };
}

/**
 * Retake a course whose certificate expired: a new cycle on the course's current published version, due
 * again after the rule's days (30 without a rule). Earlier attempts and certificates stay as history; only
 * this cycle's item progress restarts. Retaking twice (double click) restarts once.
 */
export async function retakeCourse(db: Db, actor: Actor, enrolmentId: string) {
  return db.$transaction(async (tx) => {
    const e = await ownEnrolment(tx, actor, enrolmentId, { rule: { select: { dueDays: true } } });
    const expiresAt = e.passedAt && e.recertifyMonths ? addMonths(e.passedAt, e.recertifyMonths) : null;
    const now = new Date();
    if (!expiresAt || now < expiresAt) return { restarted: false };
    const published = await tx.courseVersion.findFirst({
      where: { courseId: e.courseId, status: "PUBLISHED" },
      select: { id: true },
    });
    const { count } = await tx.enrolment.updateMany({
      where: { id: enrolmentId, passedAt: e.passedAt },
      data: {
        passedAt: null,
        enrolledAt: now,
        dueAt: addDays(now, e.rule?.dueDays ?? 30),
        versionId: published?.id ?? e.versionId,
        lastItemId: null,
      },
    });
    if (count !== 1) return { restarted: false };
    await tx.itemProgress.deleteMany({ where: { enrolmentId } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "enrolment.retake",
      entityType: "Enrolment",
      entityId: enrolmentId,
      before: { passedAt: e.passedAt, expiresAt },
    });
    return { restarted: true };
  });
}

async function markDone(
  db: Db,
  actor: Actor,
  enrolmentId: string,
  itemId: string,
  kind: "LESSON" | "SCENARIO",
  responseId: string | null,
) {
  return db.$transaction(async (tx) => {
    const e = await ownEnrolment(tx, actor, enrolmentId, { version: { select: versionLanguagesSelect } });
    const item = await itemOfEnrolment(tx, e.versionId, itemId);
    if (item.kind !== kind) throw badRequest(kind === "LESSON" ? "itemNotLesson" : "itemNotScenario");
    if (responseId !== null) {
      const s = scenarioContent.parse(item.content);
      if (!s.responses.some((r) => r.id === responseId)) throw notFound("responseNotFound");
    }
    // Upsert: marking done twice, or choosing again, keeps one row (the latest choice).
    await tx.itemProgress.upsert({
      where: { enrolmentId_itemId: { enrolmentId, itemId } },
      create: { enrolmentId, itemId, responseId },
      update: responseId === null ? {} : { responseId },
    });
    await tx.enrolment.update({ where: { id: enrolmentId }, data: { lastItemId: itemId } });
    const certificate = await passCourseIfComplete(tx, enrolmentId, actor.id, new Date());
    return { item, version: e.version, certificateId: certificate?.id ?? null };
  });
}

export async function completeLesson(db: Db, actor: Actor, enrolmentId: string, itemId: string) {
  const { certificateId } = await markDone(db, actor, enrolmentId, itemId, "LESSON", null);
  return { done: true, certificateId };
}

/** The learner's choice in a scenario, answered with its feedback and which responses were best. */
export async function chooseResponse(
  db: Db,
  actor: Actor,
  enrolmentId: string,
  itemId: string,
  responseId: string,
  locale: string,
) {
  const { item, version, certificateId } = await markDone(
    db,
    actor,
    enrolmentId,
    itemId,
    "SCENARIO",
    responseId,
  );
  // The feedback in the language the learner reads the course in; the choice itself is the shared response id.
  const language = learnerLocale(locale, version);
  const shown = localizedItem(item, language.locale, language.mainLocale).item;
  if (shown.kind !== "SCENARIO") throw badRequest("itemNotScenario");
  const { id: _id, ...outcome } = scenarioOutcome(shown.content, responseId);
  return { ...outcome, certificateId };
}
