/**
 * Webhooks (issue 19): endpoints and secrets, the URL policy, audit, and the outbox: an event is written in the
 * transaction of the change it reports, so a change that rolls back leaves no delivery. (Sending, retries and
 * the delivery log against a real receiver: packages/jobs/test/webhooks.int.test.ts.)
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@portal/db";
import { setupOrganization, type Org } from "./harness";
import { updateStaff } from "../src/services/staff/write";
import { decryptWebhookSecret } from "../src/services/webhooks/secret";
import { sendLearningReminders } from "../src/services/onboarding/reminders";
import { publishLapsedSignOffs } from "../src/services/webhooks/lapses";
import { attemptWebhookDelivery } from "../src/services/webhooks/deliver";
import { createHiringProfile, createStaffMember, createUser, setExpertise } from "@portal/db/factories";

let o: Org;
const env = { ...process.env };

beforeAll(async () => {
  process.env.AUTH_SECRET = "webhooks-test-auth-secret";
  o = await setupOrganization();
});
afterAll(async () => {
  process.env = env;
  await o?.drop();
});
beforeEach(async () => {
  delete process.env.WEBHOOK_ALLOW_LOCALHOST;
  delete process.env.WEBHOOK_ALLOW_PRIVATE_NETWORK;
  await o.db.webhookEndpoint.deleteMany();
  await o.db.webhookEvent.deleteMany();
});

const endpoint = (url: string, events: string[] = ["staff.moved"]) =>
  ({ url, description: "HR system", events, active: true }) as never;

describe("endpoints", () => {
  it("shows the secret once, stores it encrypted, rotates it and audits create, rotate and delete", async () => {
    const admin = await o.as("ADMIN");
    const { endpoint: created, secret } = await admin.webhooks.create(
      endpoint("https://hooks.example.com/portal"),
    );
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const listed = await admin.webhooks.list();
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(secret);
    const row = await o.db.webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.secretEncrypted).not.toContain(secret);
    expect(decryptWebhookSecret(row.secretEncrypted)).toBe(secret);

    const rotated = await admin.webhooks.rotateSecret({ id: created.id });
    expect(rotated.secret).not.toBe(secret);
    const after = await o.db.webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } });
    expect(decryptWebhookSecret(after.secretEncrypted)).toBe(rotated.secret);

    await admin.webhooks.delete({ id: created.id });
    expect(await o.db.webhookEndpoint.count({ where: { id: created.id } })).toBe(0);
    const audit = await o.db.auditEvent.findMany({
      where: { entityType: "WebhookEndpoint", entityId: created.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["webhook.create", "webhook.rotateSecret", "webhook.delete"]);
    expect(JSON.stringify(audit)).not.toContain(secret);
    expect(JSON.stringify(audit)).not.toContain(rotated.secret);
  });

  it("requires https and refuses local and private-network targets unless the server allows them", async () => {
    const admin = await o.as("ADMIN");
    const refusal = (url: string) =>
      admin.webhooks.create(endpoint(url)).then(
        () => null,
        (e: { cause?: { key?: string } }) => e.cause?.key ?? "unexpected",
      );
    expect(await refusal("http://hooks.example.com/x")).toBe("webhookUrlNotHttps");
    expect(await refusal("https://10.1.2.3/x")).toBe("webhookUrlBlocked");
    expect(await refusal("https://192.168.0.10/x")).toBe("webhookUrlBlocked");
    expect(await refusal("https://169.254.169.254/latest")).toBe("webhookUrlBlocked");
    expect(await refusal("https://[::1]/x")).toBe("webhookUrlBlocked");
    expect(await refusal("http://localhost:4000/x")).toBe("webhookUrlNotHttps");
    process.env.WEBHOOK_ALLOW_LOCALHOST = "1";
    expect(await refusal("http://localhost:4000/x")).toBeNull();
    expect(await refusal("http://127.0.0.1:4000/x")).toBeNull();
    expect(await refusal("http://hooks.example.com/x")).toBe("webhookUrlNotHttps");
    expect(await refusal("https://10.1.2.3/x")).toBe("webhookUrlBlocked");
    process.env.WEBHOOK_ALLOW_PRIVATE_NETWORK = "1";
    expect(await refusal("https://10.1.2.3/x")).toBeNull();
  });
});

describe("the outbox", () => {
  const moveStaffB = (db: Db, departmentId: string, positionId: string) =>
    updateStaff(db, { id: o.users.admin.id, role: "ADMIN" }, o.org.staffB.id, {
      departmentId,
      positionId,
      startDate: o.org.staffB.startDate.toISOString().slice(0, 10),
      status: o.org.staffB.status,
    });

  /** A database whose transactions run the change and then fail, as a later step of the same change would. */
  const rollingBack = (db: Db) =>
    new Proxy(db, {
      get(target, prop, receiver) {
        if (prop !== "$transaction") return Reflect.get(target, prop, receiver) as unknown;
        return (fn: (tx: unknown) => Promise<unknown>) =>
          target.$transaction(async (tx) => {
            await fn(tx);
            throw new Error("a later step failed");
          });
      },
    });

  it("writes the event with the change, and nothing when the change rolls back", async () => {
    const admin = await o.as("ADMIN");
    const { endpoint: subscribed } = await admin.webhooks.create(endpoint("https://hooks.example.com/a"));
    await admin.webhooks.create(endpoint("https://hooks.example.com/b", ["candidate.hired"]));
    await admin.webhooks.create({
      ...(endpoint("https://hooks.example.com/c") as object),
      active: false,
    } as never);

    await expect(moveStaffB(rollingBack(o.db), o.org.deptA.id, o.org.positionA.id)).rejects.toThrow(
      "a later step failed",
    );
    expect((await o.db.staffMember.findUniqueOrThrow({ where: { id: o.org.staffB.id } })).departmentId).toBe(
      o.org.deptB.id,
    );
    expect(await o.db.webhookEvent.count()).toBe(0);
    expect(await o.db.webhookDelivery.count()).toBe(0);

    await moveStaffB(o.db, o.org.deptA.id, o.org.positionA.id);
    const deliveries = await o.db.webhookDelivery.findMany({ include: { event: true } });
    // Only the active endpoint subscribed to staff.moved gets it.
    expect(deliveries.map((d) => [d.endpointId, d.status, d.event.type])).toEqual([
      [subscribed.id, "PENDING", "staff.moved"],
    ]);
    expect(deliveries[0]!.event.data).toEqual({
      staffMemberId: o.org.staffB.id,
      from: { departmentId: o.org.deptB.id, positionId: o.org.positionB.id },
      to: { departmentId: o.org.deptA.id, positionId: o.org.positionA.id },
    });
    // A new position in the same department is not a move.
    const otherPosition = await o.db.position.create({
      data: { departmentId: o.org.deptA.id, title: "Lead A" },
    });
    await moveStaffB(o.db, o.org.deptA.id, otherPosition.id);
    expect(await o.db.webhookDelivery.count()).toBe(1);
    await moveStaffB(o.db, o.org.deptB.id, o.org.positionB.id);
    expect(await o.db.webhookDelivery.count()).toBe(2);
  });

  it("writes a job's event once however often the job runs (certificate expiring)", async () => {
    const admin = await o.as("ADMIN");
    await admin.webhooks.create(endpoint("https://hooks.example.com/a", ["certificate.expiring"]));
    const course = await o.db.course.create({ data: { title: "Cards basics" } });
    const version = await o.db.courseVersion.create({
      data: { courseId: course.id, version: 1, status: "PUBLISHED", publishedAt: new Date() },
    });
    const now = new Date();
    const enrolment = await o.db.enrolment.create({
      data: {
        staffMemberId: o.org.staffA.id,
        courseId: course.id,
        versionId: version.id,
        source: "MANUAL",
        passedAt: now,
      },
    });
    const certificate = await o.db.certificate.create({
      data: {
        enrolmentId: enrolment.id,
        versionId: version.id,
        verificationCode: "CERT-TEST-0001",
        issuedAt: now,
        expiresAt: new Date(now.getTime() + 5 * 86_400_000),
      },
    });
    await sendLearningReminders(o.db, now);
    await sendLearningReminders(o.db, now);
    const events = await o.db.webhookEvent.findMany({ include: { deliveries: true } });
    expect(events.map((e) => [e.type, e.deliveries.length])).toEqual([["certificate.expiring", 1]]);
    expect(events[0]!.data).toMatchObject({ certificateId: certificate.id, staffMemberId: o.org.staffA.id });
  });

  it("sends a sign-off when it is given, and its lapse once, when the profile later asks for more", async () => {
    const admin = await o.as("ADMIN");
    await admin.webhooks.create(
      endpoint("https://hooks.example.com/a", ["staff.signedOff", "signOff.lapsed"]),
    );
    const position = await o.db.position.create({
      data: { departmentId: o.org.deptA.id, title: "Lapse desk" },
    });
    const expertise = {
      kind: "EXPERTISE" as const,
      segmentId: o.org.segmentA.id,
      level: 3,
      weight: 3,
      mustHave: true,
    };
    await createHiringProfile(o.db, { positionId: position.id, requirements: [expertise] });
    const user = await createUser(o.db, { role: "STAFF" });
    const staff = await createStaffMember(o.db, {
      userId: user.id,
      departmentId: o.org.deptA.id,
      positionId: position.id,
    });
    await setExpertise(o.db, { staffMemberId: staff.id, segmentId: o.org.segmentA.id, level: 3 });
    const head = await o.as("HEAD");
    const { signOff } = await head.readiness.signOff({ staffMemberId: staff.id });
    expect(await publishLapsedSignOffs(o.db, new Date())).toEqual({ lapsed: 0 });

    await createHiringProfile(o.db, {
      positionId: position.id,
      requirements: [expertise, { kind: "LANGUAGE", language: "sv", cefr: "B2", weight: 1, mustHave: false }],
    });
    expect(await publishLapsedSignOffs(o.db, new Date())).toEqual({ lapsed: 1 });
    expect(await publishLapsedSignOffs(o.db, new Date())).toEqual({ lapsed: 0 });
    const events = await o.db.webhookEvent.findMany({ orderBy: { occurredAt: "asc" } });
    expect(events.map((e) => [e.type, (e.data as { signOffId: string }).signOffId])).toEqual([
      ["staff.signedOff", signOff.id],
      ["signOff.lapsed", signOff.id],
    ]);
    expect(events[0]!.data).toMatchObject({
      staffMemberId: staff.id,
      positionId: position.id,
      override: false,
    });
  });

  it("does not connect to an address that became private, and says why in the log", async () => {
    const admin = await o.as("ADMIN");
    const { endpoint: created } = await admin.webhooks.create(endpoint("https://hooks.example.com/a"));
    // As if its name now pointed inside the network: the address is checked again before each attempt.
    await o.db.webhookEndpoint.update({ where: { id: created.id }, data: { url: "https://10.0.0.7/hooks" } });
    await moveStaffB(o.db, o.org.deptA.id, o.org.positionA.id);
    const delivery = await o.db.webhookDelivery.findFirstOrThrow();
    expect(await attemptWebhookDelivery(o.db, delivery.id, { final: false })).toEqual({
      status: "PENDING",
      error: "blockedAddress",
    });
    expect(await attemptWebhookDelivery(o.db, delivery.id, { final: true })).toEqual({
      status: "FAILED",
      error: "blockedAddress",
    });
    expect(await attemptWebhookDelivery(o.db, delivery.id, { final: true })).toEqual({ status: "SKIPPED" });
    const log = await admin.webhooks.deliveries({ endpointId: created.id });
    expect(log.items[0]).toMatchObject({
      status: "FAILED",
      attempts: 2,
      responseCode: null,
      lastError: "blockedAddress",
    });
    await moveStaffB(o.db, o.org.deptB.id, o.org.positionB.id);
  });
});
