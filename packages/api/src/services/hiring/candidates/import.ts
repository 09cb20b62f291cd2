/**
 * Candidate CSV import (HR, ADMIN). Preview reports per row the parsed values or the errors, and each duplicate
 * (by email, against the database or an earlier row) to merge or skip. Commit re-validates and writes every
 * row in ONE transaction or nothing; the same file twice finds only duplicates, so nothing is created twice.
 */
import type { z } from "zod";
import { randomUUID } from "node:crypto";
import { writeAudit, type Db, type DbClient, type Prisma } from "@portal/db";
import type {
  candidateImportCommitInput,
  candidateImportPreviewInput,
  ImportDecision,
} from "@portal/validators";
import { badRequest } from "../../../errors";
import { parseCandidateCsv } from "./csv-parse";
import {
  mergeFacts,
  planCandidateImport,
  sameFacts,
  snapshotFacts,
  type CandidateFacts,
  type ImportPlan,
} from "./import-plan";
import { addToPipeline, candidateAuditSelect, toDate } from "./write";
import { ensureCurrentProfile } from "../current-profile";
import { refreshStoredFit } from "../fit-store";
import type { Actor } from "../../../actor";

function summary(plan: ImportPlan) {
  const ok = plan.plans.filter((p) => p.errors.length === 0);
  return {
    headerErrors: plan.headerErrors,
    rows: plan.plans.map(({ row, email, name, errors, values, action, duplicateOf, inPipeline }) => ({
      row,
      email,
      name,
      errors,
      values,
      action,
      duplicateOf,
      inPipeline,
    })),
    totals: {
      rows: plan.plans.length,
      create: ok.filter((p) => p.action === "create").length,
      duplicates: ok.filter((p) => p.action === "duplicate").length,
      errors: plan.plans.length - ok.length,
    },
  };
}

/** Segment names for the preview table (the plan holds ids). */
async function segmentNames(db: DbClient) {
  const segments = await db.customerSegment.findMany({ select: { id: true, name: true } });
  return Object.fromEntries(segments.map((s) => [s.id, s.name]));
}

export async function previewCandidateImport(
  db: Db,
  _actor: Actor,
  input: z.output<typeof candidateImportPreviewInput>,
) {
  const { csv, positionId } = input;
  const plan = await planCandidateImport(db, parseCandidateCsv(csv), positionId);
  return { ...summary(plan), segmentNames: await segmentNames(db) };
}

function refuseIfInvalid(plan: ImportPlan) {
  const bad = plan.plans.filter((p) => p.errors.length > 0);
  if (plan.headerErrors.length === 0 && bad.length === 0) return;
  const rows = bad
    .slice(0, 20)
    .map((p) => `row ${p.row}: ${[...new Set(p.errors.map((e) => e.column || "row"))].join(", ")}`);
  throw badRequest(
    `Nothing was imported: ${bad.length} row(s) have errors${plan.headerErrors.length ? ` and the file has ${plan.headerErrors.length} problem(s)` : ""}. ` +
      // What is wrong with each, in the importer's language, is in the preview.
      (rows.length ? `Fix ${rows.join("; ")}${bad.length > rows.length ? "; …" : ""}.` : ""),
  );
}

/** Per email: the stored candidate or the first new row, with every row merged into it that the user chose to merge. */
type Group = {
  email: string;
  storedId: string | null;
  before: CandidateFacts | null;
  facts: CandidateFacts;
  rows: number[];
  merged: number;
};

function groupRows(plan: ImportPlan, decisions: Map<number, ImportDecision>) {
  const groups = new Map<string, Group>();
  let skipped = 0;
  for (const p of plan.plans) {
    const values = p.values!; // refuseIfInvalid ran: every row has values
    const group = groups.get(p.email);
    const stored = plan.stored.get(p.email);
    if (!group && !stored) {
      groups.set(p.email, {
        email: p.email,
        storedId: null,
        before: null,
        facts: values,
        rows: [p.row],
        merged: 0,
      });
      continue;
    }
    if ((decisions.get(p.row) ?? "skip") === "skip") {
      skipped++;
      continue;
    }
    const target: Group = group ?? {
      email: p.email,
      storedId: stored!.id,
      before: snapshotFacts(stored!),
      facts: snapshotFacts(stored!),
      rows: [],
      merged: 0,
    };
    target.facts = mergeFacts(target.facts, values);
    target.rows.push(p.row);
    target.merged++;
    groups.set(p.email, target);
  }
  return { groups: [...groups.values()], skipped };
}

const BATCH = 500;
const scalars = (f: CandidateFacts) => ({
  name: f.name,
  email: f.email,
  phone: f.phone,
  customerFacingYears: f.customerFacingYears,
  source: f.source,
  notes: f.notes,
});
const auditRow = (
  actorId: string,
  action: string,
  entityType: string,
  entityId: string,
  before: unknown,
  after: unknown,
): Prisma.AuditEventCreateManyInput => ({
  actorId,
  action,
  entityType,
  entityId,
  ...(before === null ? {} : { before: JSON.parse(JSON.stringify(before)) as Prisma.InputJsonValue }),
  after: JSON.parse(JSON.stringify(after)) as Prisma.InputJsonValue,
});
const nestedRows = (candidateId: string, f: CandidateFacts) => ({
  languages: f.languages.map((l) => ({ candidateId, ...l })),
  expertise: f.expertise.map((e) => ({ candidateId, ...e })),
  certifications: f.certifications.map((c) => ({
    candidateId,
    name: c.name,
    expiresAt: toDate(c.expiresAt),
  })),
});

