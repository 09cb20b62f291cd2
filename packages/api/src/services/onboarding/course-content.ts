import type { DbClient, Prisma } from "@portal/db";
import { courseItemInput, type CourseContentInput, type courseContentInput } from "@portal/validators";
import type { z } from "zod";

type Content = z.output<typeof courseContentInput>;

export const contentInclude = {
  modules: {
    orderBy: { sortOrder: "asc" },
    include: { items: { orderBy: { sortOrder: "asc" } } },
  },
} satisfies Prisma.CourseVersionInclude;

type VersionWithContent = Prisma.CourseVersionGetPayload<{ include: typeof contentInclude }>;

/** Replace a draft version's modules and items (and its outcome) with `content`, inside the caller's transaction. */
export async function writeContent(tx: DbClient, versionId: string, content: Content) {
  await tx.courseModule.deleteMany({ where: { versionId } });
  await tx.courseVersion.update({
    where: { id: versionId },
    data: {
      outcomeSegmentId: content.outcome?.segmentId ?? null,
      outcomeLevel: content.outcome?.level ?? null,
    },
  });
  for (const [sortOrder, module] of content.modules.entries()) {
    await tx.courseModule.create({
      data: {
        versionId,
        sortOrder,
        title: module.title,
        items: {
          createMany: {
            data: module.items.map((item, itemOrder) => ({
              sortOrder: itemOrder,
              kind: item.kind,
              title: item.title,
              durationMinutes: item.durationMinutes,
              body: item.kind === "LESSON" ? item.body : "",
              content: item.kind === "LESSON" ? undefined : (item.content as Prisma.InputJsonValue),
            })),
          },
        },
      },
    });
  }
}

/** A stored version's content in the editor's (and the export file's) shape, item ids included for progress links. */
export function readContent(version: VersionWithContent) {
  return {
    outcome:
      version.outcomeSegmentId && version.outcomeLevel
        ? { segmentId: version.outcomeSegmentId, level: version.outcomeLevel }
        : null,
    modules: version.modules.map((m) => ({
      id: m.id,
      title: m.title,
      items: m.items.map((i) => {
        // Stored content was validated on the way in; parsing again gives it its type (and catches a hand-edited row).
        const parsed = courseItemInput.parse(
          i.kind === "LESSON"
            ? { kind: i.kind, title: i.title, durationMinutes: i.durationMinutes, body: i.body }
            : { kind: i.kind, title: i.title, durationMinutes: i.durationMinutes, content: i.content },
        );
        return { id: i.id, ...parsed };
      }),
    })),
  } satisfies CourseContentInput & { modules: { id: string }[] };
}

export const itemCount = (content: Content) => content.modules.reduce((n, m) => n + m.items.length, 0);

/** Content equality for idempotent saves: the same content saved twice changes nothing. */
export function sameContent(a: Content, b: Content) {
  const withoutIds = (c: Content) =>
    JSON.stringify({
      outcome: c.outcome,
      modules: c.modules.map((m) => ({
        title: m.title,
        items: m.items.map((item) => ({ ...item, id: undefined })),
      })),
    });
  return withoutIds(a) === withoutIds(b);
}
