import type { DbClient, Prisma } from "@portal/db";
import { addDays, requiredCourses, type EnrolmentRule } from "@portal/domain";

export type EnrolReason = "created" | "hired" | "moved" | "rule";

type RuleRow = Prisma.CourseRuleGetPayload<{ select: typeof ruleSelect }>;
export const ruleSelect = {
  id: true,
  courseId: true,
  departmentId: true,
  positionId: true,
  segmentId: true,
  dueDays: true,
  recertifyMonths: true,
} as const;

export function toDomainRule(r: RuleRow): EnrolmentRule {
  const target: EnrolmentRule["target"] = r.departmentId
    ? { kind: "department", departmentId: r.departmentId }
    : r.positionId
      ? { kind: "position", positionId: r.positionId }
      : { kind: "segment", segmentId: r.segmentId! };
  return { id: r.id, courseId: r.courseId, target, dueDays: r.dueDays, recertifyMonths: r.recertifyMonths };
}

/** Rules in force: not removed, on a course that is not archived and has a published version to enrol on. */
export const activeRuleWhere = {
  removedAt: null,
  course: { archived: false, versions: { some: { status: "PUBLISHED" } } },
} satisfies Prisma.CourseRuleWhereInput;

/**
 * Enrol people in every course their placement requires and that they are not enrolled in yet, on the
 * course's published version, due N days from `now`. Runs inside the caller's transaction (staff creation,
 * hire, move, a new rule), so a failure there enrols nobody. Existing enrolments, and their progress, are
 * never touched. Returns the enrolments created per person.
 */
export async function enrolByRules(
  tx: DbClient,
  staffMemberIds: readonly string[],
  opts: { now: Date; actorId: string | null; reason: EnrolReason; ruleWhere?: Prisma.CourseRuleWhereInput },
) {
  if (staffMemberIds.length === 0) return new Map<string, string[]>();
  const [people, rules] = await Promise.all([
    tx.staffMember.findMany({
      where: { id: { in: [...staffMemberIds] }, status: { not: "LEFT" } },
      select: {
        id: true,
        departmentId: true,
        positionId: true,
        department: { select: { segmentId: true } },
        enrolments: { select: { courseId: true } },
      },
    }),
    tx.courseRule.findMany({ where: { AND: [activeRuleWhere, opts.ruleWhere ?? {}] }, select: ruleSelect }),
  ]);
  if (rules.length === 0) return new Map<string, string[]>();
  const domainRules = rules.map(toDomainRule);
  const publishedVersion = new Map(
    (
      await tx.courseVersion.findMany({
        where: { courseId: { in: [...new Set(rules.map((r) => r.courseId))] }, status: "PUBLISHED" },
        select: { id: true, courseId: true },
      })
    ).map((v) => [v.courseId, v.id]),
  );
  const rows: Prisma.EnrolmentCreateManyInput[] = [];
  const created = new Map<string, string[]>();
  for (const p of people) {
    const enrolled = new Set(p.enrolments.map((e) => e.courseId));
    for (const course of requiredCourses(domainRules, {
      departmentId: p.departmentId,
      positionId: p.positionId,
      segmentId: p.department.segmentId,
    })) {
      const versionId = publishedVersion.get(course.courseId);
      if (enrolled.has(course.courseId) || !versionId) continue;
      rows.push({
        staffMemberId: p.id,
        courseId: course.courseId,
        versionId,
        source: "RULE",
        ruleId: course.ruleId,
        enrolledById: opts.actorId,
        enrolledAt: opts.now,
        dueAt: addDays(opts.now, course.dueDays),
        recertifyMonths: course.recertifyMonths,
      });
      created.set(p.id, [...(created.get(p.id) ?? []), course.courseId]);
    }
  }
  if (rows.length === 0) return created;
  // skipDuplicates: a concurrent enrolment of the same person in the same course wins, ours is dropped.
  await tx.enrolment.createMany({ data: rows, skipDuplicates: true });
  await tx.auditEvent.createMany({
    data: [...created].map(([staffMemberId, courseIds]) => ({
      actorId: opts.actorId,
      action: "enrolment.auto",
      entityType: "StaffMember",
      entityId: staffMemberId,
      after: { courseIds, reason: opts.reason },
    })),
  });
  return created;
}
