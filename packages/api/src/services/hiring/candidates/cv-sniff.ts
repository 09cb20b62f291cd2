/**
 * What a CV file really is, from its bytes: the name and the browser's MIME type are whatever the client says.
 * PDF starts with "%PDF-"; DOCX is a ZIP whose central directory lists "word/document.xml".
 */
export type CvKind =
  | { kind: "pdf"; mimeType: "application/pdf"; extension: ".pdf" }
  | {
      kind: "docx";
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      extension: ".docx";
    };

const PDF: CvKind = { kind: "pdf", mimeType: "application/pdf", extension: ".pdf" };
const DOCX: CvKind = {
  kind: "docx",
  mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  extension: ".docx",
};

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const EOCD = 0x06054b50; // end of central directory record
const CENTRAL = 0x02014b50; // central directory file header

/** The names in a ZIP's central directory, or null when the bytes are not a readable ZIP. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The EOCD record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (offset + size > eocd) return null;
  const names: string[] = [];
  const decoder = new TextDecoder("utf-8", { fatal: false });
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > eocd) return null;
    names.push(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

export function sniffCv(bytes: Uint8Array): CvKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // "%PDF-"
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(bytes);
    if (names?.includes("word/document.xml")) return DOCX;
  }
  return null;
}

/**
 * A stored file name without paths or control characters, ending in the extension of what the file is.
 * Download headers derive from it, so nothing here can break out of the Content-Disposition header.
 */
export function safeFileName(name: string, kind: CvKind) {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .split("")
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && ch !== '"')
    .join("")
    .trim()
    .slice(0, 150);
  const stem = base.replace(/\.[^.]*$/, "") || "cv";
  return `${stem}${kind.extension}`;
}

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string) {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\;]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
