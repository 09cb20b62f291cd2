/**
 * Loads and scores every visible application of one position with a fixed number of SQL queries, however
 * many candidates there are (the ranking benchmark holds this to 10,000 candidates). The access gate is a
 * Prisma query carrying applicationScope; the candidates' facts are then read for exactly those rows with
 * array parameters, and each application is scored with scoreApplication (the only fit computation).
 */
import { createHash } from "node:crypto";
import type { DbClient, Prisma } from "@portal/db";
import type { SessionUser } from "@portal/auth/session";
import { notFound } from "../../errors";
import { applicationScope, positionScope } from "../../scopes";
import { scoreApplication, type ApplicationFit, type ApplicationFitInput, type ApplicationForFit } from "./fit";
import { cachedFit } from "./pipeline-fit-cache";

type Actor = Pick<SessionUser, "id" | "role">;

const DAY = 86_400_000;

export type ScoredApplication = {
  id: string;
  candidateId: string;
  name: string;
  anonymized: boolean;
  stage: ApplicationForFit["stage"];
  stageChangedAt: Date;
  daysInStage: number;
  profileVersion: number;
  /** Copies of fit.eligible and fit.score, so the ranking comparator reads flat fields (it runs ~n log n times). */
  eligible: boolean;
  score: number;
  fit: ApplicationFit;
};

export async function visiblePosition(db: DbClient, actor: Actor, positionId: string) {
  const position = await db.position.findFirst({
    where: { AND: [{ id: positionId }, positionScope(actor)] },
    select: {
      id: true, title: true, headcount: true, archived: true,
      department: { select: { id: true, name: true, segment: { select: { id: true, name: true } } } },
      profiles: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true } },
      _count: { select: { staff: { where: { status: { not: "LEFT" } } } } },
    },
  });
  if (!position) throw notFound("Position");
  const { profiles, _count, ...rest } = position;
  return { ...rest, latestVersion: profiles[0]?.version ?? null, openHeadcount: Math.max(0, rest.headcount - _count.staff) };
}

