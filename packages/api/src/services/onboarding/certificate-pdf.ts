/**
 * The certificate as a one-page A4 PDF (pdf-lib, offline, no browser). DejaVu Sans is embedded (subset) so
 * names and course titles in every locale's script (Greek included) print; the texts come already translated.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";

export type CertificatePdfInput = {
  companyName: string;
  logo: { type: "image/png" | "image/jpeg"; bytes: Uint8Array } | null;
  title: string;
  /** Lines under the title, each [label-free text, size, bold?]. */
  lines: { text: string; size: number; bold?: boolean }[];
  footer: string;
};

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

export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(`${input.title} - ${input.companyName}`);
  doc.setProducer(input.companyName);
  doc.setCreator(input.companyName);
  const [regular, bold] = await Promise.all([
    doc.embedFont(await font("DejaVuSans.ttf"), { subset: true }),
    doc.embedFont(await font("DejaVuSans-Bold.ttf"), { subset: true }),
  ]);
  const page = doc.addPage(A4);
  const [w, h] = A4;
  const brand = rgb(0.114, 0.306, 0.847);
  page.drawRectangle({ x: 28, y: 28, width: w - 56, height: h - 56, borderColor: brand, borderWidth: 2 });

  let y = h - 110;
  if (input.logo) {
    const image =
      input.logo.type === "image/png"
        ? await doc.embedPng(input.logo.bytes)
        : await doc.embedJpg(input.logo.bytes);
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
