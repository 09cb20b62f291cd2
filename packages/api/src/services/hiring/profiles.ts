/**
 * Hiring profiles: a position's versioned list of requirements. A version that candidates were screened
 * against is frozen (their fit keeps its meaning); editing it creates the next version instead.
 */
import type { z } from "zod";
import { writeAudit, type Db, type DbClient, type Prisma } from "@portal/db";
import {
  candidateStages,
  duplicateRequirementIssues,
  type profileSaveInput,
  type Requirement,
} from "@portal/validators";
import { AppError, badRequest, notFound, type FieldIssue } from "../../errors";
import { applicationScope, positionScope } from "../../scopes";
import type { Actor } from "../../actor";

const requirementInclude = {
  requirements: {
    orderBy: { sortOrder: "asc" },
    include: { segment: { select: { name: true, archived: true } } },
  },
  createdBy: { select: { name: true } },
} satisfies Prisma.HiringProfileInclude;

type ProfileWithRequirements = Prisma.HiringProfileGetPayload<{ include: typeof requirementInclude }>;

function presentVersion(profile: ProfileWithRequirements) {
  return {
    id: profile.id,
    version: profile.version,
    note: profile.note,
    createdAt: profile.createdAt,
    createdBy: profile.createdBy?.name ?? null,
    requirements: profile.requirements.map(({ segment, profileId: _profileId, ...r }) => ({
      ...r,
      segmentName: segment?.name ?? null,
      segmentArchived: segment?.archived ?? false,
    })),
  };
}
export type ProfileVersionView = ReturnType<typeof presentVersion>;

async function scopedPosition(db: DbClient, actor: Actor, positionId: string) {
  const position = await db.position.findFirst({
    where: { AND: [{ id: positionId }, positionScope(actor)] },
    select: {
      id: true,
      title: true,
      headcount: true,
      archived: true,
      department: { select: { id: true, name: true, segment: { select: { id: true, name: true } } } },
    },
  });
  if (!position) throw notFound("positionNotFound");
  return position;
}

/** The profile page: current version, history, open seats and the pipeline's size per stage (as the caller may see it). */
export async function getProfile(db: Db, actor: Actor, positionId: string) {
  const position = await scopedPosition(db, actor, positionId);
  const scope = applicationScope(actor);
  const [versions, current, filled, stages, requirementCounts, applicationCounts] = await Promise.all([
    db.hiringProfile.findMany({
      where: { positionId },
      orderBy: { version: "desc" },
      select: {
        id: true,
        version: true,
        note: true,
        createdAt: true,
        createdBy: { select: { name: true } },
      },
    }),
    db.hiringProfile.findFirst({
      where: { positionId },
      orderBy: { version: "desc" },
      include: requirementInclude,
    }),
    db.staffMember.count({ where: { positionId, status: { not: "LEFT" } } }),
    db.application.groupBy({
      by: ["stage"],
      where: { AND: [{ positionId }, scope] },
      _count: { _all: true },
    }),
    // Per version, grouped over this position's rows only.
    db.profileRequirement.groupBy({
      by: ["profileId"],
      where: { profile: { positionId } },
      _count: { _all: true },
    }),
    db.application.groupBy({
      by: ["profileId"],
      where: { AND: [{ positionId }, scope] },
      _count: { _all: true },
    }),
  ]);
  const requirementsOf = new Map(requirementCounts.map((r) => [r.profileId, r._count._all]));
  const applicationsOf = new Map(applicationCounts.map((r) => [r.profileId, r._count._all]));
  const stageCounts = Object.fromEntries(candidateStages.map((s) => [s, 0])) as Record<
    (typeof candidateStages)[number],
    number
  >;
  for (const row of stages) stageCounts[row.stage] = row._count._all;
  return {
    position,
    current: current ? presentVersion(current) : null,
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      note: v.note,
      createdAt: v.createdAt,
      createdBy: v.createdBy?.name ?? null,
      requirementCount: requirementsOf.get(v.id) ?? 0,
      applicationCount: applicationsOf.get(v.id) ?? 0,
    })),
    filled,
    openHeadcount: Math.max(0, position.headcount - filled),
    stageCounts,
    canEdit: actor.role === "ADMIN" || actor.role === "HR",
  };
}

