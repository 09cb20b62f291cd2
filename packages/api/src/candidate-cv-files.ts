/**
 * CV files go through a route handler (binary does not fit tRPC). The handler gets these, bound to the
 * portal's database, so the app never imports the database package: the services do the role and scope checks.
 */
import { prisma } from "@portal/db";
import type { Actor } from "./actor";
import { deleteCandidateCv, downloadCandidateCv, uploadCandidateCv } from "./services/hiring/candidates/cv";

type Upload = Parameters<typeof uploadCandidateCv>[3];

export const candidateCvFiles = {
  upload: (actor: Actor, candidateId: string, file: Upload) =>
    uploadCandidateCv(prisma, actor, candidateId, file),
  download: (actor: Actor, candidateId: string) => downloadCandidateCv(prisma, actor, candidateId),
  remove: (actor: Actor, candidateId: string) => deleteCandidateCv(prisma, actor, candidateId),
};
