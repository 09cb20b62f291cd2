import { randomUUID } from "node:crypto";
import type { DbClient } from "../client";
import { seededRandom } from "../random";

export type HiringScaleOptions = { candidates: number; seed?: number };

const chunk = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const stages = [
  "APPLIED",
  "APPLIED",
  "APPLIED",
  "SCREENING",
  "SCREENING",
  "INTERVIEW",
  "OFFER",
  "REJECTED",
  "WITHDRAWN",
] as const;
const cefr = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
const languages = ["en", "fr", "de"] as const;
const certs = ["Complaint handling", "Key account", "Public procurement"] as const;

/**
 * One position with a 15-requirement profile (5 expertise, 1 experience, 3 languages, 3 certifications,
 * 3 interview criteria) and `candidates` candidates with applications, for the ranking benchmark.
 * Bulk inserts with client-side ids; each run adds its own segments, department and position.
 */
export async function seedHiringScale(db: DbClient, opts: HiringScaleOptions) {
  const rnd = seededRandom(opts.seed ?? 7);
  const run = Date.now().toString(36);
  const segments = Array.from({ length: 5 }, (_, i) => ({
    id: randomUUID(),
    name: `Hiring scale segment ${run}-${i + 1}`,
    kind: "ORGANIZATIONS" as const,
  }));
  await db.customerSegment.createMany({ data: segments });
  const department = await db.department.create({
    data: { name: `Hiring scale department ${run}`, segmentId: segments[0]!.id },
  });
  const position = await db.position.create({
    data: { title: `Ranking benchmark ${opts.candidates}`, departmentId: department.id, headcount: 10 },
  });
  const profile = await db.hiringProfile.create({
    data: { positionId: position.id, version: 1, note: "Scale seed" },
  });
  const requirements = [
    ...segments.map((s, i) => ({
      kind: "EXPERTISE" as const,
      segmentId: s.id,
      level: 1 + (i % 4),
      weight: 10 + i,
      mustHave: i === 0,
    })),
    { kind: "EXPERIENCE" as const, years: 3, weight: 10, mustHave: false },
    ...languages.map((language, i) => ({
      kind: "LANGUAGE" as const,
      language,
      cefr: cefr[2 + i]!,
      weight: 5,
      mustHave: i === 0,
    })),
    ...certs.map((certification) => ({
      kind: "CERTIFICATION" as const,
      certification,
      weight: 4,
      mustHave: false,
    })),
    ...["Listens first", "Explains fees", "Follows up"].map((criterion) => ({
      kind: "CRITERION" as const,
      criterion,
      rating: 4,
      weight: 6,
      mustHave: false,
    })),
  ].map((r, sortOrder) => ({ id: randomUUID(), profileId: profile.id, sortOrder, ...r }));
  await db.profileRequirement.createMany({ data: requirements });

  const candidates = Array.from({ length: opts.candidates }, (_, i) => ({
    id: randomUUID(),
    name: `Scale candidate ${String(i + 1).padStart(6, "0")}`,
    email: `scale.candidate.${run}.${i + 1}@scale.example`,
    customerFacingYears: rnd.int(0, 10),
  }));
  for (const part of chunk(candidates, 2000)) await db.candidate.createMany({ data: part });
  const expertise = candidates.flatMap((c) =>
    segments
      .filter(() => rnd.next() < 0.7)
      .map((s) => ({ candidateId: c.id, segmentId: s.id, level: rnd.int(0, 4) })),
  );
  for (const part of chunk(expertise, 5000)) await db.candidateExpertise.createMany({ data: part });
  const langs = candidates.flatMap((c) =>
    languages
      .filter(() => rnd.next() < 0.6)
      .map((language) => ({ candidateId: c.id, language, cefr: rnd.pick(cefr) })),
  );
  for (const part of chunk(langs, 5000)) await db.candidateLanguage.createMany({ data: part });
  const held = candidates.flatMap((c) =>
    certs
      .filter(() => rnd.next() < 0.3)
      .map((name) => ({
        id: randomUUID(),
        candidateId: c.id,
        name,
        expiresAt: rnd.next() < 0.2 ? new Date(Date.UTC(2025, 0, 1)) : null,
      })),
  );
  for (const part of chunk(held, 5000)) await db.candidateCertification.createMany({ data: part });

  const applications = candidates.map((c) => {
    const stage = rnd.pick(stages);
    return {
      id: randomUUID(),
      candidateId: c.id,
      positionId: position.id,
      profileId: profile.id,
      stage,
      rejectionReason: stage === "REJECTED" ? "Scale seed" : null,
    };
  });
  for (const part of chunk(applications, 2000)) await db.application.createMany({ data: part });
  await db.stageChange.createMany({
    data: applications.map((a) => ({
      applicationId: a.id,
      fromStage: null,
      toStage: a.stage,
      reason: a.rejectionReason,
    })),
  });
  return {
    positionId: position.id,
    requirements: requirements.length,
    candidates: candidates.length,
    expertise: expertise.length,
    languages: langs.length,
    certifications: held.length,
  };
}