/** One (old) version, read-only; outside the caller's scope reads like a missing one. */
export async function getProfileVersion(db: Db, actor: Actor, profileId: string) {
  const profile = await db.hiringProfile.findFirst({
    where: { AND: [{ id: profileId }, { position: positionScope(actor) }] },
    include: { ...requirementInclude, position: { select: { id: true, title: true } } },
  });
  if (!profile) throw notFound("profileVersionNotFound");
  return { ...presentVersion(profile), position: profile.position };
}

// ---------------------------------------------------------------------------------------------------------
// Saving

/** One BAD_REQUEST for every bad requirement row, each issue on its row's field. */
const requirementError = (issues: FieldIssue[]) =>
  new AppError("BAD_REQUEST", "requirementsInvalid", {}, { issues });

type RequirementRow = Omit<Prisma.ProfileRequirementCreateManyInput, "id" | "profileId" | "kind"> & {
  kind: Requirement["kind"];
  segmentId: string | null;
  level: number | null;
  years: number | null;
  language: string | null;
  cefr: string | null;
  certification: string | null;
  criterion: string | null;
  rating: number | null;
  mustHave: boolean;
};

/** The stored columns of a requirement; every target column is written, null where the kind has none. */
function toRow(r: Requirement, sortOrder: number): RequirementRow {
  return {
    sortOrder,
    kind: r.kind,
    weight: r.weight,
    mustHave: r.mustHave,
    segmentId: r.kind === "EXPERTISE" ? r.segmentId : null,
    level: r.kind === "EXPERTISE" ? r.level : null,
    years: r.kind === "EXPERIENCE" ? r.years : null,
    language: r.kind === "LANGUAGE" ? r.language : null,
    cefr: r.kind === "LANGUAGE" ? r.cefr : null,
    certification: r.kind === "CERTIFICATION" ? r.certification : null,
    criterion: r.kind === "CRITERION" ? r.criterion : null,
    rating: r.kind === "CRITERION" ? r.rating : null,
  };
}

const comparable = (r: RequirementRow) => [
  r.kind,
  r.weight,
  r.mustHave,
  r.segmentId,
  r.level,
  r.years,
  r.language,
  r.cefr,
  r.certification,
  r.criterion,
  r.rating,
];
const sameRequirements = (a: RequirementRow[], b: RequirementRow[]) =>
  JSON.stringify(a.map(comparable)) === JSON.stringify(b.map(comparable));

/** Only the fields that say what is required: audit rows stay readable. */
const auditList = (rows: RequirementRow[]) =>
  rows.map(({ sortOrder: _s, ...r }) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)));

/** Expertise targets must be existing, usable segments; reported per requirement. */
async function checkSegments(tx: DbClient, requirements: Requirement[]) {
  const ids = [...new Set(requirements.flatMap((r) => (r.kind === "EXPERTISE" ? [r.segmentId] : [])))];
  if (ids.length === 0) return;
  const segments = new Map(
    (
      await tx.customerSegment.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, archived: true },
      })
    ).map((s) => [s.id, s]),
  );
  const issues = requirements.flatMap((r, i): FieldIssue[] => {
    if (r.kind !== "EXPERTISE") return [];
    const segment = segments.get(r.segmentId);
    const path = ["requirements", i, "segmentId"];
    if (!segment) return [{ path, message: "errors.chooseExistingSegment" }];
    if (segment.archived) return [{ path, message: "errors.chosenSegmentArchived" }];
    return [];
  });
  if (issues.length) throw requirementError(issues);
}

/** Lock the position rows so concurrent saves of one position run one after the other (no duplicate N+1). */
async function lockPositions(tx: DbClient, ids: string[]) {
  const sorted = [...new Set(ids)].sort(); // one order for everyone: no deadlock between two copies
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Position" WHERE id = ANY(${sorted}) ORDER BY id FOR UPDATE`;
  return new Set(rows.map((r) => r.id));
}

type WriteResult = { profileId: string; version: number; outcome: "created" | "replaced" | "unchanged" };

/**
 * The versioning rule, inside a transaction that holds the position's lock: no profile -> version 1; current
 * version never screened against -> replaced in place; screened against -> version N+1. Unchanged -> no write.
 */
