import type { Prisma } from "@portal/db";
import { segmentScope } from "../../scopes";
import type { Actor } from "../../actor";

const nothing = { id: { in: [] as string[] } };

/**
 * The feedback an actor may read: ADMIN and HR all; a HEAD the feedback about the segments their (active)
 * departments serve, plus what they filed themselves; STAFF what they filed. Every read and write puts this (or
 * respondScope) in its `where`, so an item outside it is "not found" by list, id and change alike.
 */
export function feedbackScope(actor: Actor): Prisma.FeedbackWhereInput {
  switch (actor.role) {
    case "ADMIN":
    case "HR":
      return {};
    case "HEAD":
      return { OR: [{ authorId: actor.id }, { segment: segmentScope(actor) }] };
    case "STAFF":
      return { authorId: actor.id };
  }
}

/** What reaches the actor as decision maker (the inbox): a HEAD their segments', HR and ADMIN all; STAFF their own. */
export function inboxScope(actor: Actor): Prisma.FeedbackWhereInput {
  switch (actor.role) {
    case "ADMIN":
    case "HR":
      return {};
    case "HEAD":
      return { segment: segmentScope(actor) };
    case "STAFF":
      return { authorId: actor.id };
  }
}

/** The feedback whose status and reply the actor may set: a HEAD their segments', HR and ADMIN all; STAFF none. */
export function respondScope(actor: Actor): Prisma.FeedbackWhereInput {
  return actor.role === "STAFF" ? nothing : inboxScope(actor);
}
