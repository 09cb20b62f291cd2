import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createApplication,
  createCandidate,
  createPosition,
  createSegment,
  createStaffMember,
} from "@portal/db/factories";
import type { RequirementInput } from "@portal/validators";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const counts = async () => ({
  profiles: await org.db.hiringProfile.count(),
  requirements: await org.db.profileRequirement.count(),
  events: await org.db.auditEvent.count(),
});

const base = (): RequirementInput[] => [
  { kind: "EXPERTISE", segmentId: org.org.segmentA.id, level: 3, weight: 40, mustHave: true },
  { kind: "LANGUAGE", language: "EN", cefr: "B2", weight: 20, mustHave: false },
  { kind: "CRITERION", criterion: "Explains fees clearly", rating: 4, weight: 30, mustHave: true },
];

async function freshPosition(title: string, departmentId = org.org.deptA.id) {
  return createPosition(org.db, {
    departmentId,
    title: `${title} ${Math.random().toString(36).slice(2, 7)}`,
    headcount: 3,
  });
}

describe("profiles: versioning", () => {
  it("creates version 1, replaces it in place while nobody was screened, then creates version 2", async () => {
    const hr = await org.as("HR");
    const position = await freshPosition("Versioned");
    const first = await hr.profiles.save({ positionId: position.id, requirements: base() });
    expect(first).toMatchObject({ version: 1, outcome: "created" });

    const edited = [...base(), { kind: "EXPERIENCE", years: 2, weight: 10 } as const];
    const second = await hr.profiles.save({
      positionId: position.id,
      requirements: edited,
      note: "Add experience",
    });
    expect(second).toMatchObject({ profileId: first.profileId, version: 1, outcome: "replaced" });
    expect(await org.db.profileRequirement.count({ where: { profileId: first.profileId } })).toBe(4);

    const candidate = await createCandidate(org.db);
    await createApplication(org.db, {
      candidateId: candidate.id,
      positionId: position.id,
      profileId: first.profileId,
    });
    const third = await hr.profiles.save({ positionId: position.id, requirements: base() });
    expect(third).toMatchObject({ version: 2, outcome: "created" });
    // the candidate keeps the version they were screened against, with its requirements intact
    expect(await org.db.application.findFirst({ where: { candidateId: candidate.id } })).toMatchObject({
      profileId: first.profileId,
    });
    expect(await org.db.profileRequirement.count({ where: { profileId: first.profileId } })).toBe(4);

    const view = await hr.profiles.get({ positionId: position.id });
    expect(view.current).toMatchObject({
      version: 2,
      requirements: [
        { kind: "EXPERTISE", segmentName: "Segment A", level: 3, mustHave: true, sortOrder: 0 },
        { kind: "LANGUAGE", language: "en", cefr: "B2" },
        { kind: "CRITERION", criterion: "Explains fees clearly", rating: 4 },
      ],
    });
    expect(view.versions).toMatchObject([
      { version: 2, requirementCount: 3, applicationCount: 0, createdBy: "Hr H" },
      { version: 1, requirementCount: 4, applicationCount: 1, note: "Add experience" },
    ]);
    const old = await hr.profiles.version({ profileId: first.profileId });
    expect(old).toMatchObject({
      version: 1,
      requirements: [
        { kind: "EXPERTISE" },
        { kind: "LANGUAGE" },
        { kind: "CRITERION" },
        { kind: "EXPERIENCE", years: 2 },
      ],
    });

    const events = await org.db.auditEvent.findMany({
      where: { action: "profile.save", after: { path: ["positionId"], equals: position.id } },
    });
    const outcome = (e: (typeof events)[number]) =>
      `${(e.after as { version: number }).version}:${(e.after as { outcome: string }).outcome}`;
    expect(events.map(outcome).sort()).toEqual(["1:created", "1:replaced", "2:created"]);
    expect(events.find((e) => outcome(e) === "1:replaced")).toMatchObject({
      actorId: org.users.hr.id,
      before: { version: 1, requirements: [{}, {}, {}] },
      after: { version: 1, requirements: [{}, {}, {}, { kind: "EXPERIENCE", years: 2 }] },
    });
  });

  it("re-saving exactly the current requirements and note changes nothing", async () => {
    const hr = await org.as("HR");
    const position = await freshPosition("Idempotent");
    await hr.profiles.save({ positionId: position.id, requirements: base(), note: "First" });
    const before = await counts();
    const again = await hr.profiles.save({ positionId: position.id, requirements: base(), note: "First" });
    expect(again).toMatchObject({ version: 1, outcome: "unchanged" });
    expect(await counts()).toEqual(before);
    // a different order is a change
    const reordered = [base()[1]!, base()[0]!, base()[2]!];
    expect(
      await hr.profiles.save({ positionId: position.id, requirements: reordered, note: "First" }),
    ).toMatchObject({ outcome: "replaced" });
  });

  it("concurrent saves of a screened profile produce consecutive versions, no duplicates", async () => {
    const hr = await org.as("HR");
    const position = await freshPosition("Concurrent");
    const v1 = await hr.profiles.save({ positionId: position.id, requirements: base() });
    const candidate = await createCandidate(org.db);
    await createApplication(org.db, {
      candidateId: candidate.id,
      positionId: position.id,
      profileId: v1.profileId,
    });
    const results = await Promise.all(
      [10, 20, 30, 40].map((weight) =>
        hr.profiles.save({
          positionId: position.id,
          requirements: [{ kind: "EXPERIENCE", years: 3, weight }],
        }),
      ),
    );
    // without the position lock, several would read version 1 and all try to create version 2 (unique violation);
    // serialized, the first creates version 2 and the others replace it in place (nobody was screened against it yet)
    expect(results.filter((r) => r.outcome === "created")).toHaveLength(1);
    const versions = await org.db.hiringProfile.findMany({
      where: { positionId: position.id },
      orderBy: { version: "asc" },
    });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it("copies the current requirements onto another position by the same rules, and refuses nonsense", async () => {
    const admin = await org.as("ADMIN");
    const from = await freshPosition("Copy source");
    const to = await freshPosition("Copy target", org.org.deptB.id);
    const empty = await freshPosition("No profile");
    await admin.profiles.save({ positionId: from.id, requirements: base() });
    const copied = await admin.profiles.copy({ fromPositionId: from.id, toPositionId: to.id });
    expect(copied).toMatchObject({ version: 1, outcome: "created" });
    const target = await admin.profiles.get({ positionId: to.id });
    expect(target.current?.requirements.map((r) => r.kind)).toEqual(["EXPERTISE", "LANGUAGE", "CRITERION"]);
    expect(
      await org.db.auditEvent.findFirst({ where: { action: "profile.copy", entityId: copied.profileId } }),
    ).toMatchObject({
      actorId: org.users.admin.id,
      after: { copiedFrom: { positionId: from.id, version: 1 } },
    });
    expect(await admin.profiles.copy({ fromPositionId: from.id, toPositionId: to.id })).toMatchObject({
      outcome: "unchanged",
    });

    const before = await counts();
    await expect(
      admin.profiles.copy({ fromPositionId: from.id, toPositionId: from.id }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("its own position"),
    });
    await expect(
      admin.profiles.copy({ fromPositionId: empty.id, toPositionId: to.id }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("no hiring profile"),
    });
    expect(await counts()).toEqual(before);
  });
});

describe("profiles: validation", () => {
  it("refuses bad weights, duplicates and unusable segments with field paths, and writes nothing", async () => {
    const hr = await org.as("HR");
    const position = await freshPosition("Validation");
    await hr.profiles.save({ positionId: position.id, requirements: base() });
    const archived = await createSegment(org.db, { name: "Archived segment", archived: true });
    const before = await counts();

    const badWeight = hr.profiles.save({
      positionId: position.id,
      requirements: [{ kind: "EXPERIENCE", years: 2, weight: 0 }],
    });
    await expect(badWeight).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const cases: [RequirementInput[], string, string][] = [
      [
        [...base(), { kind: "EXPERTISE", segmentId: org.org.segmentA.id, level: 1, weight: 5 }],
        "segmentId",
        "errors.requirementRepeated",
      ],
      [
        [...base(), { kind: "LANGUAGE", language: "en", cefr: "C1", weight: 5 }],
        "language",
        "errors.requirementRepeated",
      ],
      [
        [
          { kind: "CERTIFICATION", certification: "AML basics", weight: 5 },
          { kind: "CERTIFICATION", certification: "aml BASICS", weight: 5 },
        ],
        "certification",
        "errors.requirementRepeated",
      ],
      [
        [...base(), { kind: "CRITERION", criterion: "Explains fees clearly", rating: 2, weight: 5 }],
        "criterion",
        "errors.requirementRepeated",
      ],
      [
        [{ kind: "EXPERTISE", segmentId: archived.id, level: 2, weight: 5 }],
        "segmentId",
        "errors.chosenSegmentArchived",
      ],
      [
        [{ kind: "EXPERTISE", segmentId: "missing", level: 2, weight: 5 }],
        "segmentId",
        "errors.chooseExistingSegment",
      ],
    ];
    // Each bad row's field carries its message key (the form words it in the user's language).
    for (const [requirements, field, message] of cases) {
      const error = await hr.profiles
        .save({ positionId: position.id, requirements })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "BAD_REQUEST", cause: { key: "requirementsInvalid" } });
      const issues = (error as { cause?: { issues?: unknown[] } }).cause?.issues ?? [];
      expect(issues).toContainEqual({ path: ["requirements", requirements.length - 1, field], message });
    }
    await expect(hr.profiles.save({ positionId: "missing", requirements: base() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await counts()).toEqual(before);
  });
});

describe("profiles: reads and scoping", () => {
  it("reports open headcount (never negative) and candidate counts per stage within the caller's scope", async () => {
    const hr = await org.as("HR");
    const position = await freshPosition("Counts");
    const v1 = await hr.profiles.save({ positionId: position.id, requirements: base() });
    await createStaffMember(org.db, {
      departmentId: org.org.deptA.id,
      positionId: position.id,
      status: "ACTIVE",
    });
    await createStaffMember(org.db, {
      departmentId: org.org.deptA.id,
      positionId: position.id,
      status: "LEFT",
    });
    for (const stage of ["APPLIED", "SCREENING", "INTERVIEW", "INTERVIEW", "OFFER", "REJECTED"] as const) {
      const c = await createCandidate(org.db);
      await createApplication(org.db, {
        candidateId: c.id,
        positionId: position.id,
        profileId: v1.profileId,
        stage,
      });
    }
    const view = await hr.profiles.get({ positionId: position.id });
    expect(view).toMatchObject({ filled: 1, openHeadcount: 2, canEdit: true });
    expect(view.stageCounts).toMatchObject({
      APPLIED: 1,
      SCREENING: 1,
      INTERVIEW: 2,
      OFFER: 1,
      REJECTED: 1,
      HIRED: 0,
    });
    expect(view.versions[0]).toMatchObject({ applicationCount: 6 });

    const head = await org.as("HEAD"); // head of department A: sees INTERVIEW and later only
    const headView = await head.profiles.get({ positionId: position.id });
    expect(headView).toMatchObject({ canEdit: false, position: { title: position.title } });
    expect(headView.stageCounts).toMatchObject({
      APPLIED: 0,
      SCREENING: 0,
      INTERVIEW: 2,
      OFFER: 1,
      REJECTED: 0,
    });

    const full = await createPosition(org.db, {
      departmentId: org.org.deptA.id,
      title: `Overfilled ${Date.now()}`,
      headcount: 1,
    });
    await createStaffMember(org.db, {
      departmentId: org.org.deptA.id,
      positionId: full.id,
      status: "ACTIVE",
    });
    await createStaffMember(org.db, {
      departmentId: org.org.deptA.id,
      positionId: full.id,
      status: "ONBOARDING",
    });
    expect(await hr.profiles.get({ positionId: full.id })).toMatchObject({
      openHeadcount: 0,
      current: null,
      versions: [],
    });
  });

  it("a HEAD reads only their own department's profiles and cannot change any", async () => {
    const admin = await org.as("ADMIN");
    const own = await freshPosition("Head own");
    const other = await freshPosition("Head other", org.org.deptB.id);
    const ownV = await admin.profiles.save({ positionId: own.id, requirements: base() });
    const otherV = await admin.profiles.save({ positionId: other.id, requirements: base() });
    const head = await org.as("HEAD");
    await expect(head.profiles.get({ positionId: own.id })).resolves.toMatchObject({
      current: { version: 1 },
    });
    await expect(head.profiles.version({ profileId: ownV.profileId })).resolves.toMatchObject({ version: 1 });
    await expect(head.profiles.get({ positionId: other.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(head.profiles.version({ profileId: otherV.profileId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const before = await counts();
    await expect(head.profiles.save({ positionId: own.id, requirements: [] })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      head.profiles.copy({ fromPositionId: own.id, toPositionId: other.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
  });
});
