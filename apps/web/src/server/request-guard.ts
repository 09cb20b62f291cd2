/**
 * Cross-site request refusal for the API routes that change data (tRPC mutations, the CV upload and
 * delete, next-auth's POSTs). Server actions get the same check from Next itself (Origin against Host).
 * A browser always sends Origin on a POST and, in current browsers, Sec-Fetch-Site; a request with neither
 * did not come from a page, so it carries no one's cookies but its sender's.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const refuse = (status: number, message: string) =>
  Response.json({ message }, { status, headers: { "Cache-Control": "no-store" } });

/** The host the browser addressed: X-Forwarded-Host from a proxy (a page cannot set it), else Host. */
function requestedHost(headers: Headers): string | null {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
}

export function crossSiteRefusal(req: Request): Response | null {
  if (SAFE_METHODS.has(req.method)) return null;
  const fetchSite = req.headers.get("sec-fetch-site");
  // "none" is the user's own action (typed address, bookmark); "same-site" is another origin, e.g. a port.
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none")
    return refuse(403, "Cross-site request refused.");
  const origin = req.headers.get("origin");
  if (origin === null) return null;
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host; // "null" (sandboxed frames, some redirects) does not parse
  } catch {
    originHost = null;
  }
  return originHost !== null && originHost === requestedHost(req.headers)
    ? null
    : refuse(403, "Cross-site request refused.");
}

/**
 * tRPC takes JSON only: a form post (urlencoded, multipart, text/plain) is what another site can send
 * without a preflight, and no procedure expects a file (CVs have their own route).
 */
export function nonJsonRefusal(req: Request): Response | null {
  if (SAFE_METHODS.has(req.method)) return null;
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return type === "application/json" ? null : refuse(415, "Send JSON (Content-Type: application/json).");
}
