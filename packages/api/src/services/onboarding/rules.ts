import { writeAudit, type Db } from "@portal/db";
import { countOf, enrolmentsByRule } from "../counts";
import type { courseRuleCreate } from "@portal/validators";
import type { z } from "zod";
import { badRequest, conflict, notFound } from "../../errors";
import { enrolByRules } from "./enrol";
import type { Actor } from "../../actor";

type RuleInput = z.output<typeof courseRuleCreate>;

const targetColumns = (t: RuleInput["target"]) => ({
  departmentId: t.kind === "department" ? t.departmentId : null,
  positionId: t.kind === "position" ? t.positionId : null,
  segmentId: t.kind === "segment" ? t.segmentId : null,
});

export async function listRules(db: Db, courseId: string) {
  const rules = await db.courseRule.findMany({
    where: { courseId },
    orderBy: [{ removedAt: { sort: "desc", nulls: "first" } }, { createdAt: "asc" }],
    include: {
      department: { select: { name: true } },
      position: { select: { title: true, department: { select: { name: true } } } },
      segment: { select: { name: true } },
    },
  });
  const enrolments = await enrolmentsByRule(
    db,
    rules.map((r) => r.id),
  );
  return rules.map((r) => ({ ...r, enrolments: countOf(enrolments, r.id) }));
}

async function checkTarget(
  db: Pick<Db, "department" | "position" | "customerSegment">,
  t: RuleInput["target"],
) {
  const found =
    t.kind === "department"
      ? await db.department.findUnique({ where: { id: t.departmentId }, select: { archived: true } })
      : t.kind === "position"
        ? await db.position.findUnique({ where: { id: t.positionId }, select: { archived: true } })
        : await db.customerSegment.findUnique({ where: { id: t.segmentId }, select: { archived: true } });
  if (!found) throw badRequest("ruleTargetMissing", { kind: t.kind });
  if (found.archived) throw badRequest("ruleTargetArchived", { kind: t.kind });
}

/**
 * A course becomes required for a department, a position or a segment's departments. By default the people
 * it applies to now are enrolled at once (due N days from today). Adding the same rule again returns the
 * existing one: a retried submission does nothing twice.
 */
export async function addRule(db: Db, actor: Actor, input: RuleInput) {
  return db.$transaction(async (tx) => {
    const course = await tx.course.findUnique({ where: { id: input.courseId }, select: { archived: true } });
    if (!course) throw notFound("courseNotFound");
    if (course.archived) throw conflict("courseArchived");
    await checkTarget(tx, input.target);
    const target = targetColumns(input.target);
    const same = await tx.courseRule.findFirst({
      where: {
        courseId: input.courseId,
        removedAt: null,
        ...target,
        dueDays: input.dueDays,
        recertifyMonths: input.recertifyMonths,
      },
    });
    if (same) return { ruleId: same.id, enrolled: 0, created: false };
    const rule = await tx.courseRule.create({
      data: {
        courseId: input.courseId,
        ...target,
        dueDays: input.dueDays,
        recertifyMonths: input.recertifyMonths,
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "course.rule.add",
      entityType: "Course",
      entityId: input.courseId,
      after: { ruleId: rule.id, ...target, dueDays: input.dueDays, recertifyMonths: input.recertifyMonths },
    });
    let enrolled = 0;
    if (input.enrolExisting) {
      const t = input.target;
      const people = await tx.staffMember.findMany({
        where: {
          status: { not: "LEFT" },
          ...(t.kind === "department"
            ? { departmentId: t.departmentId }
            : t.kind === "position"
              ? { positionId: t.positionId }
              : { department: { segmentId: t.segmentId } }),
        },
        select: { id: true },
      });
      const created = await enrolByRules(
        tx,
        people.map((p) => p.id),
        { now: new Date(), actorId: actor.id, reason: "rule", ruleWhere: { courseId: input.courseId } },
      );
      enrolled = [...created.values()].reduce((n, c) => n + c.length, 0);
    }
    return { ruleId: rule.id, enrolled, created: true };
  });
}

/** Removing a rule stops new enrolments through it; nobody's enrolment or progress is deleted. */
export async function removeRule(db: Db, actor: Actor, ruleId: string) {
  return db.$transaction(async (tx) => {
    const rule = await tx.courseRule.findUnique({ where: { id: ruleId } });
    if (!rule) throw notFound("ruleNotFound");
    if (rule.removedAt) return { removed: false };
    await tx.courseRule.update({ where: { id: ruleId }, data: { removedAt: new Date() } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "course.rule.remove",
      entityType: "Course",
      entityId: rule.courseId,
      before: { ruleId },
    });
    return { removed: true };
  });
}