/** New candidates in batches: one insert per table per batch keeps a 5,000-row import's transaction short. */
async function createNew(
  tx: DbClient,
  actor: Actor,
  groups: Group[],
  profileId: string | null,
  positionId: string | undefined,
) {
  const ids: string[] = [];
  for (let i = 0; i < groups.length; i += BATCH) {
    const batch = groups.slice(i, i + BATCH);
    const created = await tx.candidate.createManyAndReturn({
      data: batch.map((g) => scalars(g.facts)),
      select: { id: true, email: true },
    });
    const idOf = new Map(created.map((c) => [c.email ?? "", c.id]));
    const rows = batch.map((g) => ({ id: idOf.get(g.email)!, g }));
    const nested = rows.map(({ id, g }) => nestedRows(id, g.facts));
    await tx.candidateLanguage.createMany({ data: nested.flatMap((n) => n.languages) });
    await tx.candidateExpertise.createMany({ data: nested.flatMap((n) => n.expertise) });
    await tx.candidateCertification.createMany({ data: nested.flatMap((n) => n.certifications) });
    const audits = rows.map(({ id, g }) =>
      auditRow(actor.id, "candidate.create", "Candidate", id, null, {
        id,
        ...g.facts,
        importedFromRows: g.rows,
      }),
    );
    if (profileId && positionId) {
      const applications = await tx.application.createManyAndReturn({
        data: rows.map(({ id }) => ({ candidateId: id, positionId, profileId, stage: "APPLIED" as const })),
      });
      await tx.stageChange.createMany({
        data: applications.map((a) => ({
          applicationId: a.id,
          fromStage: null,
          toStage: "APPLIED" as const,
          actorId: actor.id,
        })),
      });
      audits.push(
        ...applications.map((a) => auditRow(actor.id, "candidate.apply", "Application", a.id, null, a)),
      );
    }
    await tx.auditEvent.createMany({ data: audits });
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/** A stored candidate with rows merged in: rewritten only when something actually changed (re-import = no-op). */
async function mergeStored(tx: DbClient, actor: Actor, g: Group) {
  const id = g.storedId!;
  if (g.before && sameFacts(g.before, g.facts)) return false;
  const before = await tx.candidate.findUniqueOrThrow({ where: { id }, select: candidateAuditSelect });
  await tx.candidateLanguage.deleteMany({ where: { candidateId: id } });
  await tx.candidateExpertise.deleteMany({ where: { candidateId: id } });
  await tx.candidateCertification.deleteMany({ where: { candidateId: id } });
  const n = nestedRows(id, g.facts);
  const after = await tx.candidate.update({
    where: { id },
    data: {
      ...scalars(g.facts),
      languages: { createMany: { data: n.languages.map(({ candidateId: _, ...l }) => l) } },
      expertise: { createMany: { data: n.expertise.map(({ candidateId: _, ...e }) => e) } },
      certifications: { createMany: { data: n.certifications.map(({ candidateId: _, ...c }) => c) } },
    },
    select: candidateAuditSelect,
  });
  await writeAudit(tx, {
    actorId: actor.id,
    action: "candidate.update",
    entityType: "Candidate",
    entityId: id,
    before,
    after,
  });
  return true;
}

export async function commitCandidateImport(
  db: Db,
  actor: Actor,
  input: z.output<typeof candidateImportCommitInput>,
) {
  const { csv, positionId, decisions } = input;
  const parsed = parseCandidateCsv(csv);
  return db.$transaction(
    async (tx) => {
      const plan = await planCandidateImport(tx, parsed, positionId);
      refuseIfInvalid(plan);
      const rowEmail = new Map(plan.plans.map((p) => [p.row, p.email]));
      for (const d of decisions)
        if (rowEmail.get(d.row) !== d.email)
          throw badRequest(
            `Nothing was imported: row ${d.row} is not the row that was previewed. The file changed since the preview; preview it again.`,
          );
      const { groups, skipped } = groupRows(plan, new Map(decisions.map((d) => [d.row, d.action])));
      const profileId = positionId ? (await ensureCurrentProfile(tx, positionId, actor.id)).id : null;

      const created = await createNew(
        tx,
        actor,
        groups.filter((g) => !g.storedId),
        profileId,
        positionId,
      );
      let updated = 0;
      let unchanged = 0;
      let applied = profileId ? created.length : 0;
      const touched = [...created];
      for (const g of groups.filter((x) => x.storedId)) {
        const merged = await mergeStored(tx, actor, g);
        if (merged) updated++;
        else unchanged++;
        const added =
          positionId && profileId
            ? (await addToPipeline(tx, actor, g.storedId!, positionId, profileId)).created
            : false;
        if (added) applied++;
        if (merged || added) touched.push(g.storedId!);
      }
      // One bulk refresh after the last write: new applications, and every application of a merged candidate.
      await refreshStoredFit(tx, { candidateIds: touched });
      const totals = {
        rows: plan.plans.length,
        created: created.length,
        merged: updated,
        unchanged,
        skipped,
        applied,
      };
      if (created.length + updated + applied > 0)
        await writeAudit(tx, {
          actorId: actor.id,
          action: "candidate.import",
          entityType: "CandidateImport",
          entityId: randomUUID(),
          after: { ...totals, positionId: positionId ?? null },
        });
      return { committed: true as const, totals };
    },
    { timeout: 10 * 60_000, maxWait: 10_000 },
  );
}
