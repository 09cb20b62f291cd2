import { writeAudit, type Db, type Prisma } from "@portal/db";
import type {
  feedbackEdit,
  feedbackInput,
  feedbackList,
  feedbackRespond,
  NotificationContent,
} from "@portal/validators";
import type { z } from "zod";
import { conflict, fieldError, forbidden, notFound } from "../../errors";
import { contains, pageArgs, toPage } from "../../pagination";
import type { Actor } from "../../actor";
import { feedbackScope, inboxScope, respondScope } from "./scope";

/** The beginning of a text for a notification: at most `max` characters, cut at a word when one is near. */
export function excerptOf(text: string, max = 80): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  if (chars.length <= max) return chars.join("");
  const cut = chars.slice(0, max).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

const listSelect = {
  id: true,
  kind: true,
  tags: true,
  text: true,
  language: true,
  status: true,
  reply: true,
  createdAt: true,
  updatedAt: true,
  respondedAt: true,
  version: true,
  segment: { select: { id: true, name: true } },
  author: { select: { id: true, name: true } },
} satisfies Prisma.FeedbackSelect;

/** File feedback about an active segment, in the author's language; audited in its transaction. */
export async function createFeedback(db: Db, actor: Actor, input: z.output<typeof feedbackInput>) {
  return db.$transaction(async (tx) => {
    const segment = await tx.customerSegment.findFirst({
      where: { id: input.segmentId, archived: false },
      select: { id: true, name: true },
    });
    if (!segment) throw fieldError("segmentId", "segmentNotFound");
    const author = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { locale: true } });
    const item = await tx.feedback.create({
      data: {
        segmentId: segment.id,
        authorId: actor.id,
        kind: input.kind,
        tags: input.tags,
        text: input.text,
        language: author.locale,
      },
      select: listSelect,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "feedback.create",
      entityType: "Feedback",
      entityId: item.id,
      entityName: segment.name,
      after: { segmentId: segment.id, kind: item.kind, tags: item.tags, text: item.text },
    });
    return item;
  });
}

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * The author's edit of text, kind and tags. The version it replaces is kept as a revision; an edit of an older
 * version than the stored one is refused (someone, the author in another tab, edited meanwhile). Nobody else
 * may edit: they are told so when they can read the item, and that it does not exist otherwise.
 */
