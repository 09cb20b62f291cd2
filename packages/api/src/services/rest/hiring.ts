/**
 * Candidates and applications as the REST API shows them (issue 19), read through candidateScope and
 * applicationScope like the UI (a head: their department's applications from INTERVIEW on). Creating and moving
 * go through the UI's own services (candidates/write, pipeline/move).
 */
import type { Db, Prisma } from "@portal/db";
import type { CursorQuery, restApplicationList } from "@portal/validators";
import type { z } from "zod";
import type { Actor } from "../../actor";
import { cursorArgs, toCursorPage } from "../../pagination";
import { applicationScope, candidateScope } from "../../scopes";
import { found } from "./organization";

const candidateSelect = (actor: Actor) =>
  ({
    id: true,
    name: true,
    email: true,
    customerFacingYears: true,
    source: true,
    createdAt: true,
    // Only the applications the caller may see (a head's candidate has others they must not learn of).
    applications: {
      where: applicationScope(actor),
      select: { id: true, positionId: true, stage: true },
      orderBy: { id: "asc" },
    },
  }) satisfies Prisma.CandidateSelect;

export async function listCandidates(db: Db, actor: Actor, q: CursorQuery) {
  const { where, ...page } = cursorArgs(q);
  const rows = await db.candidate.findMany({
    where: { AND: [where, candidateScope(actor)] },
    select: candidateSelect(actor),
    ...page,
  });
  return toCursorPage(rows, q);
}

export async function getCandidate(db: Db, actor: Actor, id: string) {
  const row = await db.candidate.findFirst({
    where: { AND: [{ id }, candidateScope(actor)] },
    select: candidateSelect(actor),
  });
  return found(row, "candidateNotFound");
}

const applicationSelect = {
  id: true,
  candidateId: true,
  positionId: true,
  stage: true,
  stageChangedAt: true,
  createdAt: true,
} satisfies Prisma.ApplicationSelect;

export async function listApplications(db: Db, actor: Actor, q: z.output<typeof restApplicationList>) {
  const { where, ...page } = cursorArgs(q);
  const rows = await db.application.findMany({
    where: { AND: [where, q.positionId ? { positionId: q.positionId } : {}, applicationScope(actor)] },
    select: applicationSelect,
    ...page,
  });
  return toCursorPage(rows, q);
}

export async function getApplication(db: Db, actor: Actor, id: string) {
  const row = await db.application.findFirst({
    where: { AND: [{ id }, applicationScope(actor)] },
    select: applicationSelect,
  });
  return found(row, "applicationNotFound");
}
