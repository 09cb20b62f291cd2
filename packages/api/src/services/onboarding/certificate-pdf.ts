/**
 * The certificate as a one-page A4 PDF (pdf-lib, offline, no browser). DejaVu Sans is embedded (subset) so
 * names and course titles in every locale's script (Greek included) print; the texts come already translated.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFImage, type PDFPage } from "pdf-lib";
import type { Db } from "@portal/db";
import type { Actor } from "../../actor";
import { companyLogo } from "../company";
import { certificateForViewer } from "./certificates";

type Line = { text: string; size: number; bold?: boolean };

export type CertificatePdfInput = {
  companyName: string;
  logo: { type: "image/png" | "image/jpeg"; bytes: Uint8Array } | null;
  title: string;
  /** Lines under the title, each [label-free text, size, bold?]. */
  lines: Line[];
  footer: string;
  /** Document properties a PDF reader shows (and indexes). */
  info?: { subject: string; author: string; keywords: string[] };
};

/** The certificate's texts in the reader's language (the web app translates; this package has no messages). */
export type CertificatePdfLabels = {
  title: string;
  certifies: string;
  completed: string;
  issued: (date: Date) => string;
  expires: (date: Date | null) => string;
  granted: (segment: string, level: number) => string;
  verificationCode: (code: string) => string;
  /** "Anyone can check this certificate at <url>", with the public /verify address of the code. */
  verifyHint: (code: string) => string;
};

type ViewedCertificate = Awaited<ReturnType<typeof certificateForViewer>>;

/** What the PDF says, in the order the certificate page says it: holder, course, dates, expertise, code. */
export function certificatePdfLines(c: ViewedCertificate, labels: CertificatePdfLabels): Line[] {
  return [
    { text: labels.certifies, size: 13 },
    { text: c.holder, size: 22, bold: true },
    { text: c.department, size: 11 },
    { text: labels.completed, size: 13 },
    { text: c.course, size: 18, bold: true },
    { text: labels.issued(c.issuedAt), size: 11 },
    { text: labels.expires(c.expiresAt), size: 11 },
    ...(c.granted ? [{ text: labels.granted(c.granted.segment, c.granted.level), size: 11 }] : []),
    { text: labels.verificationCode(c.verificationCode), size: 12, bold: true },
  ];
}

/**
 * The certificate as a PDF download, for exactly those who may open its page (certificateForViewer: the holder,
 * HR, admins, the holder's head); anyone else, and an unknown id, gets NOT_FOUND, as on the page.
 */
export async function certificatePdfDownload(db: Db, actor: Actor, id: string, labels: CertificatePdfLabels) {
  const c = await certificateForViewer(db, actor, id);
  const body = await renderCertificatePdf({
    companyName: c.company.name,
    logo: await companyLogo(db),
    title: labels.title,
    lines: certificatePdfLines(c, labels),
    footer: labels.verifyHint(c.verificationCode),
    info: { subject: `${c.course} - ${c.holder}`, author: c.company.name, keywords: [c.verificationCode] },
  });
  return {
    body,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="certificate-${c.verificationCode}.pdf"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  };
}

const A4: [number, number] = [595.28, 841.89];
const fontCache = new Map<string, Promise<Uint8Array>>();

/** The font files, resolved from the working directory at run time (the app's bundler never copies them). */
function font(file: string) {
  let cached = fontCache.get(file);
  if (!cached) {
    const require = createRequire(join(process.cwd(), "package.json"));
    const dir = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
    cached = readFile(join(dir, file));
    fontCache.set(file, cached);
  }
  return cached;
}

/** Splits a text into lines that fit the width. */
function wrap(text: string, f: PDFFont, size: number, width: number) {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && f.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function centred(
  page: PDFPage,
  text: string,
  y: number,
  f: PDFFont,
  size: number,
  colour = rgb(0.1, 0.1, 0.15),
) {
  const width = page.getWidth() - 120;
  for (const line of wrap(text, f, size, width)) {
    page.drawText(line, {
      x: (page.getWidth() - f.widthOfTextAtSize(line, size)) / 2,
      y,
      size,
      font: f,
      color: colour,
    });
    y -= size * 1.35;
  }
  return y;
}

/** The logo, or null when it cannot be read (uploads are checked, but a certificate must print regardless). */
async function embedLogo(
  doc: PDFDocument,
  logo: NonNullable<CertificatePdfInput["logo"]>,
): Promise<PDFImage | null> {
  try {
    return logo.type === "image/png" ? await doc.embedPng(logo.bytes) : await doc.embedJpg(logo.bytes);
  } catch (e) {
    console.error("certificate PDF: the company logo cannot be embedded:", e);
    return null;
  }
}

export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(`${input.title} - ${input.companyName}`);
  doc.setProducer(input.companyName);
  doc.setCreator(input.companyName);
  if (input.info) {
    doc.setSubject(input.info.subject);
    doc.setAuthor(input.info.author);
    doc.setKeywords(input.info.keywords);
  }
  const [regular, bold] = await Promise.all([
    doc.embedFont(await font("DejaVuSans.ttf"), { subset: true }),
    doc.embedFont(await font("DejaVuSans-Bold.ttf"), { subset: true }),
  ]);
  const page = doc.addPage(A4);
  const [w, h] = A4;
  const brand = rgb(0.114, 0.306, 0.847);
  page.drawRectangle({ x: 28, y: 28, width: w - 56, height: h - 56, borderColor: brand, borderWidth: 2 });

  let y = h - 110;
  const image = input.logo ? await embedLogo(doc, input.logo) : null;
  if (image) {
    const scaled = image.scaleToFit(180, 70);
    page.drawImage(image, { x: (w - scaled.width) / 2, y: y - scaled.height + 30, ...scaled });
    y -= scaled.height + 10;
  }
  y = centred(page, input.companyName, y, bold, 16, brand) - 40;
  y = centred(page, input.title, y, bold, 28) - 24;
  for (const line of input.lines) y = centred(page, line.text, y, line.bold ? bold : regular, line.size) - 10;
  centred(page, input.footer, 70, regular, 9, rgb(0.35, 0.35, 0.4));
  return doc.save();
}
