/**
 * The company's name and logo (admin settings), shown in the header and on certificates. Stored as one Setting
 * row; the logo's bytes live in it too (at most 256 kB, PNG or JPEG checked by content), served by
 * /api/company/logo and embedded in certificate PDFs.
 */
import { writeAudit, type Db, type DbClient, type Prisma } from "@portal/db";
import { PDFDocument } from "pdf-lib";
import {
  companyLogoMaxBytes,
  V,
  type CompanyLogoType,
  type companySettingsInput,
  type ValidationKey,
} from "@portal/validators";
import type { z } from "zod";
import { fieldIssue } from "../errors";
import type { Actor } from "../actor";

export const COMPANY_KEY = "company";
/** Until an admin names the company, the portal uses the demo company's name. */
export const DEFAULT_COMPANY_NAME = "Nordvik Bank";

type StoredLogo = { type: CompanyLogoType; base64: string; updatedAt: string };
type Stored = { name: string; logo: StoredLogo | null };

function parseStored(value: Prisma.JsonValue | undefined): Stored {
  const v = (value ?? {}) as { name?: unknown; logo?: Partial<StoredLogo> | null };
  const name = typeof v.name === "string" && v.name.trim() ? v.name : DEFAULT_COMPANY_NAME;
  const logo =
    v.logo &&
    (v.logo.type === "image/png" || v.logo.type === "image/jpeg") &&
    typeof v.logo.base64 === "string" &&
    typeof v.logo.updatedAt === "string"
      ? (v.logo as StoredLogo)
      : null;
  return { name, logo };
}

async function readStored(db: DbClient) {
  return parseStored((await db.setting.findUnique({ where: { key: COMPANY_KEY } }))?.value);
}

/** Name and where to fetch the logo (its URL changes with each upload, so browsers may cache it). */
export async function companyProfile(db: DbClient) {
  const { name, logo } = await readStored(db);
  return {
    name,
    logoUrl: logo ? `/api/company/logo?v=${encodeURIComponent(logo.updatedAt)}` : null,
  };
}

/**
 * The bytes in an array of their own: a small Buffer is a view into Node's shared pool, and pdf-lib reads the
 * whole underlying buffer (a pooled JPEG fails with "SOI not found").
 */
const ownBytes = (b: Buffer) => new Uint8Array(b);

/** The logo's bytes and type, or null without one. */
export async function companyLogo(db: DbClient) {
  const { logo } = await readStored(db);
  return logo ? { type: logo.type, bytes: ownBytes(Buffer.from(logo.base64, "base64")) } : null;
}

/** Whether the bytes really are the declared image type (magic numbers), so a renamed file is refused. */
function isImage(type: CompanyLogoType, b: Buffer) {
  if (type === "image/png")
    return (
      b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    );
  return b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
}

/** Whether the certificate PDF can print the image (a truncated or damaged file passes the magic numbers). */
async function isPrintable(type: CompanyLogoType, b: Buffer) {
  try {
    const doc = await PDFDocument.create();
    await (type === "image/png" ? doc.embedPng(ownBytes(b)) : doc.embedJpg(ownBytes(b)));
    return true;
  } catch {
    return false;
  }
}

/** A refused logo: the message (a `validation.*` key) lands on the form's logo field in the user's language. */
const logoError = (key: ValidationKey) => fieldIssue("logo", key);

export async function updateCompanySettings(
  db: Db,
  actor: Actor,
  input: z.output<typeof companySettingsInput>,
) {
  let logo: StoredLogo | null | undefined;
  if (input.logo.action === "upload") {
    const bytes = Buffer.from(input.logo.base64, "base64");
    if (bytes.length > companyLogoMaxBytes) throw logoError(V.logoSize);
    if (!isImage(input.logo.type, bytes) || !(await isPrintable(input.logo.type, bytes)))
      throw logoError(V.logoType);
    logo = { type: input.logo.type, base64: bytes.toString("base64"), updatedAt: new Date().toISOString() };
  } else if (input.logo.action === "remove") logo = null;
  return db.$transaction(async (tx) => {
    const before = await readStored(tx);
    const next: Stored = { name: input.name, logo: logo === undefined ? before.logo : logo };
    await tx.setting.upsert({
      where: { key: COMPANY_KEY },
      create: { key: COMPANY_KEY, value: next as unknown as Prisma.InputJsonValue },
      update: { value: next as unknown as Prisma.InputJsonValue },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "company.update",
      entityType: "Setting",
      entityId: COMPANY_KEY,
      // The logo as a fact, not its bytes.
      before: { name: before.name, logo: before.logo !== null },
      after: { name: next.name, logo: next.logo !== null },
    });
    return companyProfile(tx);
  });
}
