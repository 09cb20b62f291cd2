/**
 * Hiring demo data for the Nordvik bank: a version-1 profile for every position, and candidates at every stage
 * for four positions, with stage history over the last two months and submitted interview scorecards.
 * Deterministic (its own seeded random, so the rest of the demo company does not change) and run inside the
 * demo seed's transaction, so the seed's "already loaded" check covers it.
 */
import type { DbClient } from "../client";
import type { CandidateStage, RequirementKind } from "../generated/prisma/enums";
import { seededRandom, type Random } from "../random";
import { firstNames, lastNames } from "./demo-data";

/** Fixed ids of two showcase applications (both Customer advisor, Private Banking Service), used by e2e. */
export const DEMO_APPLICATIONS = {
  /** At INTERVIEW, scored by HR only: the private head's scorecard is still to be written. */
  interview: "demo-application-interview",
  /** At OFFER with both scorecards: ready to be hired. */
  offer: "demo-application-offer",
} as const;

type Req = {
  kind: RequirementKind;
  weight: number;
  mustHave?: boolean;
  segmentId?: string;
  level?: number;
  years?: number;
  language?: string;
  cefr?: string;
  certification?: string;
  criterion?: string;
  rating?: number;
};

/** Per position: experience, certification and interview criteria that a bank would actually ask for. */
const positionNeeds: Record<string, { years: number; certification?: string; criteria: string[] }> = {
  "Customer advisor": {
    years: 2,
    criteria: ["Explains fees without jargon", "Follows up on every promise to call back"],
  },
  "Mortgage specialist": {
    years: 3,
    certification: "Swedsec licence",
    criteria: ["Walks a first-time buyer through the loan costs"],
  },
  "Contact centre agent": {
    years: 1,
    criteria: ["Calms a customer whose call waited half an hour", "Explains fees without jargon"],
  },
  "Digital advisor": { years: 1, criteria: ["Guides a customer through the app step by step"] },
  "Student loan officer": { years: 1, criteria: ["Explains repayment terms to a first-time borrower"] },
  "Business advisor": {
    years: 3,
    criteria: [
      "Asks about the business before proposing products",
      "Names a single contact for the customer",
    ],
  },
  "Credit analyst": {
    years: 3,
    certification: "CFA Level I",
    criteria: ["Explains a credit decision the customer did not want"],
  },
  "Payments specialist": {
    years: 2,
    certification: "PCI DSS awareness",
    criteria: ["Resolves a failed card terminal without a site visit"],
  },
  "Relationship manager": { years: 5, criteria: ["Brings the right specialists to a multi-country request"] },
  "Trade finance specialist": {
    years: 4,
    certification: "Certified Documentary Credit Specialist (CDCS)",
    criteria: ["Explains letters of credit in plain words"],
  },
  "Cash management analyst": { years: 2, criteria: ["Turns a treasury problem into a concrete proposal"] },
  "Public sector advisor": {
    years: 3,
    criteria: ["Answers a compliance question with the right reference", "Keeps reporting deadlines"],
  },
  "Tender coordinator": {
    years: 2,
    certification: "Public procurement certificate",
    criteria: ["Reads a tender and lists the mandatory requirements"],
  },
  "Personal banker": {
    years: 4,
    criteria: ["Answers a premium customer the same day", "Notices what the customer did not ask"],
  },
  "Investment advisor": {
    years: 4,
    certification: "European Financial Advisor (EFA)",
    criteria: ["Explains risk without jargon"],
  },
};

/** The working language each department's customers expect. */
const departmentLanguage: Record<string, { language: string; cefr: string }> = {
  "Private Banking Service": { language: "sv", cefr: "B2" },
  "Young Customers Team": { language: "en", cefr: "B2" },
  "Small Business Desk": { language: "sv", cefr: "B2" },
  "Corporate Banking": { language: "en", cefr: "C1" },
  "Public Sector Unit": { language: "sv", cefr: "C1" },
  "Premium Banking": { language: "en", cefr: "C1" },
};

/** Positions with a pipeline, and how many candidates at each stage (HIRED gets a consistent staff member). */
const pipelines: { department: string; position: string; stages: [CandidateStage, number][] }[] = [
  {
    department: "Private Banking Service",
    position: "Customer advisor",
    stages: [
      ["APPLIED", 6],
      ["SCREENING", 4],
      ["INTERVIEW", 4],
      ["OFFER", 2],
      ["HIRED", 1],
      ["REJECTED", 2],
      ["WITHDRAWN", 1],
    ],
  },
  {
    department: "Small Business Desk",
    position: "Business advisor",
    stages: [
      ["APPLIED", 4],
      ["SCREENING", 3],
      ["INTERVIEW", 3],
      ["OFFER", 1],
      ["REJECTED", 2],
      ["WITHDRAWN", 1],
    ],
  },
  {
    department: "Premium Banking",
    position: "Personal banker",
    stages: [
      ["APPLIED", 3],
      ["SCREENING", 2],
      ["INTERVIEW", 2],
      ["OFFER", 1],
      ["REJECTED", 2],
    ],
  },
  {
    department: "Young Customers Team",
    position: "Digital advisor",
    stages: [
      ["APPLIED", 5],
      ["SCREENING", 3],
      ["INTERVIEW", 2],
      ["OFFER", 1],
      ["REJECTED", 1],
      ["WITHDRAWN", 1],
    ],
  },
];

