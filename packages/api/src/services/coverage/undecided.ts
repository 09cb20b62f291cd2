import type { DbClient, ProfileRequirement } from "@portal/db";
import { readinessAttributes, scoreFit, type CoverageStatus, type StaffAssessmentFact } from "@portal/domain";
import { toDomainRequirement } from "../hiring/requirements";
import { byPerson, hireSelect } from "../readiness/load";

/**
 * The coverage status of the people `coverageStatusWithoutFacts` leaves undecided: no sign-off in force and
 * every required course passed, so `assessReadiness` says READY_FOR_REVIEW exactly when every must-have
 * requirement is met, and IN_PROGRESS / NOT_STARTED (both ONBOARDING) otherwise. Each requirement is measured
 * on its own (`scoreFit`), so only the must-haves are scored, and only the facts their kinds read are loaded:
 * expertise for EXPERTISE, assessments and the hiring application for the others. In the scale seed nearly
 * every must-have is expertise, which skips most of the 30,000 assessments. Three queries whatever the number.
 */
export async function undecidedStatuses(
  db: DbClient,
  people: readonly { id: string; positionId: string | null }[],
  requirements: Map<string, ProfileRequirement[]>,
  asOf: Date,
): Promise<Map<string, CoverageStatus>> {
  const mustHavesOf = (positionId: string | null) =>
    ((positionId && requirements.get(positionId)) || []).filter((r) => r.mustHave);
  const needsExpertise: string[] = [];
  const needsOther: string[] = [];
  for (const p of people) {
    const kinds = new Set(mustHavesOf(p.positionId).map((r) => r.kind));
    if (kinds.has("EXPERTISE")) needsExpertise.push(p.id);
    if (kinds.size > (kinds.has("EXPERTISE") ? 1 : 0)) needsOther.push(p.id);
  }
  const [expertise, assessments, hires] = await Promise.all([
    // Raw SQL with one array parameter: a Prisma `in` of thousands of ids binds each one separately.
    db.$queryRaw<{ staffMemberId: string; segmentId: string; level: number }[]>`
      SELECT "staffMemberId", "segmentId", level FROM "Expertise" WHERE "staffMemberId" = ANY(${needsExpertise})`,
    db.$queryRaw<(StaffAssessmentFact & { staffMemberId: string })[]>`
      SELECT "staffMemberId", kind, subject, value, cefr, "expiresAt" FROM "StaffAssessment" WHERE "staffMemberId" = ANY(${needsOther})`,
    db.application.findMany({ where: { hiredStaffMemberId: { in: needsOther } }, select: hireSelect }),
  ]);
  const facts = {
    expertise: byPerson(expertise),
    // The table's CHECK constraint keeps EXPERTISE out and CEFR values valid.
    assessments: byPerson(assessments),
    hires: new Map(hires.map((h) => [h.hiredStaffMemberId!, h])),
  };
  return new Map(
    people.map((p) => {
      const mustHaves = mustHavesOf(p.positionId);
      const { attributes } = readinessAttributes(p.id, facts, mustHaves);
      const met = scoreFit(attributes, mustHaves.map(toDomainRequirement), asOf).requirements.every(
        (r) => r.status === "met",
      );
      return [p.id, met ? "READY_FOR_REVIEW" : "ONBOARDING"];
    }),
  );
}
