import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { companyLogoMaxBytes } from "@portal/validators";
import { fieldErrorsOf } from "../src/errors";
import { companyLogo } from "../src/services/company";
import {
  certificatePdfDownload,
  certificatePdfLines,
  type CertificatePdfLabels,
} from "../src/services/onboarding/certificate-pdf";
import { certificateForViewer } from "../src/services/onboarding/certificates";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

/** A 1 x 1 PNG and JPEG, valid enough for a browser and for pdf-lib. */
const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
const JPEG =
  "/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==";
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The message the form shows on the logo field, as the tRPC error formatter sends it (fieldErrorsOf). */
async function logoFieldError(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("BAD_REQUEST");
  return (fieldErrorsOf(error as TRPCError)?.fieldErrors as Record<string, string[]> | undefined)?.logo?.[0];
}

describe("company settings", () => {
  it("everyone, signed in or not, reads the name (the demo company's until an admin sets one) and no logo", async () => {
    // Anonymous too: the sign-in page and the public certificate check show the company's mark.
    for (const actor of ["anonymous", "STAFF", "HEAD", "HR", "ADMIN"] as const)
      expect(await (await org.as(actor)).company.profile()).toEqual({ name: "Nordvik Bank", logoUrl: null });
  });

  it("only an admin changes them; HR and staff are refused and nothing is written", async () => {
    for (const actor of ["STAFF", "HEAD", "HR"] as const)
      await expect(
        (await org.as(actor)).company.update({ name: "Taken over", logo: { action: "remove" } }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await org.db.setting.count({ where: { key: "company" } })).toBe(0);
    expect(await org.db.auditEvent.count({ where: { action: "company.update" } })).toBe(0);
  });

  it("an admin sets the name and a PNG logo, replaces it with a JPEG, renames keeping it, removes it; each audited", async () => {
    const admin = await org.as("ADMIN");
    const saved = await admin.company.update({
      name: "  Fjord Savings  ",
      logo: { action: "upload", type: "image/png", base64: PNG },
    });
    expect(saved).toEqual({
      name: "Fjord Savings",
      logoUrl: expect.stringMatching(/^\/api\/company\/logo\?v=/),
    });
    expect(await (await org.as("STAFF")).company.profile()).toEqual(saved);
    expect(Buffer.from((await companyLogo(org.db))!.bytes).equals(Buffer.from(PNG, "base64"))).toBe(true);

    const jpeg = await admin.company.update({
      name: "Fjord Savings",
      logo: { action: "upload", type: "image/jpeg", base64: JPEG },
    });
    expect((await companyLogo(org.db))?.type).toBe("image/jpeg");
    // Omitting the logo keeps it, under the same address.
    expect(await admin.company.update({ name: "Fjord Savings Bank" })).toEqual({
      name: "Fjord Savings Bank",
      logoUrl: jpeg.logoUrl,
    });
    expect(await admin.company.update({ name: "Fjord Savings Bank", logo: { action: "remove" } })).toEqual({
      name: "Fjord Savings Bank",
      logoUrl: null,
    });
    expect(await companyLogo(org.db)).toBeNull();

    const events = await org.db.auditEvent.findMany({
      where: { action: "company.update" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.actorId, e.entityType, e.before, e.after])).toEqual([
      [
        org.users.admin.id,
        "Setting",
        { name: "Nordvik Bank", logo: false },
        { name: "Fjord Savings", logo: true },
      ],
      [
        org.users.admin.id,
        "Setting",
        { name: "Fjord Savings", logo: true },
        { name: "Fjord Savings", logo: true },
      ],
      [
        org.users.admin.id,
        "Setting",
        { name: "Fjord Savings", logo: true },
        { name: "Fjord Savings Bank", logo: true },
      ],
      [
        org.users.admin.id,
        "Setting",
        { name: "Fjord Savings Bank", logo: true },
        { name: "Fjord Savings Bank", logo: false },
      ],
    ]);
    // The audit keeps the fact of a logo, never its bytes.
    expect(JSON.stringify(events)).not.toContain(PNG.slice(0, 20));
  });

  it("refuses a wrong type, a file over 256 kB, bad base64, a renamed or damaged image, and a blank name, each on its field in the user's language", async () => {
    const admin = await org.as("ADMIN");
    await admin.company.update({ name: "Before refusals", logo: { action: "remove" } });
    const eventsBefore = await org.db.auditEvent.count({ where: { action: "company.update" } });
    const upload = (type: string, base64: string) =>
      admin.company.update({
        name: "Refused",
        logo: { action: "upload", type: type as "image/png", base64 },
      });
    // Types the form does not offer (SVG can carry scripts).
    expect(await logoFieldError(upload("image/svg+xml", PNG))).toBe("validation.logoType");
    expect(await logoFieldError(upload("image/gif", PNG))).toBe("validation.logoType");
    // Not base64 at all.
    expect(await logoFieldError(upload("image/png", "not base64!"))).toBe("validation.logoType");
    // Far over the limit: refused by the schema before decoding.
    const huge = Buffer.alloc(companyLogoMaxBytes * 2);
    pngSignature.copy(huge);
    expect(await logoFieldError(upload("image/png", huge.toString("base64")))).toBe("validation.logoSize");
    // Just over the limit: the base64 fits the schema, the decoded bytes do not.
    const over = Buffer.alloc(companyLogoMaxBytes + 1);
    pngSignature.copy(over);
    expect(await logoFieldError(upload("image/png", over.toString("base64")))).toBe("validation.logoSize");
    // A JPEG declared as PNG, a text file, and a PNG cut short (its signature is right, the image is not).
    expect(await logoFieldError(upload("image/png", JPEG))).toBe("validation.logoType");
    expect(await logoFieldError(upload("image/jpeg", Buffer.from("hello").toString("base64")))).toBe(
      "validation.logoType",
    );
    const truncated = Buffer.from(PNG, "base64").subarray(0, 40).toString("base64");
    expect(await logoFieldError(upload("image/png", truncated))).toBe("validation.logoType");
    // A blank name.
    await expect(admin.company.update({ name: "   " })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    expect(await admin.company.profile()).toEqual({ name: "Before refusals", logoUrl: null });
    expect(await org.db.auditEvent.count({ where: { action: "company.update" } })).toBe(eventsBefore);
  });
});

describe("certificate PDF", () => {
  const labels: CertificatePdfLabels = {
    title: "Certificate of completion",
    certifies: "This certifies that",
    completed: "has completed the course",
    issued: (d) => `Issued: ${d.toISOString().slice(0, 10)}`,
    expires: (d) => `Valid until: ${d ? d.toISOString().slice(0, 10) : "Does not expire"}`,
    granted: (segment, level) => `Expertise granted: ${segment}: level ${level}`,
    verificationCode: (code) => `Verification code: ${code}`,
    verifyHint: (code) => `Anyone can check this certificate at https://portal.example/verify?code=${code}`,
  };

  /** Staff A (department A) holds a certificate of a published course. */
  async function certificateOfStaffA() {
    const course = await org.db.course.create({ data: { title: "Serving segment A" } });
    const version = await org.db.courseVersion.create({
      data: { courseId: course.id, version: 1, status: "PUBLISHED", publishedAt: new Date() },
    });
    const enrolment = await org.db.enrolment.create({
      data: {
        staffMemberId: org.org.staffA.id,
        courseId: course.id,
        versionId: version.id,
        source: "MANUAL",
        passedAt: new Date(),
      },
    });
    return org.db.certificate.create({
      data: {
        enrolmentId: enrolment.id,
        versionId: version.id,
        verificationCode: "CERT-TEST-PDF1",
        issuedAt: new Date("2026-11-02T10:00:00Z"),
      },
    });
  }

  /** Images drawn on the page (a PNG's transparency is a second image object, not a second drawing). */
  const imagesIn = (doc: PDFDocument) =>
    doc.getPage(0).node.Resources()?.lookupMaybe(PDFName.of("XObject"), PDFDict)?.keys().length ?? 0;

  it("the holder, their head, HR and admins get a one-page A4 PDF with the holder, course, date, code and company", async () => {
    const cert = await certificateOfStaffA();
    await (
      await org.as("ADMIN")
    ).company.update({ name: "Fjord Savings", logo: { action: "upload", type: "image/png", base64: PNG } });
    for (const user of [org.users.staffUserA, org.users.headA, org.users.hr, org.users.admin]) {
      const file = await certificatePdfDownload(org.db, user, cert.id, labels);
      expect(file.headers).toMatchObject({
        "Content-Type": "application/pdf",
        "Content-Disposition": 'attachment; filename="certificate-CERT-TEST-PDF1.pdf"',
        "Cache-Control": "private, no-store",
      });
      expect(Buffer.from(file.body.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
      const doc = await PDFDocument.load(file.body, { updateMetadata: false });
      expect(doc.getPageCount()).toBe(1);
      expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
      expect(doc.getAuthor()).toBe("Fjord Savings");
      expect(doc.getTitle()).toBe("Certificate of completion - Fjord Savings");
      expect(doc.getSubject()).toBe("Serving segment A - Staff A");
      expect(doc.getKeywords()).toBe("CERT-TEST-PDF1");
      expect(imagesIn(doc)).toBe(1);
    }
    // What the page says is what the PDF says.
    const lines = certificatePdfLines(
      await certificateForViewer(org.db, org.users.staffUserA, cert.id),
      labels,
    );
    expect(lines.map((l) => l.text)).toEqual([
      "This certifies that",
      "Staff A",
      "Department A",
      "has completed the course",
      "Serving segment A",
      "Issued: 2026-11-02",
      "Valid until: Does not expire",
      "Verification code: CERT-TEST-PDF1",
    ]);
    // Without a logo the PDF still prints, with none.
    await (await org.as("ADMIN")).company.update({ name: "Fjord Savings", logo: { action: "remove" } });
    const plain = await certificatePdfDownload(org.db, org.users.staffUserA, cert.id, labels);
    expect(imagesIn(await PDFDocument.load(plain.body))).toBe(0);
  });

  it("another staff member, another department's head and an unknown id all get NOT_FOUND, alike", async () => {
    const cert = await org.db.certificate.findUniqueOrThrow({
      where: { verificationCode: "CERT-TEST-PDF1" },
    });
    for (const [user, id] of [
      [org.users.staffUserB, cert.id],
      [org.users.headB, cert.id],
      [org.users.staffUserA, "cl00000000000000000000000"],
      [org.users.admin, "not-an-id"],
    ] as const)
      await expect(certificatePdfDownload(org.db, user, id, labels)).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: "Certificate not found.",
      });
  });
});
