/**
 * Webhook signing secrets: generated here, shown once, stored encrypted with AES-256-GCM under a key derived from
 * AUTH_SECRET (HKDF-SHA256), so a copy of the database alone does not let anyone sign deliveries. Changing
 * AUTH_SECRET makes stored secrets unreadable: rotate each endpoint's secret afterwards (README "Webhooks").
 */
import { webhookEnv } from "../../env";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const INFO = "portal webhook signing secrets v1";

function key(): Buffer {
  const { authSecret } = webhookEnv();
  // A configuration fault (npm start always sets one): an unexpected error, logged under a reference.
  if (!authSecret) throw new Error("AUTH_SECRET is not set: webhook secrets cannot be encrypted");
  return Buffer.from(hkdfSync("sha256", authSecret, "portal-webhooks", INFO, 32));
}

/** A new secret as receivers see it: `whsec_` and 32 random bytes in base64url. */
export const generateWebhookSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;

/** `v1.<iv>.<tag>.<ciphertext>`, each base64url. */
export function encryptWebhookSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The secret, or null when it cannot be read (AUTH_SECRET changed since it was stored). */
export function decryptWebhookSecret(stored: string): string | null {
  const [version, iv, tag, data] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !data) return null;
  const k = key();
  try {
    const decipher = createDecipheriv("aes-256-gcm", k, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    return null;
  }
}