const rejectionReasons = [
  "Expertise in the segment well below the profile",
  "Could not explain our fees in plain words at interview",
  "Salary expectations far above the position's range",
  "No customer-facing experience yet",
];
const sources = ["Careers page", "Referral", "LinkedIn", "University fair", "Job board"];
const extraFirst = [
  "Amira",
  "Tobias",
  "Selin",
  "Jonas",
  "Marta",
  "Viktor",
  "Hanna",
  "Emil",
  "Clara",
  "Noah",
  "Alma",
  "Petros",
  "Inès",
  "Mateo",
  "Sanna",
];
const extraLast = [
  "Öberg",
  "Karlsson",
  "Papadopoulou",
  "Lefèvre",
  "Santos",
  "Mikkelsen",
  "Aquino",
  "Nyström",
  "Laurent",
  "Jensen",
];
const cefr = ["A2", "B1", "B2", "C1", "C2"] as const;
const DAY = 86_400_000;
const order: CandidateStage[] = ["APPLIED", "SCREENING", "INTERVIEW", "OFFER", "HIRED"];

const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.|\.$/g, "");
const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

function profileFor(
  rnd: Random,
  title: string,
  department: { name: string; segmentId: string; requiredLevel: number },
): Req[] {
  const needs = positionNeeds[title] ?? { years: 2, criteria: ["Explains fees without jargon"] };
  const lang = departmentLanguage[department.name] ?? { language: "en", cefr: "B2" };
  const reqs: Req[] = [
    {
      kind: "EXPERTISE",
      weight: 40,
      mustHave: true,
      segmentId: department.segmentId,
      level: department.requiredLevel,
    },
    { kind: "EXPERIENCE", weight: 15 + rnd.int(0, 2) * 5, years: needs.years },
    { kind: "LANGUAGE", weight: 15, mustHave: lang.cefr === "C1", language: lang.language, cefr: lang.cefr },
  ];
  if (needs.certification)
    reqs.push({ kind: "CERTIFICATION", weight: 10, mustHave: true, certification: needs.certification });
  for (const criterion of needs.criteria)
    reqs.push({ kind: "CRITERION", weight: 10 + rnd.int(0, 2) * 5, criterion, rating: 4 });
  return reqs;
}

