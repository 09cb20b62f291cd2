import { writeAudit, type Db, type DbClient, type Prisma } from "@portal/db";
import { countOf, enrolmentsByCourse, enrolmentsByVersion } from "../counts";
import type { courseContentInput, courseDetailsInput, courseList } from "@portal/validators";
import type { z } from "zod";
import { badRequest, conflict, notFound } from "../../errors";
import { contains, pageArgs, toPage } from "../../pagination";
import { contentInclude, itemCount, readContent, sameContent, writeContent } from "./course-content";
import type { Actor } from "../../actor";
import { checkStoryLinks, linkedStoryTitles } from "./story-scenarios";

type Details = z.output<typeof courseDetailsInput>;
type Content = z.output<typeof courseContentInput>;

const tagsInclude = {
  segments: { select: { id: true, name: true }, orderBy: { name: "asc" } },
  departments: { select: { id: true, name: true }, orderBy: { name: "asc" } },
  positions: {
    select: { id: true, title: true, department: { select: { name: true } } },
    orderBy: { title: "asc" },
  },
} satisfies Prisma.CourseInclude;

export async function listCourses(db: Db, q: z.output<typeof courseList>) {
  const where: Prisma.CourseWhereInput = {
    AND: [
      q.includeArchived ? {} : { archived: false },
      q.search ? { title: contains(q.search) } : {},
      q.segmentId ? { segments: { some: { id: q.segmentId } } } : {},
      q.status === "published" ? { versions: { some: { status: "PUBLISHED" } } } : {},
      q.status === "draft" ? { versions: { none: { status: "PUBLISHED" } } } : {},
    ],
  };
  const [rows, total] = await db.$transaction([
    db.course.findMany({
      where,
      orderBy: [{ [q.sort]: q.direction }, { id: "asc" }],
      ...pageArgs(q),
      include: {
        segments: tagsInclude.segments,
        versions: {
          where: { status: { in: ["DRAFT", "PUBLISHED"] } },
          select: { version: true, status: true },
        },
      },
    }),
    db.course.count({ where }),
  ]);
  const enrolments = await enrolmentsByCourse(
    db,
    rows.map((c) => c.id),
  );
  return toPage(
    rows.map(({ versions, ...c }) => ({
      ...c,
      publishedVersion: versions.find((v) => v.status === "PUBLISHED")?.version ?? null,
      draftVersion: versions.find((v) => v.status === "DRAFT")?.version ?? null,
      enrolments: countOf(enrolments, c.id),
    })),
    total,
    q,
  );
}

/** Published, active courses for selects (manual enrolment, progress filters): titles only, no content. */
export const courseOptions = (db: Db) =>
  db.course.findMany({
    where: { archived: false, versions: { some: { status: "PUBLISHED" } } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, title: true },
  });

/** The author's view: details, tags, every version, and the full content (answers included) of the draft and published ones. */
export async function getCourse(db: Db, id: string) {
  const course = await db.course.findUnique({
    where: { id },
    include: {
      ...tagsInclude,
      versions: {
        orderBy: { version: "desc" },
        include: contentInclude,
      },
      rules: { where: { removedAt: null }, select: { id: true } },
    },
  });
  if (!course) throw notFound("courseNotFound");
  const { versions, ...rest } = course;
  const learners = await enrolmentsByVersion(
    db,
    versions.map((v) => v.id),
  );
  const draft = versions.find((v) => v.status === "DRAFT");
  const published = versions.find((v) => v.status === "PUBLISHED");
  const storyTitles = await linkedStoryTitles(
    db,
    [draft?.id, published?.id].filter((v): v is string => v !== undefined),
  );
  return {
    ...rest,
    /** Titles of the service stories the draft's and published version's scenarios were written from, by id. */
    storyTitles,
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      status: v.status,
      publishedAt: v.publishedAt,
      learners: countOf(learners, v.id),
    })),
    draft: draft ? { id: draft.id, version: draft.version, content: readContent(draft) } : null,
    published: published
      ? { id: published.id, version: published.version, content: readContent(published) }
      : null,
  };
}

