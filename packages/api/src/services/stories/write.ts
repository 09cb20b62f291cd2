/**
 * Writing a story: the author saves a draft (and edits it while it is a draft or was returned), then submits it
 * for moderation. The department recorded is the author's when they first save it. Each change is audited in
 * its transaction; a state change claims the row with a conditional update, so a double submit acts once.
 */
import { writeAudit, type Db } from "@portal/db";
import { V, isLocale, storyBodyFields, type storySaveInput } from "@portal/validators";
import type { z } from "zod";
import { AppError, conflict, fieldError, forbidden, notFound } from "../../errors";
import type { Actor } from "../../actor";

const editable = ["DRAFT", "RETURNED"] as const;

export async function saveStory(db: Db, actor: Actor, input: z.output<typeof storySaveInput>) {
  return db.$transaction(async (tx) => {
    const staff = await tx.staffMember.findUnique({
      where: { userId: actor.id },
      select: { departmentId: true, user: { select: { locale: true } } },
    });
    if (!staff) throw forbidden("storyWriteNeedsStaffRecord");
    const segment = await tx.customerSegment.findFirst({
      where: { id: input.segmentId, archived: false },
      select: { id: true },
    });
    if (!segment) throw fieldError("segmentId", "storySegmentMissing");
    const data = {
      segmentId: input.segmentId,
      title: input.title,
      situation: input.situation,
      action: input.action,
      outcome: input.outcome,
      lesson: input.lesson,
      tags: input.tags,
      language: input.language ?? (isLocale(staff.user.locale) ? staff.user.locale : "en"),
      showAuthorName: input.showAuthorName,
    };
    if (!input.id) {
      const story = await tx.serviceStory.create({
        data: { ...data, authorId: actor.id, departmentId: staff.departmentId },
        select: { id: true, status: true },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "story.create",
        entityType: "ServiceStory",
        entityId: story.id,
        after: data,
      });
      return story;
    }
    const before = await tx.serviceStory.findFirst({
      where: { id: input.id, authorId: actor.id },
      select: {
        id: true,
        status: true,
        segmentId: true,
        title: true,
        situation: true,
        action: true,
        outcome: true,
        lesson: true,
        tags: true,
        language: true,
        showAuthorName: true,
      },
    });
    if (!before) throw notFound("storyNotFound");
    const { count } = await tx.serviceStory.updateMany({
      where: { id: before.id, authorId: actor.id, status: { in: [...editable] } },
      data,
    });
    if (count === 0) throw conflict("storyNotEditable");
    await writeAudit(tx, {
      actorId: actor.id,
      action: "story.update",
      entityType: "ServiceStory",
      entityId: before.id,
      before,
      after: data,
    });
    return { id: before.id, status: before.status };
  });
}

/** Send a draft (or a returned story) to the moderators; every part of it must be written by then. */
export async function submitStory(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const story = await tx.serviceStory.findFirst({
      where: { id, authorId: actor.id },
      select: {
        id: true,
        status: true,
        title: true,
        situation: true,
        action: true,
        outcome: true,
        lesson: true,
      },
    });
    if (!story) throw notFound("storyNotFound");
    if (story.status !== "DRAFT" && story.status !== "RETURNED") throw conflict("storyNotSubmittable");
    const missing = storyBodyFields.filter((f) => story[f].trim() === "");
    if (missing.length > 0)
      throw new AppError(
        "BAD_REQUEST",
        "storyIncomplete",
        {},
        { issues: missing.map((f) => ({ path: [f], message: V.required })) },
      );
    const now = new Date();
    const claimed = await tx.serviceStory.updateMany({
      where: { id: story.id, status: story.status },
      data: { status: "SUBMITTED", submittedAt: now, moderationComment: null },
    });
    if (claimed.count === 0) throw conflict("changedMeanwhile");
    await writeAudit(tx, {
      actorId: actor.id,
      action: "story.submit",
      entityType: "ServiceStory",
      entityId: story.id,
      entityName: story.title,
      before: { status: story.status },
      after: { status: "SUBMITTED", submittedAt: now },
    });
    return { id: story.id, status: "SUBMITTED" as const };
  });
}