export async function seedDemoHiring(db: DbClient, now = new Date()) {
  const rnd = seededRandom(20261124);
  // The hired demo person signs in with the demo password like everyone else: reuse its hash (hashing is slow).
  const hr = await db.user.findUniqueOrThrow({
    where: { email: "hr@nordvik.example" },
    select: { id: true, passwordHash: true },
  });
  const departments = await db.department.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      segmentId: true,
      requiredLevel: true,
      headId: true,
      positions: { orderBy: { title: "asc" }, select: { id: true, title: true } },
    },
  });
  const segmentIds = (
    await db.customerSegment.findMany({ orderBy: { name: "asc" }, select: { id: true } })
  ).map((s) => s.id);

  // Every position gets profile version 1.
  const profiles = new Map<string, { id: string; requirements: ({ id: string } & Req)[] }>();
  for (const d of departments) {
    for (const p of d.positions) {
      const reqs = profileFor(rnd, p.title, {
        name: d.name,
        segmentId: d.segmentId,
        requiredLevel: d.requiredLevel,
      });
      const profile = await db.hiringProfile.create({
        data: {
          positionId: p.id,
          version: 1,
          createdById: hr.id,
          note: "Initial profile",
          requirements: { createMany: { data: reqs.map((r, sortOrder) => ({ ...r, sortOrder })) } },
        },
        select: { id: true, requirements: { orderBy: { sortOrder: "asc" } } },
      });
      profiles.set(p.id, {
        id: profile.id,
        requirements: profile.requirements.map((r) => ({
          ...r,
          segmentId: r.segmentId ?? undefined,
          level: r.level ?? undefined,
          years: r.years ?? undefined,
          language: r.language ?? undefined,
          cefr: r.cefr ?? undefined,
          certification: r.certification ?? undefined,
          criterion: r.criterion ?? undefined,
          rating: r.rating ?? undefined,
        })),
      });
    }
  }

  const usedEmails = new Set<string>();
  const candidateName = () => {
    const first = rnd.next() < 0.5 ? rnd.pick(firstNames) : rnd.pick(extraFirst);
    const last = rnd.next() < 0.5 ? rnd.pick(lastNames) : rnd.pick(extraLast);
    return `${first} ${last}`;
  };
  const candidateEmail = (name: string) => {
    const base = slug(name);
    let email = `${base}@mail.example`;
    for (let i = 2; usedEmails.has(email); i++) email = `${base}${i}@mail.example`;
    usedEmails.add(email);
    return email;
  };

  let candidates = 0;
  for (const pipeline of pipelines) {
    const department = departments.find((d) => d.name === pipeline.department);
    const position = department?.positions.find((p) => p.title === pipeline.position);
    if (!department || !position || !department.headId) continue;
    const profile = profiles.get(position.id)!;
    const isPrivate = pipeline.department === "Private Banking Service";
    let interviewIndex = -1;
    let offerIndex = -1;
    for (const [stage, count] of pipeline.stages) {
      for (let i = 0; i < count; i++) {
        candidates++;
        const name = candidateName();
        // A spread of fit: strong, average and weak candidates, some missing a must-have.
        // Those who got to the interview were stronger on paper: that is why they were invited.
        const advanced = stage === "INTERVIEW" || stage === "OFFER" || stage === "HIRED";
        const strength = advanced ? 0.5 + 0.5 * rnd.next() : rnd.next();
        const declaredLevel = clamp(
          department.requiredLevel + (strength > 0.45 ? rnd.int(0, 1) : strength > 0.2 ? -1 : -rnd.int(1, 2)),
          0,
          4,
        );
        const expertise = [{ segmentId: department.segmentId, level: declaredLevel }];
        if (rnd.next() < 0.4) {
          const other = rnd.pick(segmentIds);
          if (other !== department.segmentId) expertise.push({ segmentId: other, level: rnd.int(1, 3) });
        }
        const lang = departmentLanguage[department.name]!;
        const languages = [
          {
            language: lang.language,
            cefr: cefr[
              clamp(
                cefr.indexOf(lang.cefr as (typeof cefr)[number]) +
                  (strength > 0.3 ? rnd.int(0, 1) : rnd.int(-2, 0)),
                0,
                4,
              )
            ]!,
          },
        ];
        if (lang.language !== "en") languages.push({ language: "en", cefr: rnd.pick(cefr) });
        const certificate = profile.requirements.find((r) => r.kind === "CERTIFICATION")?.certification;
        const certifications =
          certificate && rnd.next() < 0.3 + strength * 0.7
            ? [{ name: certificate, expiresAt: new Date(Date.UTC(2028, rnd.int(0, 11), 1)) }]
            : [];
        const years = clamp(Math.round(strength * 8) + rnd.int(-1, 1), 0, 20);

        // Stage history: applied 10-60 days ago, each later stage a few days after the previous one.
        const appliedAt = new Date(now.getTime() - rnd.int(10, 60) * DAY);
        const path: {
          from: CandidateStage | null;
          to: CandidateStage;
          at: Date;
          reason: string | null;
          actorId: string | null;
        }[] = [{ from: null, to: "APPLIED", at: appliedAt, reason: null, actorId: null }];
        const finalStage = stage;
        const reachUntil =
          finalStage === "REJECTED"
            ? rnd.next() < 0.5
              ? "SCREENING"
              : "INTERVIEW"
            : finalStage === "WITHDRAWN"
              ? "INTERVIEW"
              : finalStage;
        let at = appliedAt.getTime();
        const step = () => (at = Math.min(now.getTime() - DAY, at + rnd.int(2, 7) * DAY));
        for (const s of order.slice(1, order.indexOf(reachUntil) + 1)) {
          path.push({ from: path.at(-1)!.to, to: s, at: new Date(step()), reason: null, actorId: hr.id });
        }
        if (finalStage === "REJECTED")
          path.push({
            from: path.at(-1)!.to,
            to: "REJECTED",
            at: new Date(step()),
            reason: rnd.pick(rejectionReasons),
            actorId: hr.id,
          });
        if (finalStage === "WITHDRAWN")
          path.push({
            from: path.at(-1)!.to,
            to: "WITHDRAWN",
            at: new Date(step()),
            reason: "Accepted another offer",
            actorId: hr.id,
          });
        const last = path.at(-1)!;

        if (finalStage === "INTERVIEW") interviewIndex++;
        if (finalStage === "OFFER") offerIndex++;
        const showcase = isPrivate && finalStage === "INTERVIEW" && interviewIndex === 0;
        const id = showcase
          ? DEMO_APPLICATIONS.interview
          : isPrivate && finalStage === "OFFER" && offerIndex === 0
            ? DEMO_APPLICATIONS.offer
            : undefined;

        const candidate = await db.candidate.create({
          data: {
            name,
            email: candidateEmail(name),
            phone: `+46 70 ${rnd.int(100, 999)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`,
            customerFacingYears: years,
            source: rnd.pick(sources),
            createdAt: appliedAt,
            expertise: { createMany: { data: expertise } },
            languages: { createMany: { data: languages } },
            certifications: { createMany: { data: certifications } },
          },
          select: { id: true, email: true },
        });
        const application = await db.application.create({
          data: {
            ...(id ? { id } : {}),
            candidateId: candidate.id,
            positionId: position.id,
            profileId: profile.id,
            stage: finalStage,
            rejectionReason: finalStage === "REJECTED" ? last.reason : null,
            stageChangedAt: last.at,
            createdAt: appliedAt,
            hiredAt: finalStage === "HIRED" ? last.at : null,
            stageChanges: {
              createMany: {
                data: path.map((p) => ({
                  fromStage: p.from,
                  toStage: p.to,
                  reason: p.reason,
                  actorId: p.actorId,
                  createdAt: p.at,
                })),
              },
            },
          },
          select: { id: true },
        });

        // Interview scorecards: HR for everyone who reached INTERVIEW; the head too, except on the showcase
        // interview (left for the head to do) and the first of each department's interviews.
        const interviewed =
          order.indexOf(reachUntil) >= order.indexOf("INTERVIEW") &&
          finalStage !== "REJECTED" &&
          finalStage !== "WITHDRAWN";
        if (!interviewed) continue;
        const interviewers = [hr.id];
        if (finalStage !== "INTERVIEW" || (!showcase && rnd.next() < 0.7))
          interviewers.push(department.headId);
        const submittedAt = new Date(
          Math.min(now.getTime(), (path.find((p) => p.to === "INTERVIEW")?.at.getTime() ?? at) + DAY),
        );
        const assessed = new Map<string, number[]>();
        for (const interviewerId of interviewers) {
          const ratings = profile.requirements.map((r) => {
            // Interviewers mostly confirm the declared level (rating = level + 1); weaker candidates get marked down.
            const base =
              r.kind === "EXPERTISE"
                ? declaredLevel + 1 + (strength > 0.7 ? rnd.int(0, 1) : rnd.int(-1, 0))
                : r.kind === "CRITERION"
                  ? 2 + Math.round(strength * 3)
                  : rnd.int(3, 5);
            const rating = clamp(base + (r.kind === "CRITERION" ? rnd.int(-1, 1) : 0), 1, 5);
            if (r.kind === "EXPERTISE")
              assessed.set(r.segmentId!, [...(assessed.get(r.segmentId!) ?? []), rating]);
            return { requirementId: r.id, rating, note: "" };
          });
          await db.scorecard.create({
            data: {
              applicationId: application.id,
              interviewerId,
              submittedAt,
              createdAt: submittedAt,
              summary:
                strength > 0.66
                  ? "Strong: ready to serve customers with little coaching."
                  : strength > 0.33
                    ? "Solid; needs coaching in a few areas."
                    : "Several gaps against the profile.",
              ratings: { createMany: { data: ratings } },
            },
          });
        }

        if (finalStage === "HIRED") {
          // The hired candidate is a real onboarding staff member, consistent with what the hire action creates.
          const user = await db.user.create({
            data: { email: candidate.email!, name, role: "STAFF", passwordHash: hr.passwordHash },
          });
          const member = await db.staffMember.create({
            data: {
              userId: user.id,
              departmentId: department.id,
              positionId: position.id,
              startDate: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)),
              status: "ONBOARDING",
            },
          });
          for (const [segmentId, ratings] of assessed) {
            // As the hire action does: the level the median rating stands for, a split median rounded down.
            const sorted = [...ratings].sort((a, b) => a - b);
            const mid = sorted.length >> 1;
            const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
            const level = clamp(Math.floor(median) - 1, 0, 4);
            const row = {
              staffMemberId: member.id,
              segmentId,
              level,
              source: "ASSESSED" as const,
              evidence: "Hiring interview scorecards (HR and the department head)",
              assessedById: hr.id,
            };
            await db.expertise.create({ data: row });
            await db.expertiseChange.create({ data: { ...row, previousLevel: null } });
          }
          await db.application.update({
            where: { id: application.id },
            data: { hiredStaffMemberId: member.id },
          });
        }
      }
    }
  }
  return { profiles: profiles.size, candidates };
}