async function checkTags(tx: DbClient, d: Details) {
  const [segments, departments, positions] = await Promise.all([
    tx.customerSegment.count({ where: { id: { in: d.segmentIds } } }),
    tx.department.count({ where: { id: { in: d.departmentIds } } }),
    tx.position.count({ where: { id: { in: d.positionIds } } }),
  ]);
  if (segments !== new Set(d.segmentIds).size) throw badRequest("chosenSegmentMissing");
  if (departments !== new Set(d.departmentIds).size) throw badRequest("chosenDepartmentMissing");
  if (positions !== new Set(d.positionIds).size) throw badRequest("chosenPositionMissing");
}

const tagData = (d: Details) => ({
  segments: { set: d.segmentIds.map((id) => ({ id })) },
  departments: { set: d.departmentIds.map((id) => ({ id })) },
  positions: { set: d.positionIds.map((id) => ({ id })) },
});

/** A new course starts as an empty draft, version 1. */
export async function createCourse(db: Db, actor: Actor, d: Details) {
  return db.$transaction(async (tx) => {
    await checkTags(tx, d);
    const course = await tx.course.create({
      data: {
        title: d.title,
        summary: d.summary,
        feedbackAfterFail: d.feedbackAfterFail,
        feedbackAfterPass: d.feedbackAfterPass,
        segments: { connect: d.segmentIds.map((id) => ({ id })) },
        departments: { connect: d.departmentIds.map((id) => ({ id })) },
        positions: { connect: d.positionIds.map((id) => ({ id })) },
        versions: { create: { version: 1 } },
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "course.create",
      entityType: "Course",
      entityId: course.id,
      after: d,
    });
    return course;
  });
}

export async function updateCourseDetails(db: Db, actor: Actor, id: string, d: Details) {
  return db.$transaction(async (tx) => {
    const before = await tx.course.findUnique({
      where: { id },
      include: {
        segments: { select: { id: true } },
        departments: { select: { id: true } },
        positions: { select: { id: true } },
      },
    });
    if (!before) throw notFound("courseNotFound");
    await checkTags(tx, d);
    const course = await tx.course.update({
      where: { id },
      data: {
        title: d.title,
        summary: d.summary,
        feedbackAfterFail: d.feedbackAfterFail,
        feedbackAfterPass: d.feedbackAfterPass,
        ...tagData(d),
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "course.update",
      entityType: "Course",
      entityId: id,
      before: {
        title: before.title,
        summary: before.summary,
        feedbackAfterFail: before.feedbackAfterFail,
        feedbackAfterPass: before.feedbackAfterPass,
        segmentIds: before.segments.map((s) => s.id),
        departmentIds: before.departments.map((s) => s.id),
        positionIds: before.positions.map((s) => s.id),
      },
      after: d,
    });
    return course;
  });
}

/** Serialize edits of one course: two editors saving at once must not both create the next draft. */
async function lockCourse(tx: DbClient, courseId: string) {
  const rows = await tx.$queryRaw<
    { id: string; archived: boolean }[]
  >`SELECT id, archived FROM "Course" WHERE id = ${courseId} FOR UPDATE`;
  const course = rows[0];
  if (!course) throw notFound("courseNotFound");
  if (course.archived) throw conflict("courseArchivedRestore");
}

async function checkOutcome(tx: DbClient, content: Content) {
  if (!content.outcome) return;
  const segment = await tx.customerSegment.findUnique({
    where: { id: content.outcome.segmentId },
    select: { archived: true },
  });
  if (!segment) throw badRequest("outcomeSegmentMissing");
  if (segment.archived) throw badRequest("outcomeSegmentArchived");
}

/**
 * Save content. There is at most one draft: saving edits it, or, when only a published version exists,
 * starts the next version as a draft (learners keep the published one). Saving unchanged content is a no-op.
 */
export async function saveCourseContent(db: Db, actor: Actor, courseId: string, content: Content) {
  return db.$transaction(async (tx) => {
    await lockCourse(tx, courseId);
    await checkOutcome(tx, content);
    await checkStoryLinks(tx, actor, content);
    const versions = await tx.courseVersion.findMany({
      where: { courseId, status: { in: ["DRAFT", "PUBLISHED"] } },
      include: contentInclude,
    });
    const draft = versions.find((v) => v.status === "DRAFT");
    const published = versions.find((v) => v.status === "PUBLISHED");
    if (draft && sameContent(readContent(draft), content))
      return { versionId: draft.id, version: draft.version, changed: false };
    if (!draft && published && sameContent(readContent(published), content))
      return { versionId: published.id, version: published.version, changed: false };
    let target = draft;
    if (!target) {
      const last = await tx.courseVersion.aggregate({ where: { courseId }, _max: { version: true } });
      target = await tx.courseVersion.create({
        data: { courseId, version: (last._max.version ?? 0) + 1 },
        include: contentInclude,
      });
    }
    await writeContent(tx, target.id, content);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "course.content.save",
      entityType: "Course",
      entityId: courseId,
      after: { version: target.version, modules: content.modules.length, items: itemCount(content) },
    });
    return { versionId: target.id, version: target.version, changed: true };
  });
}

