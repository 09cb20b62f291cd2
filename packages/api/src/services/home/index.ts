import type { Db } from "@portal/db";
import { departmentScope } from "../../scopes";
import { companyFigures } from "../company-figures";
import { countOf, currentStaffByDepartment } from "../counts";
import { companyOverview, coverageFor } from "../coverage/company";
import { openingsBySegment } from "./openings";
import { headReadiness, ownHome } from "./readiness";
import type { Actor } from "../../actor";

/** What each role's home page needs to say "what to do next"; each branch reads only within scope. */
export async function homeSummary(db: Db, user: Actor & { locale?: string }) {
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
      // Coverage counts every department of the head's segments; one it does not show is counted here.
      const uncovered = departments.filter((d) => !coverageBy.has(d.id)).map((d) => d.id);
      const staffOf = uncovered.length
        ? await currentStaffByDepartment(db, uncovered)
        : new Map<string, number>();
      return {
        role: user.role,
        departments: departments.map((d) => ({
          id: d.id,
          name: d.name,
          segment: d.segment.name,
          targetHeadcount: d.targetHeadcount,
          staff: coverageBy.get(d.id)?.staff ?? countOf(staffOf, d.id),
          onboarding: coverageBy.get(d.id)?.onboarding ?? 0,
        })),
        ...readiness,
      } as const;
    }
    case "STAFF": {
      const { record, readiness } = await ownHome(db, user);
      return { role: user.role, record, readiness } as const;
    }
  }
}
