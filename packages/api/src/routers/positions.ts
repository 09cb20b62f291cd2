import type { TRPCRouterRecord } from "@trpc/server";
import { byId, positionInput, positionList, positionOptions, positionUpdate } from "@portal/validators";
import { z } from "zod";
import { hrProcedure, managerProcedure, protectedProcedure } from "../trpc";
import * as positions from "../services/positions";

export const positionsRouter = {
  /** Managers read positions; a HEAD only those of their own department(s) (positionScope in the service). */
  list: managerProcedure
    .input(positionList)
    .query(({ ctx, input }) => positions.listPositions(ctx.db, ctx.user, input)),
  byId: managerProcedure
    .input(byId)
    .query(({ ctx, input }) => positions.getPosition(ctx.db, ctx.user, input.id)),
  /** For selects: positions in use within the caller's scope, optionally of one department. */
  options: protectedProcedure
    .input(positionOptions)
    .query(({ ctx, input }) => positions.positionOptions(ctx.db, ctx.user, input.departmentId)),
  create: hrProcedure
    .input(positionInput)
    .mutation(({ ctx, input }) => positions.createPosition(ctx.db, ctx.user, input)),
  update: hrProcedure
    .input(positionUpdate)
    .mutation(({ ctx, input }) => positions.updatePosition(ctx.db, ctx.user, input.id, input.data)),
  setArchived: hrProcedure
    .input(byId.extend({ archived: z.boolean() }))
    .mutation(({ ctx, input }) => positions.setPositionArchived(ctx.db, ctx.user, input.id, input.archived)),
  delete: hrProcedure
    .input(byId)
    .mutation(({ ctx, input }) => positions.deletePosition(ctx.db, ctx.user, input.id)),
} satisfies TRPCRouterRecord;
