import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import {
  byId,
  candidateApplyInput,
  candidateImportCommitInput,
  candidateImportPreviewInput,
  candidateInput,
  candidateList,
  candidateUpdate,
  email,
} from "@portal/validators";
import { hrProcedure, managerProcedure } from "../trpc";
import * as read from "../services/hiring/candidates/read";
import * as write from "../services/hiring/candidates/write";
import { commitCandidateImport, previewCandidateImport } from "../services/hiring/candidates/import";

/** Reads go through candidateScope/applicationScope (a head: own department's positions from INTERVIEW on). */
export const candidatesRouter = {
  list: managerProcedure
    .input(candidateList)
    .query(({ ctx, input }) => read.listCandidates(ctx.db, ctx.user, input)),
  get: managerProcedure.input(byId).query(({ ctx, input }) => read.getCandidate(ctx.db, ctx.user, input.id)),
  filterOptions: managerProcedure.query(({ ctx }) => read.candidateFilterOptions(ctx.db, ctx.user)),
  /** HR/ADMIN: the candidate already using an email, so the form can open them instead of a duplicate. */
  findByEmail: hrProcedure
    .input(z.object({ email }))
    .query(({ ctx, input }) => read.findCandidateByEmail(ctx.db, ctx.user, input.email)),
  create: hrProcedure
    .input(candidateInput)
    .mutation(({ ctx, input }) => write.createCandidate(ctx.db, ctx.user, input)),
  update: hrProcedure
    .input(candidateUpdate)
    .mutation(({ ctx, input }) => write.updateCandidate(ctx.db, ctx.user, input)),
  /** `apply` is a reserved name in tRPC routers (Function.prototype.apply), hence the longer name. */
  applyToPosition: hrProcedure
    .input(candidateApplyInput)
    .mutation(({ ctx, input }) => write.applyCandidate(ctx.db, ctx.user, input)),
  importPreview: hrProcedure
    .input(candidateImportPreviewInput)
    .mutation(({ ctx, input }) => previewCandidateImport(ctx.db, ctx.user, input)),
  importCommit: hrProcedure
    .input(candidateImportCommitInput)
    .mutation(({ ctx, input }) => commitCandidateImport(ctx.db, ctx.user, input)),
} satisfies TRPCRouterRecord;
