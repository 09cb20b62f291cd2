/** Liveness: the process answers. Touches nothing else, so a database outage never gets the server restarted. */
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "live" }, { headers: { "Cache-Control": "no-store" } });
}
