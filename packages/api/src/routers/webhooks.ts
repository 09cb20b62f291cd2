import type { TRPCRouterRecord } from "@trpc/server";
import { byId, webhookCreateInput, webhookDeliveryList, webhookUpdateInput } from "@portal/validators";
import { adminProcedure } from "../trpc";
import * as webhooks from "../services/webhooks/endpoints";

/** Webhook endpoints, their secrets and delivery log: admins only. */
export const webhooksRouter = {
  list: adminProcedure.query(({ ctx }) => webhooks.listWebhookEndpoints(ctx.db)),
  create: adminProcedure
    .input(webhookCreateInput)
    .mutation(({ ctx, input }) => webhooks.createWebhookEndpoint(ctx.db, ctx.user, input)),
  update: adminProcedure
    .input(webhookUpdateInput)
    .mutation(({ ctx, input }) => webhooks.updateWebhookEndpoint(ctx.db, ctx.user, input)),
  rotateSecret: adminProcedure
    .input(byId)
    .mutation(({ ctx, input }) => webhooks.rotateWebhookSecret(ctx.db, ctx.user, input.id)),
  delete: adminProcedure
    .input(byId)
    .mutation(({ ctx, input }) => webhooks.deleteWebhookEndpoint(ctx.db, ctx.user, input.id)),
  deliveries: adminProcedure
    .input(webhookDeliveryList)
    .query(({ ctx, input }) => webhooks.listWebhookDeliveries(ctx.db, input)),
  resend: adminProcedure
    .input(byId)
    .mutation(({ ctx, input }) => webhooks.resendWebhookDelivery(ctx.db, ctx.user, input.id)),
} satisfies TRPCRouterRecord;
