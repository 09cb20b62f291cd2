import type { Db } from "@portal/db";
import { departmentScope, staffScope } from "../../scopes";
import { companyFigures } from "../company-figures";
import { companyOverview, coverageFor } from "../coverage/company";
import { openingsBySegment } from "./openings";
import { headReadiness, ownBlockers } from "./readiness";
import type { Actor } from "../../actor";

/** What each role's home page needs to say "what to do next"; each branch reads only within scope. */
export async function homeSummary(db: Db, user: Actor) {
  switch (user.role) {
    case "ADMIN":
    case "HR": {
      // Whole-company figures: stored and shared until the data changes (companyOverview), not computed per request.
      const { coverage, home } = await companyOverview(db);
      const { openSeats, ...figures } = home;
      return {
        role: user.role,
        ...figures,
        openingsBySegment: openingsBySegment(coverage, openSeats),
        asOf: coverage.asOf,
      } as const;
    }
    case "HEAD": {
      const [departments, coverage, readiness] = await Promise.all([
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
        // Staff and onboarding per department exactly as /coverage counts them (the same function).
        coverageFor(db, user),
        // A head's waiting and overdue people: stored per head until the data changes (a minute at most).
        companyFigures(db, `head-readiness:${user.id}`, (asOf) => headReadiness(db, user, asOf)),
      ]);
      const coverageBy = new Map(
        coverage.segments.flatMap((s) => s.departments.map((d) => [d.departmentId, d] as const)),
      );
      return {
        role: user.role,
        departments: departments.map((d) => ({
          id: d.id,
          name: d.name,
          segment: d.segment.name,
          targetHeadcount: d.targetHeadcount,
          staff: coverageBy.get(d.id)?.staff ?? d._count.staff,
          onboarding: coverageBy.get(d.id)?.onboarding ?? 0,
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
