/**
 * Test-only data for the readiness journey, written straight to the e2e database: a fresh position in Private
 * Banking Service whose profile asks for the segment at level 2 (must-have), and two newcomers in it. One meets
 * it and has passed every course the department's rules require (ready for review); the other has no expertise
 * (not ready). Names carry a run suffix, so a retry on the same database starts from people in those states.
 */
import { createPrismaClient } from "@portal/db";
import { createHiringProfile, createPosition, createStaffMember, setExpertise } from "@portal/db/factories";

export async function seedReadinessJourney() {
  const db = createPrismaClient();
  try {
    const run = Date.now().toString(36);
    const department = await db.department.findFirstOrThrow({
      where: { name: "Private Banking Service" },
      include: { segment: true },
    });
    const position = await createPosition(db, {
      departmentId: department.id,
      title: `E2E readiness desk ${run}`,
      headcount: 2,
    });
    await createHiringProfile(db, {
      positionId: position.id,
      requirements: [
        { kind: "EXPERTISE", weight: 2, mustHave: true, segmentId: department.segmentId, level: 2 },
      ],
    });
    const ready = await createStaffMember(db, {
      departmentId: department.id,
      positionId: position.id,
      name: `Rea Ready ${run}`,
    });
    const notReady = await createStaffMember(db, {
      departmentId: department.id,
      positionId: position.id,
      name: `Nils Notready ${run}`,
    });
    await setExpertise(db, { staffMemberId: ready.id, segmentId: department.segmentId, level: 3 });
    // Every course a rule requires of this placement, passed today (the same rules the readiness service reads).
    const rules = await db.courseRule.findMany({
      where: {
        removedAt: null,
        course: { archived: false, versions: { some: { status: "PUBLISHED" } } },
        OR: [
          { departmentId: department.id },
          { positionId: position.id },
          { segmentId: department.segmentId },
        ],
      },
      include: {
        course: {
          include: { versions: { where: { status: "PUBLISHED" }, orderBy: { version: "desc" }, take: 1 } },
        },
      },
    });
    const courses = new Map(rules.map((r) => [r.courseId, r]));
    for (const rule of courses.values()) {
      await db.enrolment.create({
        data: {
          staffMemberId: ready.id,
          courseId: rule.courseId,
          versionId: rule.course.versions[0]!.id,
          source: "RULE",
          ruleId: rule.id,
          passedAt: new Date(),
          recertifyMonths: rule.recertifyMonths,
        },
      });
    }
    return {
      department: department.name,
      segment: department.segment.name,
      positionId: position.id,
      segmentId: department.segmentId,
      ready: { id: ready.id, name: `Rea Ready ${run}` },
      notReady: { id: notReady.id, name: `Nils Notready ${run}` },
    };
  } finally {
    await db.$disconnect();
  }
}

/**
 * HR asks more of the journey's position: a new profile version with the same expertise requirement and a
 * criterion rated at interview. A sign-off given before covers only the expertise, so it lapses.
 */
export async function profileGainsCriterion(positionId: string, segmentId: string, criterion: string) {
  const db = createPrismaClient();
  try {
    await createHiringProfile(db, {
      positionId,
      requirements: [
        { kind: "EXPERTISE", weight: 2, mustHave: true, segmentId, level: 2 },
        { kind: "CRITERION", weight: 1, mustHave: false, criterion, rating: 4 },
      ],
    });
  } finally {
    await db.$disconnect();
  }
}
