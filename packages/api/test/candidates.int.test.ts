import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createApplication,
  createCandidate,
  createHiringProfile,
  createPosition,
} from "@portal/db/factories";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const audits = (action: string, entityId: string) =>
  org.db.auditEvent.findMany({ where: { action, entityId }, orderBy: { createdAt: "asc" } });

describe("candidates: create, update, duplicates", () => {
  it("creates a candidate with languages, expertise and certifications in one audited transaction", async () => {
    const hr = await org.as("HR");
    const { candidate } = await hr.candidates.create({
      name: "Ana Berg",
      email: "  Ana.Berg@Example.com ",
      phone: "+46 70 1",
      customerFacingYears: 4,
      languages: [
        { language: "ES", cefr: "C1" },
        { language: "en", cefr: "B2" },
      ],
      expertise: [{ segmentId: org.org.segmentA.id, level: 3 }],
      certifications: [
        { name: "First aid", expiresAt: "2027-05-01" },
        { name: "Service pro", expiresAt: "" },
      ],
      source: "referral",
      notes: "Met at the fair",
    });
    expect(candidate.email).toBe("ana.berg@example.com");
    const got = await hr.candidates.get({ id: candidate.id });
    expect(got.languages).toEqual([
      { language: "en", cefr: "B2" },
      { language: "es", cefr: "C1" },
    ]);
    expect(got.expertise).toEqual([{ level: 3, segment: expect.objectContaining({ name: "Segment A" }) }]);
    expect(got.certifications.map((c) => [c.name, c.expiresAt?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["First aid", "2027-05-01"],
      ["Service pro", null],
    ]);
    expect(got.applications).toEqual([]);
    expect(await audits("candidate.create", candidate.id)).toHaveLength(1);
  });

  it("refuses a duplicate email with a field error naming the existing candidate, and writes nothing", async () => {
    const hr = await org.as("HR");
    const before = await org.db.candidate.count();
    const err = await hr.candidates
      .create({ name: "Someone else", email: "ANA.BERG@example.com" })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: "CONFLICT",
      message: "A candidate with this email already exists: Ana Berg.",
    });
    expect(await org.db.candidate.count()).toBe(before);
    expect(await hr.candidates.findByEmail({ email: "ana.berg@example.com" })).toMatchObject({
      name: "Ana Berg",
    });
  });

  it("rejects invalid input with field errors (years, language code, repeated language)", async () => {
    const hr = await org.as("HR");
    await expect(
      hr.candidates.create({ name: "X", email: "x@example.com", customerFacingYears: 61 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      hr.candidates.create({
        name: "X",
        email: "x@example.com",
        languages: [{ language: "eng", cefr: "B2" }],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      hr.candidates.create({
        name: "X",
        email: "x@example.com",
        languages: [
          { language: "en", cefr: "B2" },
          { language: "EN", cefr: "C1" },
        ],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await org.db.candidate.count({ where: { email: "x@example.com" } })).toBe(0);
  });

  it("updates with before/after audit; a retried save writes no second event; email stays unique", async () => {
    const hr = await org.as("HR");
    const c = await createCandidate(org.db, { name: "Bo Lind", email: "bo.lind@example.com" });
    const data = {
      name: "Bo Lind",
      email: "bo.lind@example.com",
      customerFacingYears: 7,
      languages: [{ language: "sv", cefr: "C2" as const }],
      expertise: [{ segmentId: org.org.segmentB.id, level: 2 }],
    };
    await hr.candidates.update({ id: c.id, data });
    await hr.candidates.update({ id: c.id, data });
    const events = await audits("candidate.update", c.id);
    expect(events).toHaveLength(1);
    expect(events[0]?.before).toMatchObject({ customerFacingYears: 0, languages: [] });
    expect(events[0]?.after).toMatchObject({
      customerFacingYears: 7,
      languages: [{ language: "sv", cefr: "C2" }],
    });
    await expect(
      hr.candidates.update({ id: c.id, data: { ...data, email: "ana.berg@example.com" } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Ana Berg"),
    });
  });

  it("creates straight into a position's pipeline at APPLIED against its current profile", async () => {
    const hr = await org.as("HR");
    const profile = await createHiringProfile(org.db, { positionId: org.org.positionA.id });
    const { candidate, applicationId } = await hr.candidates.create({
      name: "Cai Dahl",
      email: "cai@example.com",
      positionId: org.org.positionA.id,
    });
    const app = await org.db.application.findUniqueOrThrow({
      where: { id: applicationId! },
      include: { stageChanges: true },
    });
    expect(app).toMatchObject({
      candidateId: candidate.id,
      positionId: org.org.positionA.id,
      stage: "APPLIED",
      profileId: profile.id,
    });
    expect(app.stageChanges).toEqual([
      expect.objectContaining({ fromStage: null, toStage: "APPLIED", actorId: org.users.hr.id }),
    ]);
  });
});

describe("candidates.applyToPosition", () => {
  it("is idempotent, records the stage change and an empty v1 profile when there is none", async () => {
    const hr = await org.as("HR");
    const position = await createPosition(org.db, {
      departmentId: org.org.deptB.id,
      title: "Fresh position",
    });
    const c = await createCandidate(org.db, { name: "Dag Ek" });
    const first = await hr.candidates.applyToPosition({ candidateId: c.id, positionId: position.id });
    const second = await hr.candidates.applyToPosition({ candidateId: c.id, positionId: position.id });
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, application: { id: first.application.id } });
    expect(await org.db.application.count({ where: { candidateId: c.id } })).toBe(1);
    expect(await org.db.stageChange.count({ where: { applicationId: first.application.id } })).toBe(1);
    const profile = await org.db.hiringProfile.findUniqueOrThrow({
      where: { id: first.application.profileId },
    });
    expect(profile).toMatchObject({ positionId: position.id, version: 1 });
    expect(await audits("candidate.apply", first.application.id)).toHaveLength(1);
  });

  it("refuses archived positions and anonymized candidates", async () => {
    const hr = await org.as("HR");
    const archived = await org.db.position.create({
      data: { departmentId: org.org.deptA.id, title: "Old role", headcount: 1, archived: true },
    });
    const c = await createCandidate(org.db, { name: "Eva Falk" });
    await expect(
      hr.candidates.applyToPosition({ candidateId: c.id, positionId: archived.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("archived") });
    const gone = await org.db.candidate.update({
      where: { id: c.id },
      data: { anonymizedAt: new Date(), email: null, name: "Anonymized" },
    });
    await expect(
      hr.candidates.applyToPosition({ candidateId: gone.id, positionId: org.org.positionA.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("erased") });
    expect(await org.db.application.count({ where: { candidateId: c.id } })).toBe(0);
  });
});

describe("candidate visibility", () => {
  it("a head sees only candidates of their department's positions from INTERVIEW on, and not their other applications", async () => {
    const profileA = await createHiringProfile(org.db, { positionId: org.org.positionA.id });
    const profileB = await createHiringProfile(org.db, { positionId: org.org.positionB.id });
    const visible = await createCandidate(org.db, { name: "Visible Vera" });
    const early = await createCandidate(org.db, { name: "Early Erik" });
    const other = await createCandidate(org.db, { name: "Other Olga" });
    await createApplication(org.db, {
      candidateId: visible.id,
      positionId: org.org.positionA.id,
      profileId: profileA.id,
      stage: "INTERVIEW",
    });
    await createApplication(org.db, {
      candidateId: visible.id,
      positionId: org.org.positionB.id,
      profileId: profileB.id,
      stage: "OFFER",
    });
    await createApplication(org.db, {
      candidateId: early.id,
      positionId: org.org.positionA.id,
      profileId: profileA.id,
      stage: "SCREENING",
    });
    await createApplication(org.db, {
      candidateId: other.id,
      positionId: org.org.positionB.id,
      profileId: profileB.id,
      stage: "INTERVIEW",
    });

    const head = await org.as("HEAD");
    const list = await head.candidates.list({ pageSize: 100 });
    expect(list.items.map((c) => c.name)).toEqual(["Visible Vera"]);
    expect(list.items[0]?.applications.map((a) => a.position.id)).toEqual([org.org.positionA.id]);
    const detail = await head.candidates.get({ id: visible.id });
    expect(detail.applications.map((a) => [a.position.id, a.stage])).toEqual([
      [org.org.positionA.id, "INTERVIEW"],
    ]);
    await expect(head.candidates.get({ id: early.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(head.candidates.get({ id: other.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await head.candidates.list({ stage: "OFFER" })).total).toBe(0); // the OFFER is in department B

    const hr = await org.as("HR");
    expect(
      (await hr.candidates.list({ positionId: org.org.positionA.id, stage: "SCREENING" })).items.map(
        (c) => c.name,
      ),
    ).toEqual(["Early Erik"]);
    expect((await hr.candidates.get({ id: visible.id })).applications).toHaveLength(2);
    await expect((await org.as("STAFF")).candidates.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("searches by name and email, sorts and paginates; anonymized candidates show as such", async () => {
    const hr = await org.as("HR");
    for (const n of ["Zed", "Yan", "Xia", "Wim", "Vic", "Uma"])
      await createCandidate(org.db, { name: `${n} Extra` });
    const found = await hr.candidates.list({ search: "ANA.BERG@" });
    expect(found.items.map((c) => c.name)).toEqual(["Ana Berg"]);
    const page = await hr.candidates.list({ sort: "name", direction: "desc", pageSize: 10, page: 1 });
    const names = page.items.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
    expect(page.total).toBeGreaterThan(10);
    expect(page.pageCount).toBe(Math.ceil(page.total / 10));
    const anonymized = await hr.candidates.list({ search: "Anonymized" });
    expect(anonymized.items[0]).toMatchObject({ anonymized: true, email: null });
  });
});
