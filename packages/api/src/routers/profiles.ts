import type { TRPCRouterRecord } from "@trpc/server";
import { profileByPosition, profileCopyInput, profileSaveInput, profileVersion } from "@portal/validators";
import { hrProcedure, managerProcedure } from "../trpc";
import * as profiles from "../services/hiring/profiles";

export const profilesRouter = {
  /** HR/ADMIN any position; a HEAD only positions of their own department (positionScope in the service). */
  get: managerProcedure
    .input(profileByPosition)
    .query(({ ctx, input }) => profiles.getProfile(ctx.db, ctx.user, input.positionId)),
  version: managerProcedure
    .input(profileVersion)
    .query(({ ctx, input }) => profiles.getProfileVersion(ctx.db, ctx.user, input.profileId)),
  save: hrProcedure
    .input(profileSaveInput)
    .mutation(({ ctx, input }) => profiles.saveProfile(ctx.db, ctx.user, input)),
  copy: hrProcedure
    .input(profileCopyInput)
    .mutation(({ ctx, input }) =>
      profiles.copyProfile(ctx.db, ctx.user, input.fromPositionId, input.toPositionId),
    ),
} satisfies TRPCRouterRecord;
