/**
 * What a candidate import would do, row by row: validate each row with the shared schema, resolve segment
 * names (any case), and find duplicates by email against the database and within the file. Nothing is written.
 */
import type { DbClient } from "@portal/db";
import { candidateCsvRow, cefrLevels, importMessages as M, type ValidationKey } from "@portal/validators";
import type { RowError } from "../../staff/csv-parse";
import type { ParsedCandidateCsv } from "./csv-parse";
import { candidateAuditSelect, type CandidateSnapshot } from "./write";

/** A candidate's declared facts in the shape both a CSV row and a stored candidate can take. */
export type CandidateFacts = {
  name: string;
  email: string;
  phone: string;
  customerFacingYears: number;
  source: string;
  notes: string;
  languages: { language: string; cefr: string }[];
  expertise: { segmentId: string; level: number }[];
  certifications: { name: string; expiresAt: string | null }[];
};

export type ImportRowPlan = {
  row: number;
  email: string;
  name: string;
  errors: RowError[];
  /** Parsed values (segment names resolved), null when the row has errors. */
  values: CandidateFacts | null;
  action: "create" | "duplicate";
  /** The stored candidate (or the earlier row of this file) a duplicate would be merged into. */
  duplicateOf: { candidateId: string | null; row: number | null; name: string } | null;
  inPipeline: boolean;
};

