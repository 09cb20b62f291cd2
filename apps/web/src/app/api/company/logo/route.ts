/**
 * The company's logo (admin settings) for the header, the sign-in page and certificates. Public like the name: the
 * sign-in page and the public certificate check show it before anyone signs in.
 */
import { companyFiles } from "@portal/api";
import { answeringOutages } from "@/server/outage-response";

export const GET = answeringOutages(async () => {
  const logo = await companyFiles.logo();
  if (!logo) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(logo.bytes), {
    status: 200,
    headers: {
      "Content-Type": logo.type,
      // The URL carries the upload time (?v=), so a new logo is a new URL.
      "Cache-Control": "public, max-age=86400",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
});