export async function editFeedback(db: Db, actor: Actor, input: z.output<typeof feedbackEdit>) {
  return db.$transaction(async (tx) => {
    const item = await tx.feedback.findFirst({
      where: { AND: [{ id: input.id }, feedbackScope(actor)] },
      select: { id: true, authorId: true, version: true, kind: true, tags: true, text: true, segment: true },
    });
    if (!item) throw notFound("feedbackNotFound");
    if (item.authorId !== actor.id) throw forbidden("feedbackAuthorOnly");
    if (item.version !== input.version) throw conflict("changedMeanwhile");
    if (item.kind === input.kind && item.text === input.text && sameTags(item.tags, input.tags))
      return tx.feedback.findUniqueOrThrow({ where: { id: item.id }, select: listSelect }); // nothing to keep
    const { count } = await tx.feedback.updateMany({
      where: { id: item.id, version: item.version },
      data: { kind: input.kind, tags: input.tags, text: input.text, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict("changedMeanwhile");
    await tx.feedbackRevision.create({
      data: {
        feedbackId: item.id,
        version: item.version,
        kind: item.kind,
        tags: item.tags,
        text: item.text,
        editedById: actor.id,
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "feedback.edit",
      entityType: "Feedback",
      entityId: item.id,
      entityName: item.segment.name,
      before: { version: item.version, kind: item.kind, tags: item.tags, text: item.text },
      after: { version: item.version + 1, kind: input.kind, tags: input.tags, text: input.text },
    });
    return tx.feedback.findUniqueOrThrow({ where: { id: item.id }, select: listSelect });
  });
}

/**
 * A head of the item's segment, or HR/ADMIN, sets its status and reply. Audited in the transaction, and the
 * author is notified (unless they answered their own item). Same status and reply again: nothing happens.
 */
export async function respondToFeedback(db: Db, actor: Actor, input: z.output<typeof feedbackRespond>) {
  return db.$transaction(async (tx) => {
    const item = await tx.feedback.findFirst({
      where: { AND: [{ id: input.id }, respondScope(actor)] },
      select: {
        id: true,
        authorId: true,
        text: true,
        status: true,
        reply: true,
        responseVersion: true,
        segment: { select: { name: true } },
      },
    });
    if (!item) throw notFound("feedbackNotFound");
    const statusChanged = item.status !== input.status;
    const replyChanged = item.reply !== input.reply;
    if (!statusChanged && !replyChanged)
      return tx.feedback.findUniqueOrThrow({ where: { id: item.id }, select: listSelect });
    if (item.responseVersion !== input.responseVersion) throw conflict("changedMeanwhile");
    const responseVersion = item.responseVersion + 1;
    const { count } = await tx.feedback.updateMany({
      where: { id: item.id, responseVersion: item.responseVersion },
      data: {
        status: input.status,
        reply: input.reply,
        respondedById: actor.id,
        respondedAt: new Date(),
        responseVersion,
      },
    });
    if (count !== 1) throw conflict("changedMeanwhile");
    await writeAudit(tx, {
      actorId: actor.id,
      action: "feedback.respond",
      entityType: "Feedback",
      entityId: item.id,
      entityName: item.segment.name,
      before: { status: item.status, reply: item.reply },
      after: { status: input.status, reply: input.reply },
    });
    if (item.authorId !== actor.id) {
      const content: NotificationContent = {
        kind: "feedback.responded",
        params: {
          status: input.status,
          excerpt: excerptOf(item.text),
          replied: replyChanged && input.reply !== "",
        },
      };
      await tx.notification.createMany({
        data: [
          {
            userId: item.authorId,
            kind: content.kind,
            params: content.params,
            link: `/feedback/${item.id}`,
            dedupeKey: `feedback:${item.id}:response:${responseVersion}`,
          },
        ],
        skipDuplicates: true,
      });
    }
    return tx.feedback.findUniqueOrThrow({ where: { id: item.id }, select: listSelect });
  });
}

/** "mine": what the caller filed; "inbox": what reaches them. Filtered, newest first, paged. */
export async function listFeedback(db: Db, actor: Actor, q: z.output<typeof feedbackList>) {
  const where: Prisma.FeedbackWhereInput = {
    AND: [
      q.view === "mine" ? { authorId: actor.id } : inboxScope(actor),
      q.segmentId ? { segmentId: q.segmentId } : {},
      q.kind ? { kind: q.kind } : {},
      q.status ? { status: q.status } : {},
      q.tag ? { tags: { has: q.tag } } : {},
      q.search ? { OR: [{ text: contains(q.search) }, { reply: contains(q.search) }] } : {},
    ],
  };
  const [items, total] = await Promise.all([
    db.feedback.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(q),
      select: listSelect,
    }),
    db.feedback.count({ where }),
  ]);
  return toPage(items, total, q);
}

/** One item with its earlier versions, and what the caller may do with it. */
export async function feedbackById(db: Db, actor: Actor, id: string) {
  const item = await db.feedback.findFirst({
    where: { AND: [{ id }, feedbackScope(actor)] },
    select: {
      ...listSelect,
      responseVersion: true,
      respondedBy: { select: { id: true, name: true } },
      revisions: {
        orderBy: { version: "desc" },
        select: { id: true, version: true, kind: true, tags: true, text: true, replacedAt: true },
      },
    },
  });
  if (!item) throw notFound("feedbackNotFound");
  const canRespond =
    actor.role !== "STAFF" &&
    (await db.feedback.count({ where: { AND: [{ id }, respondScope(actor)] } })) === 1;
  return { ...item, canEdit: item.author.id === actor.id, canRespond };
}
