import type { Db } from "@portal/db";
import { analyzeCoverage } from "@portal/domain";
import { segmentScope } from "../../scopes";
import { coveragePeople } from "./people";
import type { Actor } from "../../actor";

/**
 * Coverage of every customer segment the actor may see (HEAD: the segments of their own departments, with
 * every department serving them, since coverage is a property of the segment). Constant number of queries:
 * segments, departments, and the people's statuses (`coveragePeople`), whatever the size of the company.
 */
export async function coverageOverview(db: Db, actor: Actor, asOf = new Date()) {
  const segmentWhere = { archived: false, ...segmentScope(actor) };
  const [segments, departments, people] = await Promise.all([
    db.customerSegment.findMany({
      where: segmentWhere,
      select: { id: true, name: true, archived: true, bestCustomerPriority: true },
    }),
    db.department.findMany({
      where: { archived: false, segment: segmentWhere },
      select: {
        id: true,
        name: true,
        segmentId: true,
        headId: true,
        archived: true,
        targetHeadcount: true,
        head: { select: { name: true } },
      },
    }),
    coveragePeople(db, { archived: false, segment: segmentWhere }, asOf),
  ]);
  const analysis = analyzeCoverage({ segments, departments, people, asOf });
  const headName = new Map(departments.map((d) => [d.id, d.head?.name ?? null]));
  return {
    asOf,
    totals: analysis.totals,
    flags: analysis.flags,
    segments: analysis.segments.map((s) => ({
      ...s,
      departments: s.departments.map((d) => ({ ...d, headName: headName.get(d.departmentId) ?? null })),
    })),
  };
}
export type CoverageOverview = Awaited<ReturnType<typeof coverageOverview>>;
