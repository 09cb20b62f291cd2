import type { Db } from "@portal/db";
import { segmentCoverage } from "@portal/domain";
import type { Actor } from "../../actor";
import type { z } from "zod";
import type { timeToSignOffQuery } from "@portal/validators";
import { companyFigures } from "../company-figures";
import { pageOfRows } from "../../pagination";
import { notFound } from "../../errors";
import { segmentScope } from "../../scopes";
import { countOf, currentStaffByPosition } from "../counts";
import { coverageOverview } from "./overview";
import { timeToSignOff } from "./time-to-sign-off";
import { coverageTrend } from "./trend";

/**
 * The whole company's coverage and the counts of the ADMIN and HR home pages, as one stored set of figures
 * (`companyFigures`: computed once per change of the data, not per request). Home and /coverage read the same
 * figures, so they never disagree, and both can say the time they are from (`coverage.asOf`).
 */
export function companyOverview(db: Db) {
  return companyFigures(db, "company", async (asOf) => {
    const [segments, departments, staff, users, positions, seated, seats, filled, coverage] =
      await Promise.all([
        db.customerSegment.findMany({ select: { id: true, name: true, archived: true } }),
        db.department.findMany({ select: { id: true, segmentId: true, headId: true, archived: true } }),
        db.staffMember.count({ where: { status: { not: "LEFT" } } }),
        db.user.count({ where: { active: true } }),
        db.position.aggregate({
          where: { archived: false, department: { archived: false } },
          _sum: { headcount: true },
        }),
        db.staffMember.count({ where: { status: { not: "LEFT" }, position: { archived: false } } }),
        db.position.findMany({
          where: { archived: false, department: { archived: false } },
          select: { id: true, headcount: true, department: { select: { segmentId: true } } },
        }),
        currentStaffByPosition(db, null),
        coverageOverview(db, { id: "", role: "ADMIN" }, asOf),
      ]);
    const segmentStates = segmentCoverage(segments, departments);
    // Open seats (headcount minus staff) per customer segment.
    const openSeats: Record<string, number> = {};
    for (const p of seats)
      openSeats[p.department.segmentId] =
        (openSeats[p.department.segmentId] ?? 0) + Math.max(0, p.headcount - countOf(filled, p.id));
    return {
      coverage,
      home: {
        counts: {
          segments: segmentStates.length,
          departments: departments.filter((d) => !d.archived).length,
          staff,
          users,
        },
        orphanSegments: segmentStates
          .filter((c) => c.orphan)
          .map((c) => segments.find((s) => s.id === c.segmentId)?.name ?? ""),
        departmentsWithoutHead: departments.filter((d) => !d.archived && !d.headId).length,
        // The Onboarding column of /coverage, summed: one figure, one function (coverageOverview).
        onboarding: coverage.totals.onboarding,
        openHeadcount: Math.max(0, (positions._sum.headcount ?? 0) - seated),
        openSeats,
      },
    };
  });
}

/**
 * The coverage page's overview: the stored company figures for ADMIN and HR; a head's own segments stored per head
 * the same way (the same triggers raise the version, the same minute at most), not computed on every request.
 * The head's home and /coverage both read it here, so they never disagree either.
 */
export async function coverageFor(db: Db, actor: Actor) {
  if (actor.role === "ADMIN" || actor.role === "HR") return (await companyOverview(db)).coverage;
  return companyFigures(db, `head-coverage:${actor.id}`, (asOf) => coverageOverview(db, actor, asOf));
}

type StoredOverview = Awaited<ReturnType<typeof coverageFor>>;
type StoredFlag = StoredOverview["flags"][number];

/** A flag with the names of the departments it speaks of, so the page can word it without every department. */
function namedFlag(flag: StoredFlag, departmentName: (id: string) => string) {
  switch (flag.kind) {
    case "orphanSegment":
      return flag;
    case "overlap":
      return { ...flag, departmentNames: flag.departmentIds.map(departmentName) };
    case "noHead":
    case "belowTarget":
      return { ...flag, departmentName: departmentName(flag.departmentId) };
  }
}

/**
 * The coverage page's first view: the totals, the flags and each segment's figures with its number of
 * departments. A whole company has hundreds of departments; a segment's come when it is opened
 * (`segmentDepartmentsFor`), from the same stored figures, so the two never disagree.
 */
export async function coverageSummaryFor(db: Db, actor: Actor) {
  const overview = await coverageFor(db, actor);
  const names = new Map(overview.segments.flatMap((s) => s.departments.map((d) => [d.departmentId, d.name])));
  return {
    asOf: overview.asOf,
    totals: overview.totals,
    flags: overview.flags.map((f) => namedFlag(f, (id) => names.get(id) ?? "")),
    segments: overview.segments.map(({ departments, ...segment }) => ({
      ...segment,
      departmentCount: departments.length,
    })),
  };
}

/**
 * The departments serving one segment the actor sees (a head: their own segments only), with their figures. A
 * segment the actor may not see is refused before the stored figures are read, so a refusal never refreshes them.
 */
export async function segmentDepartmentsFor(db: Db, actor: Actor, segmentId: string) {
  const visible = await db.customerSegment.count({
    where: { id: segmentId, archived: false, ...segmentScope(actor) },
  });
  if (visible === 0) throw notFound("segmentNotFound");
  const segment = (await coverageFor(db, actor)).segments.find((s) => s.segmentId === segmentId);
  if (!segment) throw notFound("segmentNotFound");
  return { segmentId, name: segment.name, departments: segment.departments };
}

/**
 * Time to sign-off: the whole company's as stored company figures for ADMIN and HR; a head's computed. The
 * overall figures and histogram whole, the per-department and per-position tables a page each (sliced from the
 * figures, which hold every row: hundreds of departments and positions in a whole company).
 */
export async function timeToSignOffFor(db: Db, actor: Actor, input: z.output<typeof timeToSignOffQuery>) {
  const stats =
    actor.role === "ADMIN" || actor.role === "HR"
      ? await companyFigures(db, "time-to-sign-off", () => timeToSignOff(db, { id: "", role: "ADMIN" }))
      : await timeToSignOff(db, actor);
  return {
    overall: stats.overall,
    histogram: stats.histogram,
    departments: pageOfRows(stats.departments, input.departments),
    positions: pageOfRows(stats.positions, input.positions),
  };
}

/** The weekly trend, whose point for this week is the overview's own figures (coverageFor): one source. */
export async function coverageTrendFor(db: Db, actor: Actor, input: { weeks: number }) {
  const current = await coverageFor(db, actor);
  return coverageTrend(db, actor, input, new Date(), current);
}
