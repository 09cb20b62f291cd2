import type { TRPCRouterRecord } from "@trpc/server";
import { byId, departmentInput, departmentList, departmentUpdate } from "@portal/validators";
import { z } from "zod";
import { adminProcedure, managerProcedure, protectedProcedure } from "../trpc";
import * as departments from "../services/departments";

export const departmentsRouter = {
  /** Managers read departments; a HEAD only their own (the service applies departmentScope). */
  list: managerProcedure
    .input(departmentList)
    .query(({ ctx, input }) => departments.listDepartments(ctx.db, ctx.user, input)),
  byId: managerProcedure
    .input(byId)
    .query(({ ctx, input }) => departments.getDepartment(ctx.db, ctx.user, input.id)),
  /** For selects: unarchived departments within the caller's scope. */
  options: protectedProcedure.query(({ ctx }) => departments.departmentOptions(ctx.db, ctx.user)),
  headOptions: adminProcedure.query(({ ctx }) => departments.headOptions(ctx.db)),
  create: adminProcedure
    .input(departmentInput)
    .mutation(({ ctx, input }) => departments.createDepartment(ctx.db, ctx.user, input)),
  update: adminProcedure
    .input(departmentUpdate)
    .mutation(({ ctx, input }) => departments.updateDepartment(ctx.db, ctx.user, input.id, input.data)),
  setArchived: adminProcedure
    .input(byId.extend({ archived: z.boolean() }))
    .mutation(({ ctx, input }) =>
      departments.setDepartmentArchived(ctx.db, ctx.user, input.id, input.archived),
    ),
  delete: adminProcedure
    .input(byId)
    .mutation(({ ctx, input }) => departments.deleteDepartment(ctx.db, ctx.user, input.id)),
} satisfies TRPCRouterRecord;
