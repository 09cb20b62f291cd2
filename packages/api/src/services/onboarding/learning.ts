import { writeAudit, type Db, type Prisma } from "@portal/db";
import { addDays, addMonths, comparePlanEntries, overallProgress } from "@portal/domain";
import { scenarioContent, type ScenarioContent } from "@portal/validators";
import { badRequest, notFound } from "../../errors";
import { passCourseIfComplete } from "./completion";
import { itemOfEnrolment, learnerInclude, ownEnrolment } from "./learner-access";
import { itemCountsByVersion, itemsDoneByEnrolment, storedEnrolmentStatus } from "./plan";
import {
  courseLanguage,
  learnerLocale,
  localizedItem,
  localizedModuleTitle,
  versionLanguagesSelect,
} from "./localize";
import type { Actor } from "../../actor";

/**
 * "My onboarding": every course of the caller with status, due date and progress; overdue first. Titles are in the
 * learner's language (`locale`, the user's) when the course is offered in it; `language.fallback` says it is not.
 */
export async function myPlan(db: Db, actor: Actor, locale: string, now = new Date()) {
  const staff = await db.staffMember.findUnique({ where: { userId: actor.id }, select: { id: true } });
  if (!staff) return { hasStaffRecord: false, overall: 0, courses: [] };
  const mine = { staffMemberId: staff.id };
  const [enrolments, itemsDone] = await Promise.all([
    db.enrolment.findMany({
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
    }),
    itemsDoneByEnrolment(db, mine),
  ]);
  const itemsPerVersion = await itemCountsByVersion(
    db,
    enrolments.map((e) => e.versionId),
  );
  const courses = enrolments
    .map((e) => {
      const itemsTotal = itemsPerVersion.get(e.versionId) ?? 0;
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

type Item = Prisma.CourseItemGetPayload<object>;
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

/** The learner's course in their language (`locale`, the user's), or the main language with `language.fallback`. */
export async function learnerCourse(db: Db, actor: Actor, enrolmentId: string, locale: string) {
  // Three reads side by side; attempts and certificate carry the same ownership condition as the enrolment.
  const own = { id: enrolmentId, staffMember: { userId: actor.id } };
  const [e, attempts, certificate] = await Promise.all([
    ownEnrolment(db, actor, enrolmentId, learnerInclude),
    db.quizAttempt.findMany({
      where: { enrolmentId, enrolment: own },
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
    }),
    db.certificate.findFirst({
      where: { enrolmentId, enrolment: own },
      orderBy: { issuedAt: "desc" },
      select: { id: true, verificationCode: true },
    }),
  ]);
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
  const expiresAt = e.passedAt && e.recertifyMonths ? addMonths(e.passedAt, e.recertifyMonths) : null;
  return {
    enrolmentId,
    course: { ...e.course, title, summary },
    language,
    version: e.version.version,
    dueAt: e.dueAt,
    passedAt: e.passedAt,
    modules,
    resumeAt,
    done: items.filter((i) => i.done).length,
    total: items.length,
    certificate,
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
