import type { Db } from "@portal/db";
import { segmentCoverage } from "@portal/domain";
import { departmentScope, staffScope } from "../../scopes";
import { openingsBySegment } from "./openings";
import { headReadiness, ownBlockers } from "./readiness";
import type { Actor } from "../../actor";

/** What each role's home page needs to say "what to do next"; each branch reads only within scope. */
export async function homeSummary(db: Db, user: Actor) {
  switch (user.role) {
    case "ADMIN":
    case "HR": {
      const [segments, departments, staff, users, onboarding, positions, seated, openings] =
        await Promise.all([
          db.customerSegment.findMany({ select: { id: true, name: true, archived: true } }),
          db.department.findMany({ select: { id: true, segmentId: true, headId: true, archived: true } }),
          db.staffMember.count({ where: { status: { not: "LEFT" } } }),
          db.user.count({ where: { active: true } }),
          db.staffMember.count({ where: { status: "ONBOARDING" } }),
          db.position.aggregate({
            where: { archived: false, department: { archived: false } },
            _sum: { headcount: true },
          }),
          db.staffMember.count({ where: { status: { not: "LEFT" }, position: { archived: false } } }),
          openingsBySegment(db, user),
        ]);
      const coverage = segmentCoverage(segments, departments);
      const orphans = coverage
        .filter((c) => c.orphan)
        .map((c) => segments.find((s) => s.id === c.segmentId)?.name ?? "");
      return {
        role: user.role,
        counts: {
          segments: coverage.length,
          departments: departments.filter((d) => !d.archived).length,
          staff,
          users,
        },
        orphanSegments: orphans,
        departmentsWithoutHead: departments.filter((d) => !d.archived && !d.headId).length,
        onboarding,
        openHeadcount: Math.max(0, (positions._sum.headcount ?? 0) - seated),
        openingsBySegment: openings,
      } as const;
    }
    case "HEAD": {
      const [departments, onboarding, readiness] = await Promise.all([
        db.department.findMany({
          where: { ...departmentScope(user), archived: false },
          orderBy: { name: "asc" },
          select: {
            id: true,
            name: true,
            targetHeadcount: true,
            segment: { select: { name: true } },
            _count: { select: { staff: { where: { status: { not: "LEFT" } } } } },
          },
        }),
        db.staffMember.groupBy({
          by: ["departmentId"],
          where: { ...staffScope(user), status: "ONBOARDING" },
          _count: { _all: true },
        }),
        headReadiness(db, user),
      ]);
      const onboardingBy = new Map(onboarding.map((o) => [o.departmentId, o._count._all]));
      return {
        role: user.role,
        departments: departments.map((d) => ({
          id: d.id,
          name: d.name,
          segment: d.segment.name,
          targetHeadcount: d.targetHeadcount,
          staff: d._count.staff,
          onboarding: onboardingBy.get(d.id) ?? 0,
        })),
        ...readiness,
      } as const;
    }
    case "STAFF": {
      const [record, readiness] = await Promise.all([
        db.staffMember.findFirst({
          where: staffScope(user),
          select: {
            id: true,
            startDate: true,
            status: true,
            department: { select: { name: true } },
            position: { select: { title: true } },
          },
        }),
        ownBlockers(db, user),
      ]);
      return { role: user.role, record, readiness } as const;
    }
  }
}
