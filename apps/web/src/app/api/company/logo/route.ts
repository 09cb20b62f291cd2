/** The company's logo (admin settings) for the header and certificates; any signed-in user may load it. */
import { companyFiles } from "@portal/api";
import { getCurrentUser } from "@/server/session";
import { answeringOutages } from "@/server/outage-response";

export const GET = answeringOutages(async () => {
  if (!(await getCurrentUser())) return new Response(null, { status: 401 });
  const logo = await companyFiles.logo();
  if (!logo) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(logo.bytes), {
    status: 200,
    headers: {
      "Content-Type": logo.type,
      // The URL carries the upload time (?v=), so a new logo is a new URL.
      "Cache-Control": "private, max-age=86400",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
});
