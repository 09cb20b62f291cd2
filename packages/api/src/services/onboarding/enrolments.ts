import { writeAudit, type Db, type Prisma } from "@portal/db";
import { addDays } from "@portal/domain";
import type { enrolmentProgressList, manualEnrolInput } from "@portal/validators";
import type { z } from "zod";
import { badRequest, notFound } from "../../errors";
import { contains, toPage } from "../../pagination";
import { staffScope } from "../../scopes";
import { itemCountsByVersion, itemsDoneByEnrolment, storedEnrolmentStatus } from "./plan";
import type { Actor } from "../../actor";

/**
 * Enrol chosen people in a course by hand (HR anyone, a head only their own people). All or nothing: one
 * person out of reach refuses the whole request. People already enrolled keep their enrolment and progress.
 */
export async function enrolManually(db: Db, actor: Actor, input: z.output<typeof manualEnrolInput>) {
  return db.$transaction(async (tx) => {
    const version = await tx.courseVersion.findFirst({
      where: { courseId: input.courseId, status: "PUBLISHED", course: { archived: false } },
      select: { id: true },
    });
    if (!version) throw badRequest("courseNoPublishedVersion");
    const ids = [...new Set(input.staffMemberIds)];
    const people = await tx.staffMember.findMany({
      where: { AND: [{ id: { in: ids } }, staffScope(actor), { status: { not: "LEFT" } }] },
      select: { id: true },
    });
    if (people.length !== ids.length) throw notFound("chosenPersonNotFound");
    const now = new Date();
    const { count } = await tx.enrolment.createMany({
      data: ids.map((staffMemberId) => ({
        staffMemberId,
        courseId: input.courseId,
        versionId: version.id,
        source: "MANUAL" as const,
        enrolledById: actor.id,
        enrolledAt: now,
        dueAt: addDays(now, input.dueDays),
      })),
      skipDuplicates: true,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "enrolment.manual",
      entityType: "Course",
      entityId: input.courseId,
      after: { staffMemberIds: ids, dueDays: input.dueDays, created: count },
    });
    return { enrolled: count, alreadyEnrolled: ids.length - count };
  });
}

const enrolmentSelect = {
  id: true,
  enrolledAt: true,
  dueAt: true,
  recertifyMonths: true,
  passedAt: true,
  versionId: true,
  course: { select: { id: true, title: true } },
  staffMember: {
    select: { id: true, user: { select: { name: true } }, department: { select: { id: true, name: true } } },
  },
} satisfies Prisma.EnrolmentSelect;

/**
 * Progress for others: every enrolment in reach (HR all, a head their department) with its status, so HR sees
 * completion per course, department and person. Status needs each version's item count: one grouped query.
 */
export async function listProgress(db: Db, actor: Actor, q: z.output<typeof enrolmentProgressList>) {
  const where: Prisma.EnrolmentWhereInput = {
    AND: [
      { staffMember: { AND: [staffScope(actor), { status: { not: "LEFT" } }] } },
      q.courseId ? { courseId: q.courseId } : {},
      q.departmentId ? { staffMember: { departmentId: q.departmentId } } : {},
      q.search
        ? {
            OR: [
              { staffMember: { user: { name: contains(q.search) } } },
              { course: { title: contains(q.search) } },
            ],
          }
        : {},
    ],
  };
  const [rows, itemsDone] = await Promise.all([
    db.enrolment.findMany({ where, select: enrolmentSelect }),
    itemsDoneByEnrolment(db, where),
  ]);
  const itemsPerVersion = await itemCountsByVersion(
    db,
    rows.map((r) => r.versionId),
  );
  const now = new Date();
  const entries = rows.map((r) => {
    const itemsTotal = itemsPerVersion.get(r.versionId) ?? 0;
    const done = itemsDone.get(r.id) ?? 0;
    const entry = storedEnrolmentStatus(r, done, itemsTotal, now);
    return {
      enrolmentId: r.id,
      staffMemberId: r.staffMember.id,
      name: r.staffMember.user.name,
      department: r.staffMember.department,
      course: r.course,
      status: entry.status,
      progress: entry.progress,
      dueAt: entry.dueAt,
      overdue: entry.overdue,
      itemsDone: done,
      itemsTotal,
    };
  });
  const filtered = entries.filter((e) =>
    q.status === "overdue"
      ? e.overdue
      : q.status === "completed"
        ? e.status === "COMPLETED"
        : q.status === "open"
          ? e.status !== "COMPLETED"
          : true,
  );
  const dir = q.direction === "asc" ? 1 : -1;
  filtered.sort((a, b) => {
    const by =
      q.sort === "name"
        ? a.name.localeCompare(b.name, "en")
        : q.sort === "course"
          ? a.course.title.localeCompare(b.course.title, "en")
          : (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity);
    return dir * by || (a.enrolmentId < b.enrolmentId ? -1 : 1);
  });
  const completed = entries.filter((e) => e.status === "COMPLETED").length;
  // Completion per course over the same people and courses (the status filter narrows the rows, not this overview).
  const byCourse = new Map<
    string,
    { course: { id: string; title: string }; enrolments: number; completed: number; overdue: number }
  >();
  for (const e of entries) {
    const c = byCourse.get(e.course.id) ?? { course: e.course, enrolments: 0, completed: 0, overdue: 0 };
    c.enrolments += 1;
    if (e.status === "COMPLETED") c.completed += 1;
    if (e.overdue) c.overdue += 1;
    byCourse.set(e.course.id, c);
  }
  return {
    courses: [...byCourse.values()].sort((a, b) => a.course.title.localeCompare(b.course.title, "en")),
    ...toPage(filtered.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), filtered.length, q),
    summary: { enrolments: entries.length, completed, overdue: entries.filter((e) => e.overdue).length },
  };
}
