/**
 * The webhook outbox. A service calls `enqueueWebhookEvent` with its transaction client, beside its audit row:
 * the event and one PENDING delivery per active endpoint subscribed to its type are written in that transaction,
 * so a change that rolls back sends nothing and a committed change is always delivered (the `webhook-relay` job
 * hands PENDING deliveries to pg-boss, `deliver.ts`). Without a subscribed endpoint nothing is written.
 */
import type { DbClient, Prisma } from "@portal/db";
import type { WebhookEventType } from "@portal/validators";

export type WebhookEventData = Prisma.InputJsonObject;

export async function enqueueWebhookEvent(
  tx: DbClient,
  type: WebhookEventType,
  data: WebhookEventData,
  options: { occurredAt?: Date; dedupeKey?: string } = {},
): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { active: true, events: { has: type } },
    select: { id: true },
  });
  if (endpoints.length === 0) return 0;
  // With a dedupe key (a job's event), a repeated run finds the event already written and adds nothing.
  const [event] = await tx.webhookEvent.createManyAndReturn({
    data: [
      { type, data, occurredAt: options.occurredAt ?? new Date(), dedupeKey: options.dedupeKey ?? null },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!event) return 0;
  const { count } = await tx.webhookDelivery.createMany({
    data: endpoints.map((e) => ({ endpointId: e.id, eventId: event.id })),
  });
  return count;
}

type Placement = { departmentId: string; positionId: string | null };

/** `staff.moved` for a department change (a new position in the same department is not a move). */
export async function enqueueStaffMove(
  tx: DbClient,
  staffMemberId: string,
  before: Placement,
  after: Placement,
) {
  if (before.departmentId === after.departmentId) return 0;
  return enqueueWebhookEvent(tx, "staff.moved", {
    staffMemberId,
    from: { departmentId: before.departmentId, positionId: before.positionId },
    to: { departmentId: after.departmentId, positionId: after.positionId },
  });
}
