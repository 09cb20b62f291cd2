/**
 * Webhook endpoints and their delivery log (ADMIN; the router checks the role). Creating an endpoint and rotating
 * its secret return the secret once; it is stored encrypted (`secret.ts`). Create, change, rotate and delete are
 * audited in their transaction (the secret never is).
 */
import { writeAudit, type Db } from "@portal/db";
import type { webhookCreateInput, webhookDeliveryList, webhookUpdateInput } from "@portal/validators";
import type { z } from "zod";
import { fieldError, notFound } from "../../errors";
import type { Actor } from "../../actor";
import { pageArgs, toPage } from "../../pagination";
import { encryptWebhookSecret, generateWebhookSecret } from "./secret";
import { urlRefusal } from "./url-policy";

const endpointSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  active: true,
  secretRotatedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

function checkUrl(url: string) {
  const refusal = urlRefusal(url);
  if (refusal) throw fieldError("url", refusal);
}

const audited = (e: { url: string; description: string; events: string[]; active: boolean }) => ({
  url: e.url,
  description: e.description,
  events: e.events,
  active: e.active,
});

export async function listWebhookEndpoints(db: Db) {
  const endpoints = await db.webhookEndpoint.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: endpointSelect,
  });
  const failing = await db.webhookDelivery.groupBy({
    by: ["endpointId"],
    where: { status: "FAILED" },
    _count: { _all: true },
  });
  const failed = new Map(failing.map((f) => [f.endpointId, f._count._all]));
  return endpoints.map((e) => ({ ...e, failedDeliveries: failed.get(e.id) ?? 0 }));
}

export async function createWebhookEndpoint(
  db: Db,
  actor: Actor,
  input: z.output<typeof webhookCreateInput>,
) {
  checkUrl(input.url);
  const secret = generateWebhookSecret();
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({
      data: { ...input, secretEncrypted: encryptWebhookSecret(secret) },
      select: endpointSelect,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "webhook.create",
      entityType: "WebhookEndpoint",
      entityId: endpoint.id,
      entityName: endpoint.url,
      after: audited(endpoint),
    });
    return { endpoint, secret };
  });
}

export async function updateWebhookEndpoint(
  db: Db,
  actor: Actor,
  input: z.output<typeof webhookUpdateInput>,
) {
  checkUrl(input.url);
  const { id, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.webhookEndpoint.findUnique({ where: { id }, select: endpointSelect });
    if (!before) throw notFound("webhookNotFound");
    const after = await tx.webhookEndpoint.update({ where: { id }, data, select: endpointSelect });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "webhook.update",
      entityType: "WebhookEndpoint",
      entityId: id,
      entityName: after.url,
      before: audited(before),
      after: audited(after),
    });
    return after;
  });
}

/** A new secret (returned once); the old one stops signing at once. */
export async function rotateWebhookSecret(db: Db, actor: Actor, id: string) {
  const secret = generateWebhookSecret();
  return db.$transaction(async (tx) => {
    const found = await tx.webhookEndpoint.findUnique({ where: { id }, select: { id: true, url: true } });
    if (!found) throw notFound("webhookNotFound");
    const endpoint = await tx.webhookEndpoint.update({
      where: { id },
      data: { secretEncrypted: encryptWebhookSecret(secret), secretRotatedAt: new Date() },
      select: endpointSelect,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "webhook.rotateSecret",
      entityType: "WebhookEndpoint",
      entityId: id,
      entityName: found.url,
      after: { secretRotatedAt: endpoint.secretRotatedAt },
    });
    return { endpoint, secret };
  });
}

/** Deletes the endpoint with its delivery log; pending deliveries are not sent. */
export async function deleteWebhookEndpoint(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const found = await tx.webhookEndpoint.findUnique({ where: { id }, select: endpointSelect });
    if (!found) throw notFound("webhookNotFound");
    await tx.webhookEndpoint.delete({ where: { id } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "webhook.delete",
      entityType: "WebhookEndpoint",
      entityId: id,
      entityName: found.url,
      before: audited(found),
    });
    return { deleted: true };
  });
}

/** An endpoint's deliveries, newest first, each with its attempts. */
export async function listWebhookDeliveries(db: Db, q: z.output<typeof webhookDeliveryList>) {
  const where = { endpointId: q.endpointId };
  const [items, total] = await db.$transaction([
    db.webhookDelivery.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(q),
      select: {
        id: true,
        status: true,
        attempts: true,
        responseCode: true,
        lastError: true,
        createdAt: true,
        finishedAt: true,
        event: { select: { id: true, type: true, occurredAt: true } },
        attemptLog: {
          orderBy: { number: "asc" },
          select: { number: true, at: true, durationMs: true, responseCode: true, error: true },
        },
      },
    }),
    db.webhookDelivery.count({ where }),
  ]);
  return toPage(items, total, q);
}

/** Sends the delivery's event to its endpoint again, as a new delivery (the log keeps the old one). */
export async function resendWebhookDelivery(db: Db, actor: Actor, deliveryId: string) {
  return db.$transaction(async (tx) => {
    const found = await tx.webhookDelivery.findUnique({
      where: { id: deliveryId },
      select: { endpointId: true, eventId: true, event: { select: { type: true } } },
    });
    if (!found) throw notFound("webhookDeliveryNotFound");
    const delivery = await tx.webhookDelivery.create({
      data: { endpointId: found.endpointId, eventId: found.eventId },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "webhook.resend",
      entityType: "WebhookEndpoint",
      entityId: found.endpointId,
      after: {
        deliveryId: delivery.id,
        resentFrom: deliveryId,
        eventId: found.eventId,
        type: found.event.type,
      },
    });
    return delivery;
  });
}
