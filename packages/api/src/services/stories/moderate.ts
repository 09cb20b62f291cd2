/**
 * Moderation: HR, an admin, or the head of a department serving the story's segment publishes a submitted story,
 * returns it to its author with a comment, or declines it with a reason. Anyone else (a head of another segment
 * included) is told the story does not exist. Nobody moderates their own story. The decision, its audit event
 * and the author's notification commit together; the row is claimed with a conditional update, so two
 * moderators deciding at once cannot both win.
 */
import { writeAudit, type Db, type StoryStatus } from "@portal/db";
import type { NotificationContent, storyModerateInput } from "@portal/validators";
import type { z } from "zod";
import { AppError, conflict, notFound } from "../../errors";
import type { Actor } from "../../actor";
import { canModerateSegment, loadStoryReader, storyVisibility } from "./access";

const outcomes = {
  publish: { status: "PUBLISHED", action: "story.publish" },
  return: { status: "RETURNED", action: "story.return" },
  decline: { status: "DECLINED", action: "story.decline" },
} as const satisfies Record<string, { status: StoryStatus; action: string }>;

export async function moderateStory(db: Db, actor: Actor, input: z.output<typeof storyModerateInput>) {
  return db.$transaction(async (tx) => {
    const reader = await loadStoryReader(tx, actor);
    const story = await tx.serviceStory.findFirst({
      where: { AND: [{ id: input.id }, storyVisibility(reader)] },
      select: { id: true, status: true, authorId: true, segmentId: true, title: true },
    });
    if (!story || !canModerateSegment(reader, story.segmentId)) throw notFound("storyNotFound");
    if (story.authorId === actor.id) throw new AppError("FORBIDDEN", "storyOwnModeration");
    if (story.status !== "SUBMITTED") throw conflict("storyNotAwaitingModeration");
    const { status, action } = outcomes[input.decision];
    const comment = input.decision === "publish" ? null : input.comment;
    const now = new Date();
    const claimed = await tx.serviceStory.updateMany({
      where: { id: story.id, status: "SUBMITTED" },
      data: {
        status,
        moderatorId: actor.id,
        moderatedAt: now,
        moderationComment: comment,
        ...(status === "PUBLISHED" ? { publishedAt: now } : {}),
      },
    });
    if (claimed.count === 0) throw conflict("storyNotAwaitingModeration");
    await writeAudit(tx, {
      actorId: actor.id,
      action,
      entityType: "ServiceStory",
      entityId: story.id,
      entityName: story.title,
      before: { status: story.status },
      after: { status, comment },
    });
    const content: NotificationContent =
      input.decision === "publish"
        ? { kind: "story.published", params: { title: story.title } }
        : input.decision === "return"
          ? { kind: "story.returned", params: { title: story.title, comment: input.comment } }
          : { kind: "story.declined", params: { title: story.title, reason: input.comment } };
    await tx.notification.createMany({
      data: [
        {
          userId: story.authorId,
          kind: content.kind,
          params: content.params,
          link: `/stories/${story.id}`,
          dedupeKey: `story:${story.id}:${status}:${now.toISOString()}`,
        },
      ],
      skipDuplicates: true,
    });
    return { id: story.id, status };
  });
}
