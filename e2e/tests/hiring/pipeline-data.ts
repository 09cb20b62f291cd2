/**
 * Test-only data for the pipeline journey, written straight to the e2e database (the demo seed has no
 * candidates yet): a fresh position in Private Banking Service with a two-requirement profile and four
 * candidates. Names carry a run suffix, so a retry on the same database starts from clean cards.
 */
import { createPrismaClient } from "@portal/db";
import { createApplication, createCandidate, createHiringProfile } from "@portal/db/factories";

export async function seedPipelineJourney() {
  const db = createPrismaClient();
  try {
    const run = Date.now().toString(36);
    const department = await db.department.findFirstOrThrow({ where: { name: "Private Banking Service" } });
    const position = await db.position.create({
      data: { title: `E2E pipeline ${run}`, departmentId: department.id, headcount: 2 },
    });
    const profile = await createHiringProfile(db, {
      positionId: position.id,
      requirements: [
        { kind: "EXPERTISE", weight: 2, mustHave: true, segmentId: department.segmentId, level: 2 },
        { kind: "LANGUAGE", weight: 1, mustHave: false, language: "en", cefr: "B2" },
      ],
    });
    const people = [
      { name: `Alva ${run}`, level: 3, en: "C1", stage: "APPLIED" },
      { name: `Bruno ${run}`, level: 2, en: null, stage: "APPLIED" },
      { name: `Cora ${run}`, level: 1, en: "B2", stage: "SCREENING" },
      { name: `Dan ${run}`, level: 0, en: null, stage: "APPLIED" },
    ] as const;
    for (const p of people) {
      const candidate = await createCandidate(db, {
        name: p.name,
        email: `${p.name.replace(/\W+/g, ".")}@e2e.example`,
        expertise: [{ segmentId: department.segmentId, level: p.level }],
        languages: p.en ? [{ language: "en", cefr: p.en }] : [],
      });
      await createApplication(db, {
        candidateId: candidate.id,
        positionId: position.id,
        profileId: profile.id,
        stage: p.stage,
      });
    }
    return { positionId: position.id, title: position.title, names: people.map((p) => p.name) as string[] };
  } finally {
    await db.$disconnect();
  }
}
