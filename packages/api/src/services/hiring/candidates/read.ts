/**
 * Candidate reads. Every query carries candidateScope, and every application read applicationScope: a head
 * sees only candidates of their department's positions from INTERVIEW on, and none of their other applications.
 */
import type { CandidateStage, Db, DbClient, Prisma } from "@portal/db";
import type { ListQuery } from "@portal/validators";
import { notFound } from "../../../errors";
import { contains, pageArgs, toPage } from "../../../pagination";
import { applicationScope, candidateScope, positionScope } from "../../../scopes";
import type { Actor } from "../../../actor";

type SortKey = "name" | "email" | "customerFacingYears" | "createdAt";
export type CandidateListQuery = ListQuery<SortKey> & { positionId?: string; stage?: CandidateStage };

const orderBy = (sort: SortKey, dir: "asc" | "desc"): Prisma.CandidateOrderByWithRelationInput[] => [
  { [sort]: dir },
  { name: "asc" },
  { id: "asc" },
];

const applicationSummarySelect = {
  id: true,
  stage: true,
  stageChangedAt: true,
  createdAt: true,
  position: {
    select: { id: true, title: true, archived: true, department: { select: { id: true, name: true } } },
  },
  profile: { select: { id: true, version: true } },
} satisfies Prisma.ApplicationSelect;

export async function listCandidates(db: Db, actor: Actor, q: CandidateListQuery) {
  const scope = applicationScope(actor);
  const inPipeline =
    q.positionId || q.stage
      ? {
          applications: {
            some: {
              AND: [
                scope,
                q.positionId ? { positionId: q.positionId } : {},
                q.stage ? { stage: q.stage } : {},
              ],
            },
          },
        }
      : {};
  const where: Prisma.CandidateWhereInput = {
    AND: [
      candidateScope(actor),
      inPipeline,
      q.search ? { OR: [{ name: contains(q.search) }, { email: contains(q.search) }] } : {},
    ],
  };
  const [items, total] = await db.$transaction([
    db.candidate.findMany({
      where,
      orderBy: orderBy(q.sort, q.direction),
      ...pageArgs(q),
      select: {
        id: true,
        name: true,
        email: true,
        customerFacingYears: true,
        source: true,
        anonymizedAt: true,
        createdAt: true,
        cv: { select: { fileName: true } },
        applications: { where: scope, orderBy: { createdAt: "desc" }, select: applicationSummarySelect },
      },
    }),
    db.candidate.count({ where }),
  ]);
  return toPage(
    items.map(({ cv, ...c }) => ({ ...c, hasCv: !!cv, anonymized: !!c.anonymizedAt })),
    total,
    q,
  );
}

export const candidateDetailSelect = (actor: Actor) =>
  ({
    id: true,
    name: true,
    email: true,
    phone: true,
    customerFacingYears: true,
    source: true,
    notes: true,
    anonymizedAt: true,
    createdAt: true,
    updatedAt: true,
    languages: { orderBy: { language: "asc" }, select: { language: true, cefr: true } },
    certifications: {
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, expiresAt: true },
    },
    expertise: {
      orderBy: { segment: { name: "asc" } },
      select: { level: true, segment: { select: { id: true, name: true, archived: true } } },
    },
    cv: { select: { fileName: true, mimeType: true, size: true, uploadedAt: true } },
    applications: {
      where: applicationScope(actor),
      orderBy: { createdAt: "desc" },
      select: applicationSummarySelect,
    },
  }) satisfies Prisma.CandidateSelect;

export async function findCandidate(db: DbClient, actor: Actor, id: string) {
  return db.candidate.findFirst({
    where: { AND: [{ id }, candidateScope(actor)] },
    select: candidateDetailSelect(actor),
  });
}

export async function getCandidate(db: Db, actor: Actor, id: string) {
  // Outside the caller's scope reads exactly like a missing candidate.
  const candidate = await findCandidate(db, actor, id);
  if (!candidate) throw notFound("candidateNotFound");
  return { ...candidate, anonymized: !!candidate.anonymizedAt };
}

/** HR/ADMIN: who already uses this email (the form links to them instead of creating a duplicate). */
export async function findCandidateByEmail(db: Db, actor: Actor, email: string) {
  return db.candidate.findFirst({
    where: { AND: [{ email: email.trim().toLowerCase() }, candidateScope(actor)] },
    select: { id: true, name: true },
  });
}

/** Positions the caller may filter by (or, for HR, apply to): open ones, with their department. */
export async function candidateFilterOptions(db: Db, actor: Actor) {
  const positions = await db.position.findMany({
    where: { AND: [positionScope(actor), { archived: false, department: { archived: false } }] },
    orderBy: [{ department: { name: "asc" } }, { title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, department: { select: { id: true, name: true } } },
  });
  return { positions };
}
