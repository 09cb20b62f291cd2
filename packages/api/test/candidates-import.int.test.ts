import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateCsvTemplate } from "@portal/validators";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const header = "Name,EMAIL,phone,years,languages,expertise,certifications,source,notes";
const good = (i: number) =>
  `Person ${i},person${i}@example.com,+46 70 ${i},${i % 10},"en:B2; es:A${(i % 2) + 1}",Segment A:${i % 5},"First aid|2027-05-01",job board,`;
const rows = Array.from({ length: 20 }, (_, i) => good(i + 1));
const csv = (lines: string[]) => [header, ...lines].join("\n");
const state = async () => ({
  candidates: await org.db.candidate.count(),
  languages: await org.db.candidateLanguage.count(),
  applications: await org.db.application.count(),
  audit: await org.db.auditEvent.count(),
});

describe("candidate CSV import", () => {
  it("the template parses without errors", async () => {
    const hr = await org.as("HR");
    const preview = await hr.candidates.importPreview({ csv: candidateCsvTemplate });
    // The template names demo segments; this organization has other ones, so only expertise may complain.
    expect(preview.headerErrors).toEqual([]);
    expect(preview.rows[0]?.errors.every((e) => e.column === "expertise")).toBe(true);
  });

  it("20 rows with 2 bad: errors with row numbers and columns, nothing written", async () => {
    const hr = await org.as("HR");
    const bad = [...rows];
    bad[4] = "Person 5,not-an-email,,3,,,,,"; // row 6
    bad[11] = 'Person 12,person12@example.com,,99,"en:Z9",Nowhere:2,"Cert|2027-02-30",,'; // row 13
    const before = await state();
    const preview = await hr.candidates.importPreview({ csv: csv(bad), positionId: org.org.positionA.id });
    expect(preview.totals).toEqual({ rows: 20, create: 18, duplicates: 0, errors: 2 });
    const errs = preview.rows
      .filter((r) => r.errors.length > 0)
      .map((r) => [r.row, r.errors.map((e) => e.column).sort()]);
    expect(errs).toEqual([
      [6, ["email"]],
      [13, ["certifications", "languages", "years"]],
    ]);
    expect(preview.rows[0]?.values).toMatchObject({
      name: "Person 1",
      languages: [
        { language: "en", cefr: "B2" },
        { language: "es", cefr: "A2" },
      ],
    });

    const err = await hr.candidates
      .importCommit({ csv: csv(bad), positionId: org.org.positionA.id })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/Nothing was imported: 2 rows have errors .*Rows to fix: 6, 13\./),
    });
    expect(await state()).toEqual(before);

    // An unknown segment name is a row error too (checked once the cell itself is well-formed).
    const unknown = await hr.candidates.importPreview({ csv: csv(["A,a@example.com,,,,Nowhere:2,,,"]) });
    expect(unknown.rows[0]?.errors).toEqual([
      { column: "expertise", message: "imports.segmentUnknown", values: { segment: "Nowhere" } },
    ]);
  });

  it("fixed: imports 20 into the position's pipeline in one go", async () => {
    const hr = await org.as("HR");
    const before = await state();
    const result = await hr.candidates.importCommit({ csv: csv(rows), positionId: org.org.positionA.id });
    expect(result.totals).toEqual({
      rows: 20,
      created: 20,
      merged: 0,
      unchanged: 0,
      skipped: 0,
      applied: 20,
    });
    const after = await state();
    expect(after.candidates - before.candidates).toBe(20);
    expect(after.applications - before.applications).toBe(20);
    const apps = await org.db.application.findMany({
      where: { positionId: org.org.positionA.id },
      include: { stageChanges: true, profile: true },
    });
    expect(
      apps.every((a) => a.stage === "APPLIED" && a.stageChanges.length === 1 && a.profile.version === 1),
    ).toBe(true);
    expect(await org.db.auditEvent.count({ where: { action: "candidate.create" } })).toBe(20);
    const p3 = await org.db.candidate.findUniqueOrThrow({
      where: { email: "person3@example.com" },
      include: { expertise: true, certifications: true },
    });
    expect(p3).toMatchObject({
      customerFacingYears: 3,
      phone: "+46 70 3",
      source: "job board",
      expertise: [{ segmentId: org.org.segmentA.id, level: 3 }],
    });
  });

  it("re-import: every row is a duplicate; skipping changes nothing, merging fills fields without duplicating", async () => {
    const hr = await org.as("HR");
    const preview = await hr.candidates.importPreview({ csv: csv(rows), positionId: org.org.positionA.id });
    expect(preview.totals).toEqual({ rows: 20, create: 0, duplicates: 20, errors: 0 });
    expect(preview.rows[0]).toMatchObject({
      action: "duplicate",
      inPipeline: true,
      duplicateOf: { name: "Person 1", row: null },
    });

    const before = await state();
    const skipped = await hr.candidates.importCommit({ csv: csv(rows), positionId: org.org.positionA.id });
    expect(skipped.totals).toMatchObject({ created: 0, skipped: 20, applied: 0 });
    expect(await state()).toEqual(before);

    // Person 1 now also speaks German, declares a higher Segment A level, a lower English one, and notes.
    const changed =
      'Person One,person1@example.com,,2,"en:A1; de:B1",Segment A:4,"First aid|2028-01-01; Safety",,Second contact';
    const file = csv([changed, ...rows.slice(1)]);
    const decisions = Array.from({ length: 20 }, (_, i) => ({
      row: i + 2,
      email: `person${i + 1}@example.com`,
      action: "merge" as const,
    }));
    const merged = await hr.candidates.importCommit({
      csv: file,
      positionId: org.org.positionA.id,
      decisions,
    });
    expect(merged.totals).toMatchObject({ created: 0, merged: 1, unchanged: 19, applied: 0 });
    const p1 = await org.db.candidate.findUniqueOrThrow({
      where: { email: "person1@example.com" },
      include: {
        languages: { orderBy: { language: "asc" } },
        expertise: true,
        certifications: { orderBy: { name: "asc" } },
      },
    });
    expect(p1).toMatchObject({
      name: "Person 1",
      customerFacingYears: 2,
      phone: "+46 70 1",
      notes: "Second contact",
    });
    expect(p1.languages.map((l) => `${l.language}:${l.cefr}`)).toEqual(["de:B1", "en:B2", "es:A2"]);
    expect(p1.expertise).toEqual([expect.objectContaining({ level: 4 })]);
    expect(p1.certifications.map((c) => [c.name, c.expiresAt?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["First aid", "2028-01-01"],
      ["Safety", null],
    ]);
    const after = await state();
    expect(after.candidates).toBe(before.candidates);
    expect(after.applications).toBe(before.applications);
    expect(await org.db.auditEvent.count({ where: { action: "candidate.update", entityId: p1.id } })).toBe(1);
  });

  it("duplicates within the file merge into the first row; merged stored candidates join the position", async () => {
    const hr = await org.as("HR");
    const file = csv([
      "New Nora,nora@example.com,,1,en:B1,,,,",
      "Nora N,NORA@example.com,+1 555,3,en:C1,,,referral,",
      "Person 2,person2@example.com,,,,,,,",
    ]);
    const preview = await hr.candidates.importPreview({ csv: file, positionId: org.org.positionB.id });
    expect(preview.rows.map((r) => [r.action, r.duplicateOf?.row ?? r.duplicateOf?.name ?? null])).toEqual([
      ["create", null],
      ["duplicate", 2],
      ["duplicate", "Person 2"],
    ]);
    const result = await hr.candidates.importCommit({
      csv: file,
      positionId: org.org.positionB.id,
      decisions: [
        { row: 3, email: "nora@example.com", action: "merge" },
        { row: 4, email: "person2@example.com", action: "merge" },
      ],
    });
    expect(result.totals).toMatchObject({ created: 1, merged: 0, unchanged: 1, applied: 2 });
    const nora = await org.db.candidate.findMany({
      where: { email: "nora@example.com" },
      include: { languages: true, applications: true },
    });
    expect(nora).toHaveLength(1);
    expect(nora[0]).toMatchObject({
      name: "New Nora",
      phone: "+1 555",
      customerFacingYears: 3,
      source: "referral",
      languages: [{ language: "en", cefr: "C1" }],
    });
    expect(nora[0]?.applications.map((a) => a.positionId)).toEqual([org.org.positionB.id]);
  });

  it("refuses decisions for rows that changed since the preview, archived positions, unknown columns and HEADs", async () => {
    const hr = await org.as("HR");
    await expect(
      hr.candidates.importCommit({
        csv: csv(rows),
        decisions: [{ row: 2, email: "someone.else@example.com", action: "merge" }],
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("changed since the preview"),
    });
    const archived = await org.db.position.create({
      data: { departmentId: org.org.deptA.id, title: "Closed", headcount: 1, archived: true },
    });
    const preview = await hr.candidates.importPreview({ csv: csv([good(99)]), positionId: archived.id });
    expect(preview.headerErrors).toEqual([
      { message: "imports.positionClosed", values: { position: archived.title } },
    ]);
    await expect(
      hr.candidates.importCommit({ csv: csv([good(99)]), positionId: archived.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const columns = await hr.candidates.importPreview({ csv: "name,email,colour\nA,a@example.com,red" });
    expect(columns.headerErrors).toEqual([
      {
        message: "imports.candidateColumnUnknown",
        values: { column: "colour", columns: expect.any(String) },
      },
    ]);
    await expect((await org.as("HEAD")).candidates.importPreview({ csv: csv(rows) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("imports the maximum of 5,000 rows in one transaction and refuses 5,001", async () => {
    const hr = await org.as("HR");
    const many = Array.from(
      { length: 5000 },
      (_, i) => `Bulk ${i},bulk${i}@example.com,,2,en:B1,Segment B:1,Cert ${i % 3},,`,
    );
    const started = Date.now();
    const result = await hr.candidates.importCommit({ csv: csv(many), positionId: org.org.positionB.id });
    expect(result.totals).toMatchObject({ created: 5000, applied: 5000 });
    expect(Date.now() - started).toBeLessThan(60_000);
    await expect(hr.candidates.importPreview({ csv: csv([...many, good(1)]) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("at most 5,000"),
    });
  }, 120_000);
});
