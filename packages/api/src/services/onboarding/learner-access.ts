import type { DbClient, Prisma } from "@portal/db";
import { notFound } from "../../errors";
import type { Actor } from "../../actor";

/** A learner's own enrolment only: someone else's reads exactly like a missing one. */
export async function ownEnrolment<I extends Prisma.EnrolmentInclude>(
  tx: DbClient,
  actor: Actor,
  enrolmentId: string,
  include: I,
) {
  const enrolment = await tx.enrolment.findFirst({
    where: { id: enrolmentId, staffMember: { userId: actor.id } },
    include,
  });
  if (!enrolment) throw notFound("enrolmentNotFound");
  return enrolment;
}

/** The item of the enrolment's own version; an item of another version or course is refused as missing. */
export async function itemOfEnrolment(tx: DbClient, versionId: string, itemId: string) {
  const item = await tx.courseItem.findFirst({ where: { id: itemId, module: { versionId } } });
  if (!item) throw notFound("courseItemNotFound");
  return item;
}
