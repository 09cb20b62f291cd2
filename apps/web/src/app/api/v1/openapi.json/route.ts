import { REST_MOUNT, restDocument } from "@portal/api/rest";
import { portalOrigin } from "@/server/origin";

/**
 * The REST API's OpenAPI 3.1 document: public (integrators read it before they hold a token; it names no data,
 * only operations and shapes), with the portal's own address as the server.
 */
export async function GET() {
  return Response.json(restDocument(new URL(REST_MOUNT, await portalOrigin()).toString()), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
