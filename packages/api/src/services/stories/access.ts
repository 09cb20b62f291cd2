/**
 * Who may read, write and moderate service stories (issue 18).
 *
 * Readers: everyone signed in with a staff record, and every HEAD, HR and ADMIN (the router refuses anyone else).
 * Published stories are visible to every reader; a draft only to its author; a submitted, returned or declined
 * story also to the moderators in its scope: HR and ADMIN for every segment, a HEAD for the segments their
 * (active) departments serve. Anything else is "not found", by list and by id alike.
 */
import type { DbClient, Prisma, StoryStatus } from "@portal/db";
import type { Actor } from "../../actor";

export type StoryReader = Actor & {
  /** The caller's own staff record (the department a story they write is recorded under), if any. */
  staff: { departmentId: string; segmentId: string } | null;
  /** Segments whose stories the caller moderates. */
  moderates: "all" | string[];
};

export async function loadStoryReader(db: DbClient, actor: Actor): Promise<StoryReader> {
  const [staff, headed] = await Promise.all([
    db.staffMember.findUnique({
      where: { userId: actor.id },
      select: { departmentId: true, department: { select: { segmentId: true } } },
    }),
    actor.role === "HEAD"
      ? db.department.findMany({ where: { headId: actor.id, archived: false }, select: { segmentId: true } })
      : Promise.resolve([]),
  ]);
  return {
    id: actor.id,
    role: actor.role,
    staff: staff ? { departmentId: staff.departmentId, segmentId: staff.department.segmentId } : null,
    moderates:
      actor.role === "ADMIN" || actor.role === "HR" ? "all" : [...new Set(headed.map((d) => d.segmentId))],
  };
}

/** HR and admins see who wrote an anonymous story (they moderate it and answer for it); nobody else does. */
export const seesAnonymousAuthors = (reader: Actor) => reader.role === "ADMIN" || reader.role === "HR";

export const canModerateSegment = (reader: StoryReader, segmentId: string) =>
  reader.moderates === "all" || reader.moderates.includes(segmentId);

export const isModerator = (reader: StoryReader) => reader.moderates === "all" || reader.moderates.length > 0;

const moderatedStatuses: StoryStatus[] = ["SUBMITTED", "RETURNED", "DECLINED"];

/** The stories a reader may open: published ones, their own, and those in moderation within their scope. */
export function storyVisibility(reader: StoryReader): Prisma.ServiceStoryWhereInput {
  const or: Prisma.ServiceStoryWhereInput[] = [{ status: "PUBLISHED" }, { authorId: reader.id }];
  if (reader.moderates === "all") or.push({ status: { in: moderatedStatuses } });
  else if (reader.moderates.length > 0)
    or.push({ status: { in: moderatedStatuses }, segmentId: { in: reader.moderates } });
  return { OR: or };
}

/** The moderation queue: submitted stories in the moderator's scope, other than their own. */
export function moderationQueueScope(reader: StoryReader): Prisma.ServiceStoryWhereInput {
  return {
    status: "SUBMITTED",
    authorId: { not: reader.id },
    ...(reader.moderates === "all" ? {} : { segmentId: { in: reader.moderates } }),
  };
}
