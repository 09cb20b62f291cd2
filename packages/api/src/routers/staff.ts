import type { TRPCRouterRecord } from "@trpc/server";
import {
  byId,
  expertiseHistoryInput,
  expertiseInput,
  staffImportInput,
  staffInput,
  staffList,
  staffUpdate,
} from "@portal/validators";
import { hrProcedure, managerProcedure, protectedProcedure } from "../trpc";
import * as staff from "../services/staff/read";
import * as write from "../services/staff/write";
import * as expertise from "../services/staff/expertise";
import { importStaffCsv } from "../services/staff/import";
import { exportStaffCsv } from "../services/staff/export";

/** Reads go through staffScope (a head sees their own department(s) only); outside the scope is NOT_FOUND. */
export const staffRouter = {
  list: managerProcedure.input(staffList).query(({ ctx, input }) => staff.listStaff(ctx.db, ctx.user, input)),
  filterOptions: managerProcedure.query(({ ctx }) => staff.staffFilterOptions(ctx.db, ctx.user)),
  byId: managerProcedure.input(byId).query(({ ctx, input }) => staff.getStaff(ctx.db, ctx.user, input.id)),
  /** Anyone signed in: their own staff record, or null. */
  me: protectedProcedure.query(({ ctx }) => staff.myStaff(ctx.db, ctx.user)),
  create: hrProcedure
    .input(staffInput)
    .mutation(({ ctx, input }) => write.createStaff(ctx.db, ctx.user, input)),
  update: hrProcedure
    .input(staffUpdate)
    .mutation(({ ctx, input }) => write.updateStaff(ctx.db, ctx.user, input.id, input.data)),
  /** HR and ADMIN for anyone; a HEAD for staff of their own department (the service applies staffScope). */
  setExpertise: managerProcedure
    .input(expertiseInput)
    .mutation(({ ctx, input }) => expertise.setExpertise(ctx.db, ctx.user, input)),
  /** Scoped like the records: staff see their own history, heads their department's. */
  expertiseHistory: protectedProcedure
    .input(expertiseHistoryInput)
    .query(({ ctx, input }) => expertise.expertiseHistory(ctx.db, ctx.user, input)),
  importCsv: hrProcedure
    .input(staffImportInput)
    .mutation(({ ctx, input }) => importStaffCsv(ctx.db, ctx.user, input)),
  exportCsv: hrProcedure.query(({ ctx }) => exportStaffCsv(ctx.db, ctx.user)),
} satisfies TRPCRouterRecord;
