import { isIP } from "node:net";
import { authSettings } from "./env";

/**
 * How many reverse proxies in front of the portal append to X-Forwarded-For (TRUSTED_PROXIES, default 0).
 * Only their entries can be believed: anything further left was written by the client.
 */
export function trustedProxyCount(setting: string | undefined = authSettings().TRUSTED_PROXIES): number {
  const n = Number(setting ?? 0);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`TRUSTED_PROXIES must be a whole number >= 0, got "${setting}"`);
  return n;
}

/**
 * The client's address, or null when it cannot be known. With N trusted proxies it is the N-th
 * X-Forwarded-For entry from the right (the address the outermost trusted proxy saw connecting to it).
 * With none (the default), every forwarded header is the client's own word and is ignored: `next start`
 * hands route handlers no socket address, so the address is unknown and throttling counts by account.
 */
export function clientAddress(
  headers: Headers | undefined,
  trustedProxies = trustedProxyCount(),
): string | null {
  if (!headers || trustedProxies === 0) return null;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  // Fewer entries than trusted proxies: the request did not pass through all of them; believe none.
  const entry = hops.length >= trustedProxies ? hops[hops.length - trustedProxies] : undefined;
  return entry && isIP(stripPort(entry)) ? stripPort(entry) : null;
}

/** Some proxies write "1.2.3.4:5678" or "[::1]:5678". */
function stripPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed?.[1]) return bracketed[1];
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  return v4WithPort?.[1] ?? entry;
}