/** Publish the draft: it becomes what new learners get; the previous published version is superseded. */
export async function publishCourse(db: Db, actor: Actor, courseId: string) {
  return db.$transaction(async (tx) => {
    await lockCourse(tx, courseId);
    const draft = await tx.courseVersion.findFirst({
      where: { courseId, status: "DRAFT" },
      include: contentInclude,
    });
    if (!draft) {
      const published = await tx.courseVersion.findFirst({
        where: { courseId, status: "PUBLISHED" },
        select: { version: true },
      });
      // Publishing twice (double click, retry) is harmless: the version is already out.
      if (published) return { version: published.version, changed: false };
      throw conflict("noDraftToPublish");
    }
    const content = readContent(draft);
    if (itemCount(content) === 0) throw badRequest("publishEmpty");
    const now = new Date();
    await tx.courseVersion.updateMany({
      where: { courseId, status: "PUBLISHED" },
      data: { status: "SUPERSEDED" },
    });
    await tx.courseVersion.update({
      where: { id: draft.id },
      data: { status: "PUBLISHED", publishedAt: now },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "course.publish",
      entityType: "Course",
      entityId: courseId,
      after: { version: draft.version },
    });
    return { version: draft.version, changed: true };
  });
}

/** Throw away the draft; the published version (if any) stays. A course's first version cannot be discarded. */
export async function discardDraft(db: Db, actor: Actor, courseId: string) {
  return db.$transaction(async (tx) => {
    await lockCourse(tx, courseId);
    const draft = await tx.courseVersion.findFirst({
      where: { courseId, status: "DRAFT" },
      select: { id: true, version: true },
    });
    if (!draft) return { discarded: false };
    const others = await tx.courseVersion.count({ where: { courseId, status: { not: "DRAFT" } } });
    if (others === 0) throw conflict("courseOnlyVersion");
    await tx.courseVersion.delete({ where: { id: draft.id } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "course.draft.discard",
      entityType: "Course",
      entityId: courseId,
      before: { version: draft.version },
    });
    return { discarded: true };
  });
}

export async function setCourseArchived(db: Db, actor: Actor, courseId: string, archived: boolean) {
  return db.$transaction(async (tx) => {
    const before = await tx.course.findUnique({ where: { id: courseId }, select: { archived: true } });
    if (!before) throw notFound("courseNotFound");
    if (before.archived === archived) return { archived };
    await tx.course.update({ where: { id: courseId }, data: { archived } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: archived ? "course.archive" : "course.restore",
      entityType: "Course",
      entityId: courseId,
      before,
      after: { archived },
    });
    return { archived };
  });
}
