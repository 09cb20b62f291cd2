/** A small pipeline for positionA (department A) ranked Ann, Bob, Cid, Dee, Eve; one application in positionB. */
import { createApplication, createCandidate, createHiringProfile } from "@portal/db/factories";
import type { CandidateStage } from "@portal/db";
import type { Org } from "./harness";

export async function seedPipeline(org: Org) {
  const { db } = org;
  const { segmentA, positionA, positionB } = org.org;
  const profile = await createHiringProfile(db, {
    positionId: positionA.id,
    requirements: [
      { kind: "EXPERTISE", weight: 2, mustHave: true, segmentId: segmentA.id, level: 3 },
      { kind: "LANGUAGE", weight: 1, mustHave: false, language: "en", cefr: "B2" },
    ],
  });
  const profileB = await createHiringProfile(db, {
    positionId: positionB.id,
    requirements: [{ kind: "EXPERIENCE", weight: 1, years: 2 }],
  });
  const expert = (level: number) => [{ segmentId: segmentA.id, level }];
  const people: [string, Parameters<typeof createCandidate>[1], CandidateStage][] = [
    ["Eve", {}, "APPLIED"],
    ["Cid", { expertise: expert(3) }, "SCREENING"],
    ["Dee", { expertise: expert(1), languages: [{ language: "en", cefr: "C2" }] }, "OFFER"],
    ["Bob", { expertise: expert(4) }, "APPLIED"],
    ["Ann", { expertise: expert(3), languages: [{ language: "en", cefr: "C1" }] }, "INTERVIEW"],
  ];
  const apps: Record<string, string> = {};
  for (const [name, facts, stage] of people) {
    const c = await createCandidate(db, { ...facts, name, email: `${name.toLowerCase()}@candidate.example` });
    apps[name] = (
      await createApplication(db, {
        candidateId: c.id,
        positionId: positionA.id,
        profileId: profile.id,
        stage,
      })
    ).id;
  }
  const other = await createCandidate(db, {
    name: "Zed",
    email: "zed@candidate.example",
    customerFacingYears: 5,
  });
  apps.Zed = (
    await createApplication(db, {
      candidateId: other.id,
      positionId: positionB.id,
      profileId: profileB.id,
      stage: "INTERVIEW",
    })
  ).id;
  return { profile, profileB, apps: apps as Record<"Ann" | "Bob" | "Cid" | "Dee" | "Eve" | "Zed", string> };
}