const key = (s: string) => s.trim().toLowerCase();
const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function snapshotFacts(c: CandidateSnapshot): CandidateFacts {
  return {
    name: c.name,
    email: c.email ?? "",
    phone: c.phone,
    customerFacingYears: c.customerFacingYears,
    source: c.source,
    notes: c.notes,
    languages: c.languages.map((l) => ({ ...l })),
    expertise: c.expertise.map((e) => ({ ...e })),
    certifications: c.certifications.map((x) => ({ name: x.name, expiresAt: isoDay(x.expiresAt) })),
  };
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/**
 * Merge an incoming row into a candidate: empty fields are filled, languages/expertise/certifications added,
 * and where both have one the higher level (or later expiry) wins. Nothing is ever lowered or removed.
 */
export function mergeFacts(into: CandidateFacts, incoming: CandidateFacts): CandidateFacts {
  const languages = new Map(into.languages.map((l) => [l.language, l.cefr]));
  for (const l of incoming.languages) {
    const current = languages.get(l.language);
    if (!current || cefrLevels.indexOf(l.cefr as never) > cefrLevels.indexOf(current as never))
      languages.set(l.language, l.cefr);
  }
  const expertise = new Map(into.expertise.map((e) => [e.segmentId, e.level]));
  for (const e of incoming.expertise)
    expertise.set(e.segmentId, Math.max(expertise.get(e.segmentId) ?? 0, e.level));
  const certifications = into.certifications.map((c) => ({ ...c }));
  for (const c of incoming.certifications) {
    const same = certifications.find((x) => key(x.name) === key(c.name));
    if (same) same.expiresAt = later(same.expiresAt, c.expiresAt);
    else certifications.push({ ...c });
  }
  return {
    name: into.name || incoming.name,
    email: into.email,
    phone: into.phone || incoming.phone,
    customerFacingYears: Math.max(into.customerFacingYears, incoming.customerFacingYears),
    source: into.source || incoming.source,
    notes: into.notes || incoming.notes,
    languages: [...languages]
      .map(([language, cefr]) => ({ language, cefr }))
      .sort((a, b) => a.language.localeCompare(b.language)),
    expertise: [...expertise]
      .map(([segmentId, level]) => ({ segmentId, level }))
      .sort((a, b) => a.segmentId.localeCompare(b.segmentId)),
    certifications,
  };
}

/** Same facts regardless of the order lists were written in. */
export function sameFacts(a: CandidateFacts, b: CandidateFacts) {
  const norm = (f: CandidateFacts) =>
    JSON.stringify({
      ...f,
      languages: [...f.languages].sort((x, y) => x.language.localeCompare(y.language)),
      expertise: [...f.expertise].sort((x, y) => x.segmentId.localeCompare(y.segmentId)),
      certifications: [...f.certifications].sort(
        (x, y) =>
          key(x.name).localeCompare(key(y.name)) || String(x.expiresAt).localeCompare(String(y.expiresAt)),
      ),
    });
  return norm(a) === norm(b);
}

export type ImportPlan = Awaited<ReturnType<typeof planCandidateImport>>;

export async function planCandidateImport(
  db: DbClient,
  parsed: ParsedCandidateCsv,
  positionId: string | undefined,
) {
  const headerErrors = [...parsed.headerErrors];
  const emails = [...new Set(parsed.records.map((r) => key(r.cells.email ?? "")).filter(Boolean))];
  const [segments, existing, position] = await Promise.all([
    db.customerSegment.findMany({ select: { id: true, name: true, archived: true } }),
    db.candidate.findMany({
      where: { email: { in: emails } },
      select: {
        ...candidateAuditSelect,
        applications: { where: { positionId: positionId ?? "" }, select: { id: true } },
      },
    }),
    positionId
      ? db.position.findUnique({
          where: { id: positionId },
          select: { id: true, title: true, archived: true, department: { select: { archived: true } } },
        })
      : null,
  ]);
  if (positionId && !position) headerErrors.push({ message: M.positionMissing });
  else if (position && (position.archived || position.department.archived))
    headerErrors.push({ message: M.positionClosed, values: { position: position.title } });
  const segmentByName = new Map(segments.map((s) => [key(s.name), s]));
  const byEmail = new Map(existing.map((c) => [c.email ?? "", c]));
  const firstRowOf = new Map<string, { row: number; name: string }>();

  const plans = parsed.records.map((record): ImportRowPlan => {
    const errors = [...record.errors];
    const parsedRow = candidateCsvRow.safeParse(record.cells);
    if (!parsedRow.success)
      for (const i of parsedRow.error.issues)
        // The shared schema's messages are validation keys (@portal/validators V).
        errors.push({ column: String(i.path[0] ?? ""), message: i.message as ValidationKey });
    const row = parsedRow.success ? parsedRow.data : null;
    const email = row?.email ?? key(record.cells.email ?? "");
    const name = row?.name ?? (record.cells.name ?? "").trim();

    const expertise: CandidateFacts["expertise"] = [];
    for (const e of row?.expertise ?? []) {
      const segment = segmentByName.get(key(e.segmentName));
      if (!segment)
        errors.push({ column: "expertise", message: M.segmentUnknown, values: { segment: e.segmentName } });
      else if (segment.archived)
        errors.push({ column: "expertise", message: M.segmentArchived, values: { segment: segment.name } });
      else expertise.push({ segmentId: segment.id, level: e.level });
    }

    const stored = email ? byEmail.get(email) : undefined;
    const first = email ? firstRowOf.get(email) : undefined;
    if (email && !first) firstRowOf.set(email, { row: record.row, name });
    const duplicateOf = stored
      ? { candidateId: stored.id, row: null, name: stored.name }
      : first
        ? { candidateId: null, row: first.row, name: first.name }
        : null;
    const values: CandidateFacts | null =
      row && errors.length === 0
        ? {
            name: row.name,
            email: row.email,
            phone: row.phone,
            customerFacingYears: row.years ?? 0,
            source: row.source,
            notes: row.notes,
            languages: row.languages,
            expertise,
            certifications: row.certifications,
          }
        : null;
    return {
      row: record.row,
      email,
      name,
      errors,
      values,
      action: duplicateOf ? "duplicate" : "create",
      duplicateOf,
      inPipeline: !!stored && stored.applications.length > 0,
    };
  });
  return {
    headerErrors,
    plans,
    stored: byEmail,
    positionOk: !positionId || (!!position && !position.archived && !position.department.archived),
  };
}
