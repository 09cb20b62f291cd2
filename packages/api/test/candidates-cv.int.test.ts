import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApplication, createCandidate, createHiringProfile } from "@portal/db/factories";
import { deleteCandidateCv, downloadCandidateCv, uploadCandidateCv } from "../src";
import { contentDisposition, safeFileName, sniffCv } from "../src/services/hiring/candidates/cv-sniff";
import { minimalDocx, minimalPdf, zip } from "./cv-files";
import { setupOrganization, type Org } from "./harness";

let org: Org;
beforeAll(async () => {
  org = await setupOrganization();
});
afterAll(() => org?.drop());

const text = (s: string) => new TextEncoder().encode(s);

describe("CV type sniffing (by content)", () => {
  it("accepts a real minimal PDF and DOCX", () => {
    expect(sniffCv(minimalPdf())?.kind).toBe("pdf");
    expect(sniffCv(minimalDocx())?.kind).toBe("docx");
  });
  it("refuses a text file renamed .pdf, a plain ZIP, and a ZIP that only mentions word/document.xml in its data", () => {
    expect(sniffCv(text("Dear HR, please find my CV attached."))).toBeNull();
    expect(sniffCv(zip({ "notes.txt": "hello" }))).toBeNull();
    expect(sniffCv(zip({ "readme.txt": "word/document.xml" }))).toBeNull();
    expect(sniffCv(text("PK\x03\x04 broken"))).toBeNull();
  });
  it("names files safely and sends them as attachments", () => {
    const pdf = sniffCv(minimalPdf())!;
    expect(safeFileName("C:\\Users\\x\\Lebenslauf Jörg.txt", pdf)).toBe("Lebenslauf Jörg.pdf");
    expect(safeFileName('../../etc/"passwd"\r\n', pdf)).toBe("passwd.pdf");
    expect(contentDisposition("Jörg; x.pdf")).toBe(
      `attachment; filename="J_rg_ x.pdf"; filename*=UTF-8''J%C3%B6rg%3B%20x.pdf`,
    );
  });
});

describe("CV upload, download, delete", () => {
  it("HR uploads a PDF (stored with the sniffed type), downloads it, replaces it with a DOCX, deletes it; all audited", async () => {
    const hr = org.users.hr;
    const c = await createCandidate(org.db, { name: "Cv Carla" });
    const saved = await uploadCandidateCv(org.db, hr, c.id, { name: "carla.pdf", bytes: minimalPdf() });
    expect(saved).toMatchObject({
      fileName: "carla.pdf",
      mimeType: "application/pdf",
      size: minimalPdf().length,
    });
    const file = await downloadCandidateCv(org.db, hr, c.id);
    expect(Buffer.from(file.body).equals(Buffer.from(minimalPdf()))).toBe(true);
    expect(file.headers).toMatchObject({
      "Content-Type": "application/pdf",
      "Content-Disposition": expect.stringMatching(/^attachment; filename="carla\.pdf"/),
      "X-Content-Type-Options": "nosniff",
    });
    const docx = await uploadCandidateCv(org.db, hr, c.id, { name: "carla.docx", bytes: minimalDocx() });
    expect(docx.mimeType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(await org.db.candidateCv.count({ where: { candidateId: c.id } })).toBe(1);
    expect(await deleteCandidateCv(org.db, hr, c.id)).toEqual({ deleted: true });
    expect(await deleteCandidateCv(org.db, hr, c.id)).toEqual({ deleted: false });
    await expect(downloadCandidateCv(org.db, hr, c.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const actions = (
      await org.db.auditEvent.findMany({ where: { entityId: c.id }, orderBy: { createdAt: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["candidate.cv.upload", "candidate.cv.upload", "candidate.cv.delete"]);
  });

  it("refuses a renamed text file, an empty file and one over 5 MB; nothing is stored", async () => {
    const c = await createCandidate(org.db, { name: "Cv Refused" });
    await expect(
      uploadCandidateCv(org.db, org.users.hr, c.id, { name: "cv.pdf", bytes: text("not a pdf") }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("PDF or a Word"),
    });
    await expect(
      uploadCandidateCv(org.db, org.users.hr, c.id, { name: "cv.pdf", bytes: new Uint8Array() }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(minimalPdf());
    await expect(
      uploadCandidateCv(org.db, org.users.hr, c.id, { name: "cv.pdf", bytes: big }),
    ).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(await org.db.candidateCv.count({ where: { candidateId: c.id } })).toBe(0);
  });

  it("a head downloads only CVs of candidates they can see, and never uploads or deletes; staff get nothing", async () => {
    const { headA, headB, staffUserA, admin } = org.users;
    const profile = await createHiringProfile(org.db, { positionId: org.org.positionA.id });
    const c = await createCandidate(org.db, { name: "Cv Interviewed" });
    await createApplication(org.db, {
      candidateId: c.id,
      positionId: org.org.positionA.id,
      profileId: profile.id,
      stage: "SCREENING",
    });
    await uploadCandidateCv(org.db, admin, c.id, { name: "cv.pdf", bytes: minimalPdf() });
    await expect(downloadCandidateCv(org.db, headA, c.id)).rejects.toMatchObject({ code: "NOT_FOUND" }); // not yet at INTERVIEW
    await org.db.application.updateMany({ where: { candidateId: c.id }, data: { stage: "INTERVIEW" } });
    expect((await downloadCandidateCv(org.db, headA, c.id)).headers["Content-Type"]).toBe("application/pdf");
    await expect(downloadCandidateCv(org.db, headB, c.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(downloadCandidateCv(org.db, staffUserA, c.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      uploadCandidateCv(org.db, headA, c.id, { name: "cv.pdf", bytes: minimalPdf() }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteCandidateCv(org.db, headA, c.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await org.db.candidateCv.count({ where: { candidateId: c.id } })).toBe(1);
  });
});
