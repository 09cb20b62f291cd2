import type { Db } from "@portal/db";
import type { SessionUser } from "@portal/auth/session";
import { segmentCoverage } from "@portal/domain";
import { departmentScope, staffScope } from "../scopes";

/** What each role's home page needs to say "what to do next"; each branch reads only within scope. */
export async function homeSummary(db: Db, user: SessionUser) {
  switch (user.role) {
    case "ADMIN":
    case "HR": {
      const [segments, departments, staff, users, onboarding, positions, seated] = await Promise.all([
        db.customerSegment.findMany({ select: { id: true, name: true, archived: true } }),
        db.department.findMany({ select: { id: true, segmentId: true, headId: true, archived: true } }),
        db.staffMember.count({ where: { status: { not: "LEFT" } } }),
        db.user.count({ where: { active: true } }),
        db.staffMember.count({ where: { status: "ONBOARDING" } }),
        db.position.aggregate({ where: { archived: false, department: { archived: false } }, _sum: { headcount: true } }),
        db.staffMember.count({ where: { status: { not: "LEFT" }, position: { archived: false } } }),
      ]);
      const coverage = segmentCoverage(segments, departments);
      const orphans = coverage.filter((c) => c.orphan).map((c) => segments.find((s) => s.id === c.segmentId)?.name ?? "");
      return {
        role: user.role,
        counts: { segments: coverage.length, departments: departments.filter((d) => !d.archived).length, staff, users },
        orphanSegments: orphans,
        departmentsWithoutHead: departments.filter((d) => !d.archived && !d.headId).length,
        onboarding,
        openHeadcount: Math.max(0, (positions._sum.headcount ?? 0) - seated),
      } as const;
    }
    case "HEAD": {
      const departments = await db.department.findMany({
        where: { ...departmentScope(user), archived: false },
        orderBy: { name: "asc" },
        select: {
          id: true, name: true, targetHeadcount: true, segment: { select: { name: true } },
          _count: { select: { staff: { where: { status: { not: "LEFT" } } } } },
        },
      });
      const onboarding = await db.staffMember.groupBy({
        by: ["departmentId"],
        where: { ...staffScope(user), status: "ONBOARDING" },
        _count: { _all: true },
      });
      const onboardingBy = new Map(onboarding.map((o) => [o.departmentId, o._count._all]));
      return {
        role: user.role,
        departments: departments.map((d) => ({
          id: d.id, name: d.name, segment: d.segment.name, targetHeadcount: d.targetHeadcount,
          staff: d._count.staff, onboarding: onboardingBy.get(d.id) ?? 0,
        })),
      } as const;
    }
    case "STAFF": {
      const record = await db.staffMember.findFirst({
        where: staffScope(user),
        select: {
          id: true, startDate: true, status: true,
          department: { select: { name: true } }, position: { select: { title: true } },
        },
      });
      return { role: user.role, record } as const;
    }
  }
}
