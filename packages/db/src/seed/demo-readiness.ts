/**
 * Readiness demo data for the Nordvik bank: what heads have assessed about their people (experience, the
 * working language, certifications, interview-style criteria) and sign-offs, so every state shows: most of
 * the established staff signed off months after they started (time-to-sign-off has figures), one override
 * per department at most, a sign-off lapsed by an expired certificate (from the courses seed), newcomers
 * ready for review, and newcomers still in progress. Deterministic; runs inside the demo seed's transaction
 * after the courses seed (it reads enrolments to know who passed what).
 */
import { assessmentSubject, requirementKey } from "@portal/domain";
import type { DbClient } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { seededRandom } from "../random";

const DAY = 86_400_000;
const cefrOrder = ["A1", "A2", "B1", "B2", "C1", "C2"];

export async function seedDemoReadiness(db: DbClient, now = new Date()) {
  const rnd = seededRandom(20261125);
  const staff = await db.staffMember.findMany({
    where: { hiredFrom: null },
    orderBy: { user: { email: "asc" } },
    select: {
      id: true,
      status: true,
      startDate: true,
      positionId: true,
      user: { select: { email: true } },
      department: { select: { segmentId: true, requiredLevel: true, headId: true } },
      expertise: { select: { segmentId: true, level: true } },
      enrolments: { select: { passedAt: true } },
    },
  });
  const profiles = await db.hiringProfile.findMany({
    distinct: ["positionId"],
    orderBy: [{ positionId: "asc" }, { version: "desc" }],
    include: { requirements: true },
  });
  const profileOf = new Map(profiles.map((p) => [p.positionId, p]));

  const assessments: Prisma.StaffAssessmentCreateManyInput[] = [];
  const signOffs: Prisma.SignOffCreateManyInput[] = [];
  const overridden = new Set<string>();
  let readyForReview = 0;

  for (const p of staff) {
    const profile = p.positionId ? profileOf.get(p.positionId) : undefined;
    if (!profile || p.user.email === "staff@nordvik.example") continue; // the demo learner stays mid-way for the e2e journey
    const ownLevel = p.expertise.find((e) => e.segmentId === p.department.segmentId)?.level ?? 0;
    const coursesPassed = p.enrolments.length > 0 && p.enrolments.every((e) => e.passedAt !== null);
    const established = p.status === "ACTIVE";
    // Newcomers who finished their courses and reached the level were assessed by their head: ready for review.
    const assessed = established || (coursesPassed && ownLevel >= p.department.requiredLevel);
    if (!assessed) continue;
    const assessedAt = established
      ? new Date(Math.min(now.getTime() - 7 * DAY, p.startDate.getTime() + rnd.int(20, 90) * DAY))
      : new Date(now.getTime() - rnd.int(1, 5) * DAY);
    const weak = established && rnd.next() < 0.1; // a few established people fall short of a must-have language
    for (const r of profile.requirements) {
      const base = { staffMemberId: p.id, assessedById: p.department.headId, assessedAt, note: "" };
      if (r.kind === "EXPERIENCE")
        assessments.push({ ...base, kind: r.kind, subject: "", value: r.years! + rnd.int(0, 4) });
      if (r.kind === "LANGUAGE") {
        const target = cefrOrder.indexOf(r.cefr!);
        assessments.push({
          ...base,
          kind: r.kind,
          subject: r.language!,
          cefr: cefrOrder[Math.max(0, Math.min(5, target + (weak ? -1 : rnd.int(0, 1))))]!,
        });
      }
      if (r.kind === "CERTIFICATION") {
        assessments.push({
          ...base,
          kind: r.kind,
          subject: assessmentSubject(r.certification!),
          value: 1,
          expiresAt: new Date(Date.UTC(now.getUTCFullYear() + 2, 5, 30)),
        });
      }
      if (r.kind === "CRITERION")
        assessments.push({
          ...base,
          kind: r.kind,
          subject: assessmentSubject(r.criterion!),
          value: rnd.int(3, 5),
          note: "Observed on customer calls",
        });
    }
    if (!established) {
      readyForReview += 1;
      continue;
    }
    const meetsMustHaves = ownLevel >= p.department.requiredLevel && !weak;
    const deptKey = p.department.segmentId;
    const override = !meetsMustHaves && !overridden.has(deptKey) && rnd.next() < 0.5;
    if (!meetsMustHaves && !override) continue;
    if (override) overridden.add(deptKey);
    if (rnd.next() < 0.1) continue; // a few established people were never formally signed off
    signOffs.push({
      staffMemberId: p.id,
      positionId: p.positionId,
      profileId: profile.id,
      requirementKeys: profile.requirements.map(requirementKey),
      comment: override ? "" : "Handles the segment's customers on their own.",
      override,
      overrideReason: override
        ? "Covers the desk while the language course is pending; shadowed for a month."
        : null,
      percent: override ? 80 : 100,
      signedOffById: p.department.headId,
      signedOffAt: new Date(Math.min(now.getTime() - DAY, assessedAt.getTime() + rnd.int(3, 40) * DAY)),
    });
  }
  await db.staffAssessment.createMany({ data: assessments });
  await db.signOff.createMany({ data: signOffs });
  return {
    assessments: assessments.length,
    signOffs: signOffs.length,
    overrides: overridden.size,
    readyForReview,
  };
}
