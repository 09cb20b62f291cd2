/** A hiring profile on position A and candidates at several stages, on top of the harness organization. */
import { createApplication, createCandidate, createHiringProfile } from "@portal/db/factories";
import type { CandidateStage } from "@portal/db";
import type { Org } from "./harness";

export async function setupHiring(org: Org) {
  const { db } = org;
  const profileA = await createHiringProfile(db, {
    positionId: org.org.positionA.id,
    requirements: [
      { kind: "EXPERTISE", weight: 40, mustHave: true, segmentId: org.org.segmentA.id, level: 3 },
      { kind: "EXPERIENCE", weight: 20, years: 2 },
      { kind: "LANGUAGE", weight: 20, language: "en", cefr: "B2" },
      { kind: "CRITERION", weight: 20, criterion: "Explains fees without jargon", rating: 4 },
    ],
  });
  const profileB = await createHiringProfile(db, {
    positionId: org.org.positionB.id,
    requirements: [{ kind: "EXPERTISE", weight: 1, segmentId: org.org.segmentB.id, level: 2 }],
  });
  let n = 0;
  const applicant = async (stage: CandidateStage, position: "A" | "B" = "A") => {
    n++;
    const candidate = await createCandidate(db, {
      name: `Applicant ${n}`,
      email: `applicant.${n}@candidate.example`,
      customerFacingYears: 3,
      expertise: [
        { segmentId: org.org.segmentA.id, level: 4 },
        { segmentId: org.org.orphan.id, level: 2 },
      ],
      languages: [{ language: "en", cefr: "C1" }],
    });
    const profile = position === "A" ? profileA : profileB;
    const positionId = position === "A" ? org.org.positionA.id : org.org.positionB.id;
    return createApplication(db, {
      candidateId: candidate.id,
      positionId,
      profileId: profile.id,
      stage,
      actorId: org.users.hr.id,
    });
  };
  const [expertise, experience, language, criterion] = profileA.requirements as [
    (typeof profileA.requirements)[number],
    (typeof profileA.requirements)[number],
    (typeof profileA.requirements)[number],
    (typeof profileA.requirements)[number],
  ];
  const req = { expertise, experience, language, criterion };
  /** A complete set of ratings for profile A. */
  const allRatings = (expertiseRating: number, criterionRating = 4) => [
    { requirementId: req.expertise.id, rating: expertiseRating, note: "" },
    { requirementId: req.experience.id, rating: 4, note: "" },
    { requirementId: req.language.id, rating: 4, note: "" },
    { requirementId: req.criterion.id, rating: criterionRating, note: "Clear, no jargon" },
  ];
  return { profileA, profileB, req, applicant, allRatings };
}
