import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupOrganization, type Org } from "./harness";
import { seedPipeline } from "./pipeline-fixture";

let org: Org;
let p: Awaited<ReturnType<typeof seedPipeline>>;
beforeAll(async () => {
  org = await setupOrganization();
  p = await seedPipeline(org);
});
afterAll(() => org?.drop());

const state = (id: string) =>
  org.db.application.findUniqueOrThrow({ where: { id }, select: { stage: true, rejectionReason: true } });
const history = (id: string) =>
  org.db.stageChange.findMany({
    where: { applicationId: id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
const audits = (id: string) =>
  org.db.auditEvent.count({ where: { entityId: id, action: "application.move" } });

describe("pipeline.move", () => {
  it("moves forward, records who/when/from/to, and writes an audit row", async () => {
    const hr = await org.as("HR");
    expect(
      await hr.pipeline.move({ applicationId: p.apps.Bob, expectedStage: "APPLIED", toStage: "INTERVIEW" }),
    ).toEqual({ id: p.apps.Bob, stage: "INTERVIEW", changed: true });
    expect((await state(p.apps.Bob)).stage).toBe("INTERVIEW");
    expect((await history(p.apps.Bob)).at(-1)).toMatchObject({
      fromStage: "APPLIED",
      toStage: "INTERVIEW",
      actorId: org.users.hr.id,
    });
    expect(await audits(p.apps.Bob)).toBe(1);
  });
  it("treats a retried identical move as harmless: no second history or audit row", async () => {
    const hr = await org.as("HR");
    expect(
      await hr.pipeline.move({ applicationId: p.apps.Bob, expectedStage: "APPLIED", toStage: "INTERVIEW" }),
    ).toMatchObject({ changed: false });
    expect(await history(p.apps.Bob)).toHaveLength(2);
    expect(await audits(p.apps.Bob)).toBe(1);
  });
  it("refuses a stale expectedStage with a conflict and changes nothing", async () => {
    const hr = await org.as("HR");
    await expect(
      hr.pipeline.move({ applicationId: p.apps.Bob, expectedStage: "APPLIED", toStage: "SCREENING" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Interview"),
    });
    expect((await state(p.apps.Bob)).stage).toBe("INTERVIEW");
    expect(await history(p.apps.Bob)).toHaveLength(2);
  });
  it("moves back one step but not two", async () => {
    const hr = await org.as("HR");
    await expect(
      hr.pipeline.move({ applicationId: p.apps.Bob, expectedStage: "INTERVIEW", toStage: "APPLIED" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("one stage") });
    await hr.pipeline.move({ applicationId: p.apps.Bob, expectedStage: "INTERVIEW", toStage: "SCREENING" });
    expect((await state(p.apps.Bob)).stage).toBe("SCREENING");
  });
  it("refuses HIRED: hiring has its own action", async () => {
    const hr = await org.as("HR");
    await expect(
      hr.pipeline.move({ applicationId: p.apps.Dee, expectedStage: "OFFER", toStage: "HIRED" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("use Hire on the candidate page"),
    });
    expect((await state(p.apps.Dee)).stage).toBe("OFFER");
  });
  it("requires a reason to reject, as a field error", async () => {
    const hr = await org.as("HR");
    const err = await hr.pipeline
      .move({ applicationId: p.apps.Cid, expectedStage: "SCREENING", toStage: "REJECTED", reason: " " })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "BAD_REQUEST" });
    expect(JSON.stringify((err as { cause?: unknown }).cause)).toContain(
      "validation.rejectionReasonRequired",
    );
    expect((await state(p.apps.Cid)).stage).toBe("SCREENING");
  });
  it("rejects with a reason, then reopens only to the stage it was closed from", async () => {
    const hr = await org.as("HR");
    await hr.pipeline.move({
      applicationId: p.apps.Cid,
      expectedStage: "SCREENING",
      toStage: "REJECTED",
      reason: "No language",
    });
    expect(await state(p.apps.Cid)).toEqual({ stage: "REJECTED", rejectionReason: "No language" });
    await expect(
      hr.pipeline.move({ applicationId: p.apps.Cid, expectedStage: "REJECTED", toStage: "OFFER" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await hr.pipeline.move({ applicationId: p.apps.Cid, expectedStage: "REJECTED", toStage: "SCREENING" });
    expect(await state(p.apps.Cid)).toEqual({ stage: "SCREENING", rejectionReason: null });
  });
  it("refuses heads, staff and anonymous callers", async () => {
    for (const actor of ["HEAD", "STAFF"] as const)
      await expect(
        (await org.as(actor)).pipeline.move({
          applicationId: p.apps.Ann,
          expectedStage: "INTERVIEW",
          toStage: "OFFER",
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await org.as("anonymous")).pipeline.move({
        applicationId: p.apps.Ann,
        expectedStage: "INTERVIEW",
        toStage: "OFFER",
      }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect((await state(p.apps.Ann)).stage).toBe("INTERVIEW");
  });
  it("answers NOT_FOUND for an unknown application", async () => {
    await expect(
      (await org.as("ADMIN")).pipeline.move({
        applicationId: "nope",
        expectedStage: "APPLIED",
        toStage: "SCREENING",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("pipeline.bulkReject", () => {
  it("is all or nothing: one unknown id rejects nobody", async () => {
    const hr = await org.as("HR");
    await expect(
      hr.pipeline.bulkReject({
        applicationIds: [p.apps.Eve, p.apps.Zed, "missing"],
        reason: "Headcount filled",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await state(p.apps.Eve)).stage).toBe("APPLIED");
    expect((await state(p.apps.Zed)).stage).toBe("INTERVIEW");
  });
  it("is all or nothing: a hired candidate in the selection rejects nobody", async () => {
    await org.db.application.update({
      where: { id: p.apps.Dee },
      data: { stage: "HIRED", hiredAt: new Date() },
    });
    const hr = await org.as("HR");
    await expect(
      hr.pipeline.bulkReject({ applicationIds: [p.apps.Eve, p.apps.Dee], reason: "Headcount filled" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await state(p.apps.Eve)).stage).toBe("APPLIED");
    await org.db.application.update({ where: { id: p.apps.Dee }, data: { stage: "OFFER", hiredAt: null } });
  });
  it("requires a reason", async () => {
    await expect(
      (await org.as("HR")).pipeline.bulkReject({ applicationIds: [p.apps.Eve], reason: "" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
  it("rejects all in one transaction with a history and audit row each; a retry changes nothing", async () => {
    const hr = await org.as("HR");
    const ids = [p.apps.Eve, p.apps.Zed];
    expect(await hr.pipeline.bulkReject({ applicationIds: ids, reason: "Headcount filled" })).toEqual({
      rejected: 2,
      alreadyRejected: 0,
    });
    for (const id of ids) {
      expect(await state(id)).toEqual({ stage: "REJECTED", rejectionReason: "Headcount filled" });
      expect((await history(id)).at(-1)).toMatchObject({
        toStage: "REJECTED",
        reason: "Headcount filled",
        actorId: org.users.hr.id,
      });
      expect(await audits(id)).toBe(1);
    }
    expect(await hr.pipeline.bulkReject({ applicationIds: ids, reason: "Headcount filled" })).toEqual({
      rejected: 0,
      alreadyRejected: 2,
    });
    for (const id of ids) expect(await audits(id)).toBe(1);
  });
  it("refuses more than 500 ids, heads and staff", async () => {
    const hr = await org.as("HR");
    await expect(
      hr.pipeline.bulkReject({
        applicationIds: Array.from({ length: 501 }, (_, i) => `id${i}`),
        reason: "x",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    for (const actor of ["HEAD", "STAFF"] as const)
      await expect(
        (await org.as(actor)).pipeline.bulkReject({ applicationIds: [p.apps.Ann], reason: "x" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await state(p.apps.Ann)).stage).toBe("INTERVIEW");
  });
});