/** One candidate's facts (dates as ISO strings), lists in a fixed order so the memo key is stable. */
type Facts = {
  id: string;
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

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Groups the flat rows per candidate; every requested candidate has its "c" row. */
function groupFacts(rows: FactRow[]) {
  const by = new Map<string, Facts>();
  const of = (id: string) => {
    let f = by.get(id);
    if (!f) by.set(id, (f = { id, found: false, name: "", email: null, anonymizedAt: null, years: 0, languages: [], certifications: [], expertise: [] }));
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
  for (const f of by.values()) {
    f.languages.sort((a, b) => byCodeUnit(a.language, b.language));
    f.certifications.sort((a, b) => byCodeUnit(a.name, b.name) || byCodeUnit(a.expiresAt ?? "", b.expiresAt ?? ""));
    f.expertise.sort((a, b) => byCodeUnit(a.segmentId, b.segmentId));
  }
  return by;
}
type RatingRow = { applicationId: string; requirementId: string; rating: number };

export async function loadScoredApplications(
  db: DbClient,
  actor: Actor,
  positionId: string,
  now: Date,
  where: Prisma.ApplicationWhereInput = {},
): Promise<ScoredApplication[]> {
  const apps = await db.application.findMany({
    where: { AND: [applicationScope(actor), { positionId }, where] },
    // Only what ranking shows; the candidate columns come with the facts below (one join less on 10,000 rows).
    select: { id: true, candidateId: true, profileId: true, stage: true, stageChangedAt: true },
  });
  if (apps.length === 0) return [];
  const candidateIds = apps.map((a) => a.candidateId);
  const applicationIds = apps.map((a) => a.id);
  const profileIds = [...new Set(apps.map((a) => a.profileId))];
  // Three more queries regardless of the count: candidates with their facts, submitted ratings, profiles.
  const [facts, ratings, profiles] = await Promise.all([
    // The candidates and their facts as ONE JSON text of flat rows, parsed once: building nested JSON per
    // candidate in PostgreSQL, or returning 60,000 rows through the driver adapter, costs several times more.
    db.$queryRaw<{ facts: string }[]>`
      WITH ids AS MATERIALIZED (SELECT unnest(${candidateIds}::text[]) AS id) -- the 10,000 ids are sent once
      SELECT coalesce(json_agg(r), '[]')::text AS facts FROM (
        SELECT json_build_array('c', c.id, c.name, c.email, c."anonymizedAt", c."customerFacingYears") AS r FROM "Candidate" c JOIN ids ON ids.id = c.id
        UNION ALL SELECT json_build_array('l', l."candidateId", l.language, l.cefr) FROM "CandidateLanguage" l JOIN ids ON ids.id = l."candidateId"
        UNION ALL SELECT json_build_array('x', x."candidateId", x.name, x."expiresAt") FROM "CandidateCertification" x JOIN ids ON ids.id = x."candidateId"
        UNION ALL SELECT json_build_array('e', e."candidateId", e."segmentId", e.level) FROM "CandidateExpertise" e JOIN ids ON ids.id = e."candidateId"
      ) t`,
    db.$queryRaw<RatingRow[]>`
      SELECT s."applicationId", r."requirementId", r.rating
      FROM "Scorecard" s JOIN "ScorecardRating" r ON r."scorecardId" = s.id
      WHERE s."submittedAt" IS NOT NULL AND s."applicationId" = ANY(${applicationIds}::text[])
      ORDER BY s."applicationId", s.id, r."requirementId"`,
    db.hiringProfile.findMany({ where: { id: { in: profileIds } }, include: { requirements: { orderBy: { sortOrder: "asc" } } } }),
  ]);
  const factsBy = groupFacts(JSON.parse(facts[0]?.facts ?? "[]") as FactRow[]);
  const ratingsBy = new Map<string, { requirementId: string; rating: number }[]>();
  for (const r of ratings) {
    const list = ratingsBy.get(r.applicationId) ?? [];
    list.push({ requirementId: r.requirementId, rating: r.rating });
    ratingsBy.set(r.applicationId, list);
  }
  const profileBy = new Map(profiles.map((p) => [p.id, p]));
  // Requirement rows can be edited in place, so the memo key holds their content, not just the profile id.
  const profileKey = new Map(profiles.map((p) => [p.id, createHash("sha256").update(JSON.stringify(p.requirements)).digest("base64")]));
  const day = now.toISOString().slice(0, 10);
  return apps.map((a) => {
    const f = factsBy.get(a.candidateId);
    if (!f?.found) throw new Error(`Candidate ${a.candidateId} of application ${a.id} vanished while ranking.`);
    const profile = profileBy.get(a.profileId)!;
    const scorecards = [{ ratings: ratingsBy.get(a.id) ?? [] }];
    const key = [day, profileKey.get(a.profileId), f.years, JSON.stringify(f.languages), JSON.stringify(f.certifications), JSON.stringify(f.expertise), JSON.stringify(scorecards)].join("|");
    const fit = cachedFit(a.id, key, () => scoreApplication(forFitOf(a, f, profile, scorecards), now));
    return {
      id: a.id,
      candidateId: a.candidateId,
      name: f.name,
      anonymized: f.anonymizedAt !== null,
      stage: a.stage,
      stageChangedAt: a.stageChangedAt,
      daysInStage: Math.max(0, Math.floor((now.getTime() - a.stageChangedAt.getTime()) / DAY)),
      profileVersion: profile.version,
      eligible: fit.eligible,
      score: fit.score,
      fit,
    };
  });
}

function forFitOf(
  a: { candidateId: string },
  f: Facts,
  profile: ApplicationForFit["profile"],
  scorecards: ApplicationForFit["scorecards"],
): ApplicationFitInput {
  return {
    candidate: {
      id: a.candidateId,
      name: f.name,
      email: f.email,
      anonymizedAt: f.anonymizedAt ? new Date(f.anonymizedAt) : null,
      customerFacingYears: f.years,
      languages: f.languages,
      certifications: f.certifications.map((c) => ({ name: c.name, expiresAt: c.expiresAt ? new Date(c.expiresAt) : null })),
      expertise: f.expertise,
    },
    profile,
    scorecards,
  };
}
