/**
 * The fit stored on each Application row, so ranking sorts and pages in SQL instead of scoring every candidate
 * on every request. The rule: a stored fit is current or absent, never stale.
 * - Triggers (migration application_fit) set "fitComputedAt" to NULL when any input of the fit changes, through
 *   any path: facts, submitted ratings, requirement rows, the profile version screened against.
 * - Every service write that changes an input calls refreshStoredFit in its own transaction, after its writes,
 *   so the rows it touched are stored again when it commits.
 * - Readers recompute what is still absent or past "fitValidUntil" (a held certificate expired): rows created
 *   by seeds and factories, and rows that existed before the migration.
 * refreshStoredFit locks the rows before reading the inputs. A writer's trigger waits for that lock, so a
 * recompute from old inputs is either invalidated by the writer afterwards, or reads the writer's inputs.
 */
import { Prisma, type DbClient } from "@portal/db";
import { summarizeFit, type ApplicationFitInput, type FitSummary } from "./fit";
import { loadFitInputs, type FitTarget } from "./fit-inputs";

/** Whose stored fit to recompute: given applications, every application of given candidates, or a position's outdated rows. */
export type RefreshTarget =
  { applicationIds: string[] } | { candidateIds: string[] } | { outdatedOfPosition: string };

/** A timestamp parameter for the `timestamp(3)` columns (Prisma stores UTC without a time zone). */
export const sqlTime = (at: Date) => Prisma.sql`${at.toISOString()}::timestamp(3)`;

/** The rows whose stored fit a reader must not use at `now`. */
export const outdatedSql = (now: Date, a = Prisma.raw("a")) =>
  Prisma.sql`(${a}."fitComputedAt" IS NULL OR ${a}."fitValidUntil" <= ${sqlTime(now)})`;

function targetWhere(target: RefreshTarget, now: Date) {
  if ("applicationIds" in target) return Prisma.sql`a.id = ANY(${target.applicationIds}::text[])`;
  if ("candidateIds" in target) return Prisma.sql`a."candidateId" = ANY(${target.candidateIds}::text[])`;
  return Prisma.sql`a."positionId" = ${target.outdatedOfPosition} AND ${outdatedSql(now)}`;
}

/** Recompute and store the fit of the target applications; call after the transaction's own writes. Returns how many. */
export async function refreshStoredFit(
  tx: DbClient,
  target: RefreshTarget,
  now = new Date(),
): Promise<number> {
  // Ordered, so two refreshes of overlapping rows cannot deadlock. Under READ COMMITTED a row refreshed by a
  // transaction we waited for is re-checked against the WHERE and drops out of an "outdated" target.
  const rows = await tx.$queryRaw<FitTarget[]>`
    SELECT a.id, a."candidateId", a."profileId" FROM "Application" a WHERE ${targetWhere(target, now)} ORDER BY a.id FOR UPDATE`;
  if (rows.length === 0) return 0;
  const inputs = await loadFitInputs(tx, rows);
  const stored = rows.map((r) => {
    const input = inputs.get(r.id)!;
    return { id: r.id, fit: summarizeFit(input, now), validUntil: validUntil(input, now) };
  });
  await writeStoredFit(tx, stored, now);
  return rows.length;
}

/** The first certificate expiry after `now`: from then on a certification requirement may no longer be met. */
function validUntil(input: ApplicationFitInput, now: Date): Date | null {
  let first: Date | null = null;
  for (const c of input.candidate.certifications)
    if (c.expiresAt && c.expiresAt > now && (!first || c.expiresAt < first)) first = c.expiresAt;
  return first;
}

/** One UPDATE for all rows (arrays unnested side by side), however many. */
async function writeStoredFit(
  tx: DbClient,
  rows: { id: string; fit: FitSummary; validUntil: Date | null }[],
  now: Date,
) {
  const n = rows.map((r) => r.fit);
  await tx.$executeRaw`
    UPDATE "Application" AS a SET
      "fitScore" = v.score, "fitEligible" = v.eligible, "fitMet" = v.met, "fitPartial" = v.partial, "fitMissing" = v.missing,
      "fitComputedAt" = ${sqlTime(now)}, "fitValidUntil" = v.until::timestamp(3)
    FROM unnest(
      ${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.fit.score)}::float8[], ${rows.map((r) => r.fit.eligible)}::boolean[],
      ${n.map((c) => c.met)}::int[], ${n.map((c) => c.partial)}::int[], ${n.map((c) => c.missing)}::int[],
      ${rows.map((r) => r.validUntil?.toISOString() ?? null)}::text[]
    ) AS v(id, score, eligible, met, partial, missing, until)
    WHERE a.id = v.id`;
}

/**
 * Erasure keeps the score the candidate had: refresh from the full facts before they are erased, then, after the
 * erasure (whose deletes invalidated it), mark that fit stored again and never expiring (no certificates remain).
 * A later change to an input (a scorecard on a still-open application) recomputes it from what is left.
 */
export async function keepStoredFitThroughErasure<T>(
  tx: DbClient,
  candidateId: string,
  erase: () => Promise<T>,
  now = new Date(),
): Promise<T> {
  await refreshStoredFit(tx, { candidateIds: [candidateId] }, now);
  const result = await erase();
  await tx.$executeRaw`
    UPDATE "Application" SET "fitComputedAt" = ${sqlTime(now)}, "fitValidUntil" = NULL WHERE "candidateId" = ${candidateId}`;
  return result;
}
