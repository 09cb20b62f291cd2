import type { TRPCRouterRecord } from "@trpc/server";
import { byId, roles, userCreateInput, userList, userUpdateInput } from "@portal/validators";
import { z } from "zod";
import { adminProcedure } from "../trpc";
import * as users from "../services/users";

/** What a user looks like outside the server: `.output()` strips anything else (a password hash never leaves). */
const userOut = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  locale: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
const userDetailOut = userOut.extend({
  headOf: z.array(z.object({ id: z.string(), name: z.string(), archived: z.boolean() })),
  staffMember: z.object({ id: z.string() }).nullable(),
});
const pageOut = z.object({
  items: z.array(userOut),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  pageCount: z.number(),
});
/** The one-time password is in this answer only; it is stored as a hash. */
const withPasswordOut = z.object({ user: userOut, oneTimePassword: z.string() });

export const usersRouter = {
  list: adminProcedure
    .input(userList)
    .output(pageOut)
    .query(({ ctx, input }) => users.listUsers(ctx.db, input)),
  byId: adminProcedure
    .input(byId)
    .output(userDetailOut)
    .query(({ ctx, input }) => users.getUser(ctx.db, input.id)),
  create: adminProcedure
    .input(userCreateInput)
    .output(withPasswordOut)
    .mutation(({ ctx, input }) => users.createUser(ctx.db, ctx.user, input)),
  update: adminProcedure
    .input(userUpdateInput)
    .output(userDetailOut)
    .mutation(({ ctx, input }) => users.updateUser(ctx.db, ctx.user, input.id, input.data)),
  resetPassword: adminProcedure
    .input(byId)
    .output(withPasswordOut)
    .mutation(({ ctx, input }) => users.resetPassword(ctx.db, ctx.user, input.id)),
} satisfies TRPCRouterRecord;
