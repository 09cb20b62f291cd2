/**
 * Test and seed factories: small builders with sensible defaults and unique names, shared by the demo
 * seed and the integration/e2e tests so fixtures look like real data.
 */
import { hash } from "@node-rs/argon2";
import type { DbClient } from "./client";
import type {
  CandidateStage,
  ExpertiseSource,
  Role,
  SegmentKind,
  StaffStatus,
} from "./generated/prisma/enums";
import type { Prisma } from "./generated/prisma/client";

let counter = 0;
export const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${(++counter).toString(36)}`;

const hashCache = new Map<string, Promise<string>>();
/** argon2id with the production parameters; cached per password because tests create many users. */
export function hashForSeed(password: string) {
  let h = hashCache.get(password);
  if (!h) {
    h = hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    hashCache.set(password, h);
  }
  return h;
}

export async function createUser(
  db: DbClient,
  data: {
    role: Role;
    email?: string;
    name?: string;
    password?: string;
    active?: boolean;
    mustChangePassword?: boolean;
    locale?: string;
  },
) {
  const name = data.name ?? unique(`${data.role.toLowerCase()} user`);
  return db.user.create({
    data: {
      email: (data.email ?? `${name.replace(/\W+/g, ".")}@test.example`).toLowerCase(),
      name,
      role: data.role,
      passwordHash: await hashForSeed(data.password ?? "correct horse battery staple"),
      active: data.active ?? true,
      mustChangePassword: data.mustChangePassword ?? false,
      locale: data.locale ?? "en",
    },
  });
}

export function createSegment(
  db: DbClient,
  data: { name?: string; kind?: SegmentKind; bestCustomerPriority?: number; archived?: boolean } = {},
) {
  return db.customerSegment.create({
    data: {
      name: data.name ?? unique("Segment"),
      kind: data.kind ?? "INDIVIDUALS",
      bestCustomerPriority: data.bestCustomerPriority ?? 0,
      archived: data.archived ?? false,
    },
  });
}

export async function createDepartment(
  db: DbClient,
  data: {
    segmentId?: string;
    headId?: string | null;
    name?: string;
    targetHeadcount?: number;
    requiredLevel?: number;
  } = {},
) {
  const segmentId = data.segmentId ?? (await createSegment(db)).id;
  return db.department.create({
    data: {
      name: data.name ?? unique("Department"),
      segmentId,
      headId: data.headId ?? null,
      targetHeadcount: data.targetHeadcount ?? 10,
      requiredLevel: data.requiredLevel ?? 2,
    },
  });
}

export function createPosition(
  db: DbClient,
  data: { departmentId: string; title?: string; headcount?: number },
) {
  return db.position.create({
    data: {
      departmentId: data.departmentId,
      title: data.title ?? unique("Position"),
      headcount: data.headcount ?? 3,
    },
  });
}

export async function createStaffMember(
  db: DbClient,
  data: {
    departmentId: string;
    positionId?: string | null;
    userId?: string;
    name?: string;
    status?: StaffStatus;
    startDate?: Date;
  },
) {
  const userId = data.userId ?? (await createUser(db, { role: "STAFF", name: data.name })).id;
  return db.staffMember.create({
    data: {
      userId,
      departmentId: data.departmentId,
      positionId: data.positionId ?? null,
      status: data.status ?? "ONBOARDING",
      startDate: data.startDate ?? new Date("2026-01-05"),
    },
  });
}

export async function setExpertise(
  db: DbClient,
  data: {
    staffMemberId: string;
    segmentId: string;
    level: number;
    source?: ExpertiseSource;
    evidence?: string;
    assessedById?: string | null;
  },
) {
  const source = data.source ?? "SELF";
  const evidence = data.evidence ?? "";
  const previous = await db.expertise.findUnique({
    where: { staffMemberId_segmentId: { staffMemberId: data.staffMemberId, segmentId: data.segmentId } },
  });
  await db.expertiseChange.create({
    data: {
      staffMemberId: data.staffMemberId,
      segmentId: data.segmentId,
      previousLevel: previous?.level ?? null,
      level: data.level,
      source,
      evidence,
      assessedById: data.assessedById ?? null,
    },
  });
  return db.expertise.upsert({
    where: { staffMemberId_segmentId: { staffMemberId: data.staffMemberId, segmentId: data.segmentId } },
    create: {
      staffMemberId: data.staffMemberId,
      segmentId: data.segmentId,
      level: data.level,
      source,
      evidence,
      assessedById: data.assessedById ?? null,
    },
    update: {
      level: data.level,
      source,
      evidence,
      assessedById: data.assessedById ?? null,
      assessedAt: new Date(),
    },
  });
}

type RequirementData = Omit<Prisma.ProfileRequirementCreateManyProfileInput, "sortOrder">;

/** The next version of a position's hiring profile with the given requirements (in order). */
export async function createHiringProfile(
  db: DbClient,
  data: { positionId: string; requirements?: RequirementData[]; note?: string },
) {
  const last = await db.hiringProfile.findFirst({
    where: { positionId: data.positionId },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  return db.hiringProfile.create({
    data: {
      positionId: data.positionId,
      version: (last?.version ?? 0) + 1,
      note: data.note ?? "",
      requirements: {
        createMany: { data: (data.requirements ?? []).map((r, sortOrder) => ({ ...r, sortOrder })) },
      },
    },
    include: { requirements: { orderBy: { sortOrder: "asc" } } },
  });
}

export function createCandidate(
  db: DbClient,
  data: {
    name?: string;
    email?: string;
    customerFacingYears?: number;
    expertise?: { segmentId: string; level: number }[];
    languages?: { language: string; cefr: string }[];
    certifications?: { name: string; expiresAt?: Date | null }[];
    source?: string;
  } = {},
) {
  const name = data.name ?? unique("Candidate");
  return db.candidate.create({
    data: {
      name,
      email: (data.email ?? `${name.replace(/\W+/g, ".")}@candidate.example`).toLowerCase(),
      customerFacingYears: data.customerFacingYears ?? 0,
      source: data.source ?? "",
      expertise: { createMany: { data: data.expertise ?? [] } },
      languages: { createMany: { data: data.languages ?? [] } },
      certifications: {
        createMany: {
          data: (data.certifications ?? []).map((c) => ({ name: c.name, expiresAt: c.expiresAt ?? null })),
        },
      },
    },
  });
}

/** A candidate in a position's pipeline, screened against the given profile version, with its stage history. */
export function createApplication(
  db: DbClient,
  data: {
    candidateId: string;
    positionId: string;
    profileId: string;
    stage?: CandidateStage;
    rejectionReason?: string;
    actorId?: string | null;
  },
) {
  const stage = data.stage ?? "APPLIED";
  return db.application.create({
    data: {
      candidateId: data.candidateId,
      positionId: data.positionId,
      profileId: data.profileId,
      stage,
      rejectionReason: stage === "REJECTED" ? (data.rejectionReason ?? "Not a fit for the profile") : null,
      hiredAt: stage === "HIRED" ? new Date() : null,
      stageChanges: {
        create: {
          fromStage: null,
          toStage: stage,
          reason: stage === "REJECTED" ? (data.rejectionReason ?? "Not a fit for the profile") : null,
          actorId: data.actorId ?? null,
        },
      },
    },
  });
}

/** A scorecard by one interviewer; submitted unless `submitted: false`. */
export function createScorecard(
  db: DbClient,
  data: {
    applicationId: string;
    interviewerId: string;
    ratings: { requirementId: string; rating: number; note?: string }[];
    submitted?: boolean;
    summary?: string;
  },
) {
  return db.scorecard.create({
    data: {
      applicationId: data.applicationId,
      interviewerId: data.interviewerId,
      summary: data.summary ?? "",
      submittedAt: data.submitted === false ? null : new Date(),
      ratings: {
        createMany: {
          data: data.ratings.map((r) => ({
            requirementId: r.requirementId,
            rating: r.rating,
            note: r.note ?? "",
          })),
        },
      },
    },
  });
}
