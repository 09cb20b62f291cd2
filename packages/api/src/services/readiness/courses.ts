import type { DbClient, Prisma } from "@portal/db";
import {
  requiredCourses,
  type EnrolmentRule,
  type RequiredCourse,
  type RequiredCourseState,
} from "@portal/domain";
import { activeRuleWhere, ruleSelect, toDomainRule } from "../onboarding/enrol";
import { itemCountsByVersion, itemsDoneByEnrolment, storedEnrolmentStatus } from "../onboarding/plan";

/**
 * Required courses of many people at once, shared by the full readiness (`loadReadiness`) and the coverage
 * analysis, so both read a course's state, an expired certificate and the expected ready date the same way.
 */
export const enrolmentSelect = {
  id: true,
  staffMemberId: true,
  courseId: true,
  versionId: true,
  enrolledAt: true,
  dueAt: true,
  recertifyMonths: true,
  passedAt: true,
} satisfies Prisma.EnrolmentSelect;
type EnrolmentRow = Prisma.EnrolmentGetPayload<{ select: typeof enrolmentSelect }>;

export type CourseContext = {
  rules: EnrolmentRule[];
  titles: Map<string, string>;
  enrolmentsByPerson: Map<string, Map<string, EnrolmentRow>>;
  itemCounts: Map<string, number>;
  /** Items done per enrolment id. */
  itemsDone: Map<string, number>;
};

/**
 * The rules in force, the enrolments of everyone matching `staffWhere` with their progress, and item counts: four
 * queries whatever their number (counts grouped over those people's rows only, never a whole table).
 */
export async function loadCourseContext(
  db: DbClient,
  staffWhere: Prisma.StaffMemberWhereInput,
): Promise<CourseContext> {
  const ofScoped = { staffMember: staffWhere };
  const [rules, enrolments, itemsDone] = await Promise.all([
    db.courseRule.findMany({
      where: activeRuleWhere,
      select: { ...ruleSelect, course: { select: { title: true } } },
      // The order the required courses are listed in (readiness/one.ts reads them in the same order).
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.enrolment.findMany({ where: ofScoped, select: enrolmentSelect }),
    itemsDoneByEnrolment(db, ofScoped),
  ]);
  const itemCounts = await itemCountsByVersion(
    db,
    enrolments.map((e) => e.versionId),
  );
  const enrolmentsByPerson = new Map<string, Map<string, EnrolmentRow>>();
  for (const e of enrolments) {
    const own = enrolmentsByPerson.get(e.staffMemberId);
    if (own) own.set(e.courseId, e);
    else enrolmentsByPerson.set(e.staffMemberId, new Map([[e.courseId, e]]));
  }
  return {
    rules: rules.map(toDomainRule),
    titles: new Map(rules.map((r) => [r.courseId, r.course.title])),
    enrolmentsByPerson,
    itemCounts,
    itemsDone,
  };
}

export type Placement = {
  staffMemberId: string;
  departmentId: string;
  positionId: string | null;
  segmentId: string;
};

type EnrolmentOfCourse = Parameters<typeof storedEnrolmentStatus>[0] & { courseId: string };

/**
 * The states of a person's required courses from their own enrolments (by course), when they are expected to
 * be ready (the latest due date of an unfinished required course) and how many are overdue. `progressOf` gives
 * items done and items in all; coverage, which needs no progress, passes 0 of 0.
 */
export function courseStates<E extends EnrolmentOfCourse>(
  required: readonly RequiredCourse[],
  own: Map<string, E> | undefined,
  titles: Map<string, string>,
  asOf: Date,
  progressOf: (e: E) => [itemsDone: number, itemsTotal: number],
) {
  let expectedReadyAt: Date | null = null;
  let overdueCourses = 0;
  const courses = required.map((rc): RequiredCourseState => {
    const title = titles.get(rc.courseId) ?? "";
    const e = own?.get(rc.courseId);
    if (!e) return { courseId: rc.courseId, title, status: "NOT_STARTED", progress: 0 };
    const entry = storedEnrolmentStatus(e, ...progressOf(e), asOf);
    if (entry.status !== "COMPLETED" && entry.dueAt && (!expectedReadyAt || entry.dueAt > expectedReadyAt))
      expectedReadyAt = entry.dueAt;
    if (entry.overdue) overdueCourses += 1;
    return { courseId: rc.courseId, title, status: entry.status, progress: entry.progress };
  });
  return { courses, expectedReadyAt: expectedReadyAt as Date | null, overdueCourses };
}

/** The person's required courses as readiness sees them, with their progress. */
export function requiredCourseStates(ctx: CourseContext, p: Placement, asOf: Date) {
  const required = requiredCourses(ctx.rules, {
    departmentId: p.departmentId,
    positionId: p.positionId,
    segmentId: p.segmentId,
  });
  return courseStates(required, ctx.enrolmentsByPerson.get(p.staffMemberId), ctx.titles, asOf, (e) => [
    ctx.itemsDone.get(e.id) ?? 0,
    ctx.itemCounts.get(e.versionId) ?? 0,
  ]);
}
