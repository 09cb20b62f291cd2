/**
 * Readers of a published story mark it useful (once each: the key is story + person, so marking twice is one
 * mark, and unmarking removes it) and comment on it. The author does not mark their own story useful.
 */
import { writeAudit, type Db, type DbClient } from "@portal/db";
import type { storyCommentInput, storyUsefulInput } from "@portal/validators";
import type { z } from "zod";
import { badRequest, conflict, notFound } from "../../errors";
import type { Actor } from "../../actor";
import { loadStoryReader, storyVisibility } from "./access";

async function publishedStory(tx: DbClient, actor: Actor, id: string) {
  const reader = await loadStoryReader(tx, actor);
  const story = await tx.serviceStory.findFirst({
    where: { AND: [{ id }, storyVisibility(reader)] },
    select: { id: true, status: true, authorId: true, title: true },
  });
  if (!story) throw notFound("storyNotFound");
  if (story.status !== "PUBLISHED") throw conflict("storyNotPublished");
  return story;
}

export async function setStoryUseful(db: Db, actor: Actor, input: z.output<typeof storyUsefulInput>) {
  return db.$transaction(async (tx) => {
    const story = await publishedStory(tx, actor, input.id);
    if (story.authorId === actor.id) throw badRequest("storyUsefulOwn");
    const changed = input.useful
      ? (
          await tx.storyUseful.createMany({
            data: [{ storyId: story.id, userId: actor.id }],
            skipDuplicates: true,
          })
        ).count
      : (await tx.storyUseful.deleteMany({ where: { storyId: story.id, userId: actor.id } })).count;
    if (changed > 0)
      await writeAudit(tx, {
        actorId: actor.id,
        action: "story.useful",
        entityType: "ServiceStory",
        entityId: story.id,
        entityName: story.title,
        after: { useful: input.useful },
      });
    const usefulCount = await tx.storyUseful.count({ where: { storyId: story.id } });
    return { useful: input.useful, usefulCount };
  });
}

export async function commentOnStory(db: Db, actor: Actor, input: z.output<typeof storyCommentInput>) {
  return db.$transaction(async (tx) => {
    const story = await publishedStory(tx, actor, input.id);
    const comment = await tx.storyComment.create({
      data: { storyId: story.id, authorId: actor.id, body: input.body },
      select: { id: true, body: true, createdAt: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "story.comment",
      entityType: "ServiceStory",
      entityId: story.id,
      entityName: story.title,
      after: { commentId: comment.id, body: input.body },
    });
    return comment;
  });
}
