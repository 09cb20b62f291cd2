import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { id } from "@portal/validators";
import { protectedProcedure } from "../trpc";
import { listNotifications, markRead, unreadCount } from "../services/notifications";

/** Every signed-in user's own notification centre (reminders from the onboarding jobs, and later others). */
export const notificationsRouter = {
  list: protectedProcedure
    .input(
      z.object({
        page: z.number().int().min(1).max(10_000).default(1),
        pageSize: z.number().int().min(5).max(100).default(20),
        unreadOnly: z.boolean().default(false),
      }),
    )
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.user, input)),
  unreadCount: protectedProcedure
    .input(z.object({}).optional())
    .query(({ ctx }) => unreadCount(ctx.db, ctx.user)),
  markRead: protectedProcedure
    .input(z.object({ ids: z.union([z.literal("all"), z.array(id).min(1).max(500)]) }))
    .mutation(({ ctx, input }) => markRead(ctx.db, ctx.user, input.ids)),
} satisfies TRPCRouterRecord;
