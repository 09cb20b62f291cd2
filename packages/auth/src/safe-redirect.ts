/**
 * Where a redirect may go when the target comes from input (`?next=`, a callback URL): only a path on this
 * site. The target is resolved with the WHATWG URL parser (what browsers use) and compared by origin;
 * backslashes and control characters are refused outright, since browsers read `\` as `/` and drop tabs and
 * newlines, which is how `/\evil.com` or `\t//evil.com` become another host.
 */
const PLACEHOLDER_ORIGIN = "http://portal.invalid";

export function safeRedirectPath(
  target: unknown,
  origin: string = PLACEHOLDER_ORIGIN,
  fallback = "/",
): string {
  if (typeof target !== "string" || target.length === 0 || target.length > 2000) return fallback;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(target)) return fallback;
  if (!target.startsWith("/") || target.startsWith("//")) return fallback;
  let site: URL;
  let resolved: URL;
  try {
    site = new URL(origin);
    resolved = new URL(target, site);
  } catch {
    return fallback;
  }
  if (resolved.origin !== site.origin) return fallback;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // Dot segments can normalize "/.//evil.com" into "//evil.com", which a browser reads as another host.
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}
