import type { DbClient, Prisma } from "@portal/db";
import {
  courseContentInput,
  courseItemInput,
  courseModuleInput,
  type CourseContentInput,
} from "@portal/validators";
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
      mainLocale: content.mainLocale,
      locales: content.locales,
      titles: content.titles as Prisma.InputJsonValue,
    },
  });
  for (const [sortOrder, module] of content.modules.entries()) {
    await tx.courseModule.create({
      data: {
        versionId,
        sortOrder,
        title: module.title,
        translations: module.translations as Prisma.InputJsonValue,
        items: {
          createMany: {
            data: module.items.map((item, itemOrder) => ({
              sortOrder: itemOrder,
              kind: item.kind,
              title: item.title,
              durationMinutes: item.durationMinutes,
              body: item.kind === "LESSON" ? item.body : "",
              content: item.kind === "LESSON" ? undefined : (item.content as Prisma.InputJsonValue),
              translations: item.translations as Prisma.InputJsonValue,
              sourceStoryId: item.kind === "SCENARIO" ? (item.sourceStoryId ?? null) : null,
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
    ...readLanguages(version),
    modules: version.modules.map((m) => ({
      id: m.id,
      title: m.title,
      translations: moduleTranslations.parse(m.translations),
      items: m.items.map((i) => {
        // Stored content was validated on the way in; parsing again gives it its type (and catches a hand-edited row).
        const translations = i.translations;
        const parsed = courseItemInput.parse(
          i.kind === "LESSON"
            ? { kind: i.kind, title: i.title, durationMinutes: i.durationMinutes, body: i.body, translations }
            : {
                kind: i.kind,
                title: i.title,
                durationMinutes: i.durationMinutes,
                content: i.content,
                translations,
                sourceStoryId: i.sourceStoryId ?? undefined,
              },
        );
        return { id: i.id, ...parsed };
      }),
    })),
  } satisfies CourseContentInput & { modules: { id: string }[] };
}

const languages = courseContentInput.in.pick({ mainLocale: true, locales: true, titles: true });
const moduleTranslations = courseModuleInput.shape.translations;

/** A version's languages: its main one, those it is offered in, and the course title in each. */
export function readLanguages(version: { mainLocale: string; locales: string[]; titles: Prisma.JsonValue }) {
  return languages.parse({
    mainLocale: version.mainLocale,
    locales: version.locales,
    titles: version.titles,
  });
}

export const itemCount = (content: Content) => content.modules.reduce((n, m) => n + m.items.length, 0);

/** Content equality for idempotent saves: the same content saved twice changes nothing. */
export function sameContent(a: Content, b: Content) {
  const withoutIds = (c: Content) =>
    stableJson({
      outcome: c.outcome,
      mainLocale: c.mainLocale,
      locales: c.locales,
      titles: c.titles,
      modules: c.modules.map((m) => ({
        title: m.title,
        translations: m.translations,
        items: m.items.map((item) => ({ ...item, id: undefined })),
      })),
    });
  return withoutIds(a) === withoutIds(b);
}

/** JSON with object keys sorted: PostgreSQL's jsonb stores keys in its own order, so translations read back reordered. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
