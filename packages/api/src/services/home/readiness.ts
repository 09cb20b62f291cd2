import type { Db, Prisma } from "@portal/db";
import { summarizeRequirement } from "../readiness/columns";
import { loadReadiness, type PersonReadiness } from "../readiness/load";
import { loadOneReadiness } from "../readiness/one";
import { staffScope } from "../../scopes";
import type { Actor } from "../../actor";

/** How many names a home list shows; the count and a link to the dashboard say how many more there are. */
export const homeListLimit = 8;

const personLine = (p: PersonReadiness) => ({
  staffMemberId: p.staff.id,
  name: p.staff.user.name,
  position: p.staff.position?.title ?? null,
  departmentId: p.staff.departmentId,
  status: p.readiness.status,
  percent: p.readiness.percent,
  overdueCourses: p.overdueCourses,
});

/**
 * A head's people waiting for sign-off (READY_FOR_REVIEW) and overdue (a required course past its due date, or
 * a sign-off that lapsed), across their departments. loadReadiness keeps this to a fixed number of queries.
 */
export async function headReadiness(db: Db, user: Actor, asOf = new Date()) {
  const people = await loadReadiness(
    db,
    { AND: [staffScope(user), { department: { archived: false } }] },
    asOf,
  );
  const waiting = people.filter((p) => p.readiness.status === "READY_FOR_REVIEW");
  const overdue = people.filter((p) => p.overdueCourses > 0 || p.readiness.status === "LAPSED");
  return {
    waiting: { total: waiting.length, people: waiting.slice(0, homeListLimit).map(personLine) },
    overdue: {
      total: overdue.length,
      // Lapsed first (they serve customers without a valid sign-off), then the most overdue courses.
      people: overdue
        .sort(
          (a, b) =>
            Number(b.readiness.status === "LAPSED") - Number(a.readiness.status === "LAPSED") ||
            b.overdueCourses - a.overdueCourses,
        )
        .slice(0, homeListLimit)
        .map(personLine),
    },
  };
}

/**
 * A staff member's home: their record and what stands between them and sign-off (their blockers, each with what
 * is expected and what they have). One statement for a person who has not left (loadOneReadiness carries the
 * record's fields too); only someone who left, with no readiness, reads the record on its own.
 */
export async function ownHome(db: Db, user: Actor & { locale?: string }, asOf = new Date()) {
  // The user's own record, as staffScope gives a STAFF user.
  const person = await loadOneReadiness(db, { userId: user.id }, asOf, user.locale);
  if (!person)
    return {
      record: await db.staffMember.findFirst({ where: staffScope(user), select: recordSelect }),
      readiness: null,
    };
  const { id, startDate, status, department, position } = person.staff;
  return {
    record: { id, startDate, status, department: { name: department.name }, position },
    readiness: blockersOf(person),
  };
}

const recordSelect = {
  id: true,
  startDate: true,
  status: true,
  department: { select: { name: true } },
  position: { select: { title: true } },
} satisfies Prisma.StaffMemberSelect;

function blockersOf(person: PersonReadiness) {
  const rows = new Map((person.profile?.requirements ?? []).map((r) => [r.id, r]));
  return {
    status: person.readiness.status,
    percent: person.readiness.percent,
    /** The sign-off in force was an override (must-haves not met): shown wherever the sign-off is. */
    override: person.signOff?.override ?? false,
    hasProfile: person.profile !== null,
    blockers: person.readiness.blockers.map((b) =>
      b.kind === "course"
        ? {
            kind: "course" as const,
            courseId: b.courseId,
            title: b.title,
            courseStatus: b.courseStatus,
            status: b.status,
          }
        : {
            kind: "requirement" as const,
            requirementId: b.requirementId,
            summary: summarizeRequirement(rows.get(b.requirementId)!),
            actual: b.actual,
            status: b.status,
          },
    ),
  };
}
