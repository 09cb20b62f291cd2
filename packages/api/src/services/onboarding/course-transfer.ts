import { writeAudit, type Db } from "@portal/db";
import {
  courseFile,
  courseFileFormat,
  importMessages as M,
  type CourseFile,
  type ImportProblem,
  type ValidationKey,
} from "@portal/validators";
import { notFound } from "../../errors";
import { contentInclude, readContent, writeContent } from "./course-content";
import type { Actor } from "../../actor";

/** A problem of the file (a message key with values, rendered in the importer's language) and where it is. */
export type ImportIssue = ImportProblem & { path: string };

/** The course as an exchange file: names instead of ids, item ids dropped (they belong to this installation). */
export async function exportCourse(
  db: Db,
  courseId: string,
  which: "published" | "draft",
): Promise<CourseFile> {
  const course = await db.course.findUnique({
    where: { id: courseId },
    include: {
      segments: { select: { name: true }, orderBy: { name: "asc" } },
      departments: { select: { name: true }, orderBy: { name: "asc" } },
      positions: {
        select: { title: true, department: { select: { name: true } } },
        orderBy: { title: "asc" },
      },
      versions: {
        where: { status: which === "draft" ? "DRAFT" : "PUBLISHED" },
        include: { ...contentInclude, outcomeSegment: { select: { name: true } } },
      },
    },
  });
  if (!course) throw notFound("courseNotFound");
  const version = course.versions[0];
  if (!version) throw notFound(which === "draft" ? "draftNotFound" : "publishedVersionNotFound");
  const content = readContent(version);
  return {
    format: courseFileFormat,
    formatVersion: 1,
    course: {
      title: course.title,
      summary: course.summary,
      feedbackAfterFail: course.feedbackAfterFail,
      feedbackAfterPass: course.feedbackAfterPass,
      segments: course.segments.map((s) => s.name),
      departments: course.departments.map((d) => d.name),
      positions: course.positions.map((p) => ({ department: p.department.name, title: p.title })),
    },
    content: {
      outcome:
        content.outcome && version.outcomeSegment
          ? { segment: version.outcomeSegment.name, level: content.outcome.level }
          : null,
      mainLocale: content.mainLocale,
      locales: content.locales,
      titles: content.titles,
      modules: content.modules.map((m) => ({
        title: m.title,
        translations: m.translations,
        items: m.items.map(({ id: _id, ...item }) => withoutStoryLink(item)),
      })),
    },
  };
}

/** A link to a service story names a row of this installation: files neither carry nor import it. */
function withoutStoryLink<T extends { kind: string; sourceStoryId?: string }>(item: T): T {
  if (item.sourceStoryId === undefined) return item;
  const { sourceStoryId: _link, ...rest } = item;
  return rest as T;
}

const pathOf = (path: readonly PropertyKey[]) =>
  path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
    .join("")
    .replace(/^\./, "");

/**
 * Create a new course (a draft, version 1) from an exchange file. A bad file changes nothing and gets every
 * problem with where it is: JSON syntax, shape (message keys of the validation namespace), unknown names.
 */
export async function importCourse(
  db: Db,
  actor: Actor,
  json: string,
): Promise<{ ok: true; courseId: string } | { ok: false; issues: ImportIssue[] }> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    // The parser's own text is English; the reader is told what the file is not.
    return { ok: false, issues: [{ path: "", message: M.notJson }] };
  }
  const parsed = courseFile.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      // The course file schema's messages are validation keys (@portal/validators V).
      issues: parsed.error.issues
        .slice(0, 50)
        .map((i) => ({ path: pathOf(i.path), message: i.message as ValidationKey })),
    };
  const file = parsed.data;

  const segmentNames = [
    ...new Set([...file.course.segments, ...(file.content.outcome ? [file.content.outcome.segment] : [])]),
  ];
  const [segments, departments, positions] = await Promise.all([
    db.customerSegment.findMany({ where: { name: { in: segmentNames } }, select: { id: true, name: true } }),
    db.department.findMany({
      where: {
        name: { in: [...file.course.departments, ...file.course.positions.map((p) => p.department)] },
      },
      select: { id: true, name: true },
    }),
    db.position.findMany({
      where: { title: { in: file.course.positions.map((p) => p.title) } },
      select: { id: true, title: true, department: { select: { name: true } } },
    }),
  ]);
  const segmentId = new Map(segments.map((s) => [s.name, s.id]));
  const departmentId = new Map(departments.map((d) => [d.name, d.id]));
  const positionId = new Map(positions.map((p) => [`${p.department.name}\u0000${p.title}`, p.id]));
  const issues: ImportIssue[] = [];
  file.course.segments.forEach(
    (name, i) =>
      segmentId.has(name) ||
      issues.push({ path: `course.segments[${i}]`, message: M.segmentUnknown, values: { segment: name } }),
  );
  file.course.departments.forEach(
    (name, i) =>
      departmentId.has(name) ||
      issues.push({
        path: `course.departments[${i}]`,
        message: M.departmentUnknown,
        values: { department: name },
      }),
  );
  file.course.positions.forEach(
    (p, i) =>
      positionId.has(`${p.department}\u0000${p.title}`) ||
      issues.push({
        path: `course.positions[${i}]`,
        message: M.positionUnknown,
        values: { department: p.department, position: p.title },
      }),
  );
  if (file.content.outcome && !segmentId.has(file.content.outcome.segment)) {
    issues.push({
      path: "content.outcome.segment",
      message: M.segmentUnknown,
      values: { segment: file.content.outcome.segment },
    });
  }
  if (issues.length > 0) return { ok: false, issues };

  const courseId = await db.$transaction(async (tx) => {
    const course = await tx.course.create({
      data: {
        title: file.course.title,
        summary: file.course.summary,
        feedbackAfterFail: file.course.feedbackAfterFail,
        feedbackAfterPass: file.course.feedbackAfterPass,
        segments: { connect: file.course.segments.map((n) => ({ id: segmentId.get(n)! })) },
        departments: { connect: file.course.departments.map((n) => ({ id: departmentId.get(n)! })) },
        positions: {
          connect: file.course.positions.map((p) => ({
            id: positionId.get(`${p.department}\u0000${p.title}`)!,
          })),
        },
        versions: { create: { version: 1 } },
      },
      include: { versions: { select: { id: true } } },
    });
    await writeContent(tx, course.versions[0]!.id, {
      outcome: file.content.outcome
        ? { segmentId: segmentId.get(file.content.outcome.segment)!, level: file.content.outcome.level }
        : null,
      mainLocale: file.content.mainLocale,
      locales: file.content.locales,
      titles: file.content.titles,
      modules: file.content.modules.map((m) => ({ ...m, items: m.items.map(withoutStoryLink) })),
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "course.import",
      entityType: "Course",
      entityId: course.id,
      after: { title: file.course.title, modules: file.content.modules.length },
    });
    return course.id;
  });
  return { ok: true, courseId };
}
