/**
 * Everything scoreApplication needs for many applications at once, with three queries however many there are
 * (candidates' facts, submitted ratings, profile versions). Used to store fits in bulk: a 5,000-row import, or
 * the first ranking of 10,000 applications whose fit is not stored yet.
 */
import type { DbClient } from "@portal/db";
import type { ApplicationFitInput, ApplicationForFit } from "./fit";

export type FitTarget = { id: string; candidateId: string; profileId: string };

/** One candidate's facts as read from the facts document (dates as ISO strings). */
type Facts = {
  /** Whether the candidate row itself came back (child rows alone do not make a candidate). */
  found: boolean;
  name: string;
  email: string | null;
  anonymizedAt: string | null;
  years: number;
  languages: { language: string; cefr: string }[];
  certifications: { name: string; expiresAt: string | null }[];
  expertise: { segmentId: string; level: number }[];
};
/** The rows of the facts document: a candidate, or one of their languages, certifications or expertise levels. */
type FactRow =
  | ["c", string, string, string | null, string | null, number]
  | ["l", string, string, string]
  | ["x", string, string, string | null]
  | ["e", string, string, number];

function groupFacts(rows: FactRow[]) {
  const by = new Map<string, Facts>();
  const of = (id: string) => {
    let f = by.get(id);
    if (!f)
      by.set(
        id,
        (f = {
          found: false,
          name: "",
          email: null,
          anonymizedAt: null,
          years: 0,
          languages: [],
          certifications: [],
          expertise: [],
        }),
      );
    return f;
  };
  for (const row of rows) {
    const f = of(row[1]);
    switch (row[0]) {
      case "c":
        [f.found, f.name, f.email, f.anonymizedAt, f.years] = [true, row[2], row[3], row[4], row[5]];
        break;
      case "l":
        f.languages.push({ language: row[2], cefr: row[3] });
        break;
      case "x":
        f.certifications.push({ name: row[2], expiresAt: row[3] });
        break;
      case "e":
        f.expertise.push({ segmentId: row[2], level: row[3] });
        break;
    }
  }
  return by;
}

type RatingRow = { applicationId: string; requirementId: string; rating: number };

export async function loadFitInputs(
  db: DbClient,
  targets: FitTarget[],
): Promise<Map<string, ApplicationFitInput>> {
  if (targets.length === 0) return new Map();
  const candidateIds = [...new Set(targets.map((a) => a.candidateId))];
  const applicationIds = targets.map((a) => a.id);
  const profileIds = [...new Set(targets.map((a) => a.profileId))];
  // One after the other: callers run inside a transaction, whose single connection cannot run queries at once.
  // The candidates and their facts come as ONE JSON text of flat rows, parsed once: building nested JSON per
  // candidate in PostgreSQL, or returning 60,000 rows through the driver adapter, costs several times more.
  const facts = await db.$queryRaw<{ facts: string }[]>`
      WITH ids AS MATERIALIZED (SELECT unnest(${candidateIds}::text[]) AS id) -- the ids are sent once
      SELECT coalesce(json_agg(r), '[]')::text AS facts FROM (
        SELECT json_build_array('c', c.id, c.name, c.email, c."anonymizedAt", c."customerFacingYears") AS r FROM "Candidate" c JOIN ids ON ids.id = c.id
        UNION ALL SELECT json_build_array('l', l."candidateId", l.language, l.cefr) FROM "CandidateLanguage" l JOIN ids ON ids.id = l."candidateId"
        UNION ALL SELECT json_build_array('x', x."candidateId", x.name, x."expiresAt") FROM "CandidateCertification" x JOIN ids ON ids.id = x."candidateId"
        UNION ALL SELECT json_build_array('e', e."candidateId", e."segmentId", e.level) FROM "CandidateExpertise" e JOIN ids ON ids.id = e."candidateId"
      ) t`;
  const ratings = await db.$queryRaw<RatingRow[]>`
      SELECT s."applicationId", r."requirementId", r.rating
      FROM "Scorecard" s JOIN "ScorecardRating" r ON r."scorecardId" = s.id
      WHERE s."submittedAt" IS NOT NULL AND s."applicationId" = ANY(${applicationIds}::text[])`;
  const profiles = await db.hiringProfile.findMany({
    where: { id: { in: profileIds } },
    include: { requirements: { orderBy: { sortOrder: "asc" } } },
  });
  const factsBy = groupFacts(JSON.parse(facts[0]?.facts ?? "[]") as FactRow[]);
  const ratingsBy = new Map<string, { requirementId: string; rating: number }[]>();
  for (const r of ratings) {
    const list = ratingsBy.get(r.applicationId) ?? [];
    list.push({ requirementId: r.requirementId, rating: r.rating });
    ratingsBy.set(r.applicationId, list);
  }
  const profileBy = new Map(profiles.map((p) => [p.id, p]));
  const inputs = new Map<string, ApplicationFitInput>();
  for (const a of targets) {
    const f = factsBy.get(a.candidateId);
    // The caller holds the application rows' locks, and a candidate is deleted only with its applications.
    if (!f?.found)
      throw new Error(`Candidate ${a.candidateId} of application ${a.id} vanished while scoring.`);
    inputs.set(
      a.id,
      inputOf(a.candidateId, f, profileBy.get(a.profileId)!, [{ ratings: ratingsBy.get(a.id) ?? [] }]),
    );
  }
  return inputs;
}

function inputOf(
  candidateId: string,
  f: Facts,
  profile: ApplicationForFit["profile"],
  scorecards: ApplicationForFit["scorecards"],
): ApplicationFitInput {
  return {
    candidate: {
      id: candidateId,
      name: f.name,
      email: f.email,
      anonymizedAt: f.anonymizedAt ? new Date(f.anonymizedAt) : null,
      customerFacingYears: f.years,
      languages: f.languages,
      certifications: f.certifications.map((c) => ({
        name: c.name,
        expiresAt: c.expiresAt ? new Date(c.expiresAt) : null,
      })),
      expertise: f.expertise,
    },
    profile,
    scorecards,
  };
}
