import { headers } from "next/headers";
import { portalUrl } from "@/env";

/**
 * The address people reach the portal at, for links that leave the screen (the verification address printed on a
 * certificate): PORTAL_URL (or AUTH_URL) when set, otherwise the host and scheme of this request.
 */
export async function portalOrigin(): Promise<string> {
  const configured = portalUrl();
  if (configured && URL.canParse(configured)) return new URL(configured).origin;
  const h = await headers();
  const https = h.get("x-forwarded-proto") === "https";
  return `${https ? "https" : "http"}://${h.get("host") ?? "localhost"}`;
}

/** The public page that checks a certificate's code. */
export const verifyAddress = (origin: string, code: string) =>
  `${origin}/verify?code=${encodeURIComponent(code)}`;