async function writeProfile(
  tx: DbClient,
  actor: Actor,
  positionId: string,
  requirements: Requirement[],
  note: string | null,
  action: "profile.save" | "profile.copy",
  auditExtra: Record<string, unknown> = {},
): Promise<WriteResult> {
  const rows = requirements.map(toRow);
  const current = await tx.hiringProfile.findFirst({
    where: { positionId },
    orderBy: { version: "desc" },
    include: { requirements: { orderBy: { sortOrder: "asc" } } },
  });
  const currentRows: RequirementRow[] = (current?.requirements ?? []).map((r) => ({
    sortOrder: r.sortOrder,
    kind: r.kind,
    weight: r.weight,
    mustHave: r.mustHave,
    segmentId: r.segmentId,
    level: r.level,
    years: r.years,
    language: r.language,
    cefr: r.cefr,
    certification: r.certification,
    criterion: r.criterion,
    rating: r.rating,
  }));
  const newNote = note ?? current?.note ?? "";
  if (current && sameRequirements(currentRows, rows) && newNote === current.note)
    return { profileId: current.id, version: current.version, outcome: "unchanged" };

  let result: WriteResult;
  // A version no application was screened against is edited in place; otherwise a new version keeps the old one.
  if (current && (await tx.application.count({ where: { profileId: current.id } })) === 0) {
    await tx.profileRequirement.deleteMany({ where: { profileId: current.id } });
    await tx.profileRequirement.createMany({ data: rows.map((r) => ({ ...r, profileId: current.id })) });
    await tx.hiringProfile.update({ where: { id: current.id }, data: { note: newNote } });
    result = { profileId: current.id, version: current.version, outcome: "replaced" };
  } else {
    const created = await tx.hiringProfile.create({
      data: {
        positionId,
        version: (current?.version ?? 0) + 1,
        note: newNote,
        createdById: actor.id,
        requirements: { createMany: { data: rows } },
      },
    });
    result = { profileId: created.id, version: created.version, outcome: "created" };
  }
  await writeAudit(tx, {
    actorId: actor.id,
    action,
    entityType: "HiringProfile",
    entityId: result.profileId,
    before: current
      ? { version: current.version, note: current.note, requirements: auditList(currentRows) }
      : undefined,
    after: {
      positionId,
      version: result.version,
      outcome: result.outcome,
      note: newNote,
      requirements: auditList(rows),
      ...auditExtra,
    },
  });
  return result;
}

export async function saveProfile(db: Db, actor: Actor, data: z.output<typeof profileSaveInput>) {
  const duplicates = duplicateRequirementIssues(data.requirements);
  if (duplicates.length)
    throw requirementError(duplicates.map((d) => ({ ...d, message: "errors.requirementRepeated" as const })));
  return db.$transaction(async (tx) => {
    if (!(await lockPositions(tx, [data.positionId])).has(data.positionId))
      throw notFound("positionNotFound");
    await checkSegments(tx, data.requirements);
    return writeProfile(tx, actor, data.positionId, data.requirements, data.note, "profile.save");
  });
}

/** A stored requirement row as the save input describes it (to copy it through the same rules). */
function toInput(r: RequirementRow): Requirement {
  const base = { weight: r.weight, mustHave: r.mustHave };
  switch (r.kind) {
    case "EXPERTISE":
      return { ...base, kind: r.kind, segmentId: r.segmentId!, level: r.level! };
    case "EXPERIENCE":
      return { ...base, kind: r.kind, years: r.years! };
    case "LANGUAGE":
      return {
        ...base,
        kind: r.kind,
        language: r.language!,
        cefr: r.cefr as Extract<Requirement, { kind: "LANGUAGE" }>["cefr"],
      };
    case "CERTIFICATION":
      return { ...base, kind: r.kind, certification: r.certification! };
    case "CRITERION":
      return { ...base, kind: r.kind, criterion: r.criterion!, rating: r.rating! };
  }
}

export async function copyProfile(db: Db, actor: Actor, fromPositionId: string, toPositionId: string) {
  if (fromPositionId === toPositionId) throw badRequest("profileCopySelf");
  return db.$transaction(async (tx) => {
    const locked = await lockPositions(tx, [fromPositionId, toPositionId]);
    if (!locked.has(fromPositionId) || !locked.has(toPositionId)) throw notFound("positionNotFound");
    const source = await tx.hiringProfile.findFirst({
      where: { positionId: fromPositionId },
      orderBy: { version: "desc" },
      include: { requirements: { orderBy: { sortOrder: "asc" } }, position: { select: { title: true } } },
    });
    if (!source || source.requirements.length === 0) throw badRequest("profileCopyEmpty");
    const requirements = source.requirements.map((r) => toInput({ ...r }));
    await checkSegments(tx, requirements);
    return writeProfile(tx, actor, toPositionId, requirements, null, "profile.copy", {
      copiedFrom: { positionId: fromPositionId, profileId: source.id, version: source.version },
    });
  });
}
