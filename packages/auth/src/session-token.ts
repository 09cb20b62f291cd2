import { decode } from "next-auth/jwt";
import type { SessionClaims } from "./session-user";
import { authSettings } from "./env";

/**
 * The session cookie read without next-auth's full `auth()` round (which builds an internal request, checks the
 * CSRF cookie, decrypts the token, re-encrypts it with a new expiry and renders a session response): the tRPC
 * route and the proxy's API branch need only the claims, and the database decides whether they are still
 * honoured (loadSessionUser). next-auth's cookie names and secret (config.ts sets neither), so a token it wrote
 * is read here and nothing else is.
 */
const COOKIE = "authjs.session-token";
const SECURE_COOKIE = `__Secure-${COOKIE}`;

/**
 * A token issued longer ago than this is renewed by the proxy through `auth()` (its rolling 12-hour expiry),
 * once per this interval instead of on every request.
 */
export const sessionRenewAfterSeconds = 15 * 60;

type Cookie = { name: string; value: string };
export type CookieJar = { get(name: string): Cookie | undefined; getAll(): Cookie[] };

/** The cookie's value, joined from next-auth's chunks (`name.0`, `name.1`, ...) when it was too long for one. */
function cookieValue(jar: CookieJar, name: string): string | null {
  const whole = jar.get(name);
  if (whole) return whole.value;
  const chunks = jar
    .getAll()
    .filter((c) => c.name.startsWith(`${name}.`))
    .map((c) => ({ index: Number(c.name.slice(name.length + 1)), value: c.value }))
    .filter((c) => Number.isInteger(c.index))
    .sort((a, b) => a.index - b.index);
  return chunks.length ? chunks.map((c) => c.value).join("") : null;
}

/** next-auth's own choice (next-auth/lib/env.js): AUTH_SECRET, else NEXTAUTH_SECRET. */
const sessionSecret = () => authSettings().AUTH_SECRET;

export type SessionToken = { claims: SessionClaims; renewDue: boolean };

type Payload = { sub?: unknown; sessionVersion?: unknown; iat?: unknown; exp?: unknown };

/**
 * Tokens this process decrypted, by cookie name, secret and value: the proxy and the route read the same cookie on
 * every call, and its decryption (HKDF, HMAC, AES) was about a tenth of a tRPC call's CPU under load. Only what
 * next-auth's `decode` accepted is kept, and it is honoured only until its own `exp`; nothing here decides whether
 * the session is still valid (the database does, on every request). Bounded: the oldest entries go first.
 */
const decoded = new Map<string, Payload>();
const DECODED_MAX = 10_000;

async function decodeOnce(
  token: string,
  secret: string,
  salt: string,
  nowMs: number,
): Promise<Payload | null> {
  const key = `${salt}\u0000${secret}\u0000${token}`;
  const hit = decoded.get(key);
  if (hit) {
    if (typeof hit.exp === "number" && hit.exp * 1000 > nowMs) return hit;
    decoded.delete(key);
    return null;
  }
  const payload = (await decode({ token, secret, salt }).catch(() => null)) as Payload | null;
  // Only a token with an expiry is remembered (next-auth always writes one); a failure is not (nothing to save).
  if (payload && typeof payload.exp === "number") {
    if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
    decoded.set(key, payload);
  }
  return payload;
}

/**
 * The claims of the request's session cookie, or null without a valid one (absent, tampered with, expired, or
 * written with another secret). `renewDue`: old enough for the proxy to renew.
 */
export async function readSessionToken(jar: CookieJar, nowMs = Date.now()): Promise<SessionToken | null> {
  const secure = cookieValue(jar, SECURE_COOKIE);
  const name = secure === null ? COOKIE : SECURE_COOKIE;
  const token = secure ?? cookieValue(jar, COOKIE);
  const secret = sessionSecret();
  if (!token || !secret) return null;
  // The salt is the cookie name, as next-auth encodes it (@auth/core lib/actions/session.ts).
  const payload = await decodeOnce(token, secret, name, nowMs);
  if (typeof payload?.sub !== "string" || !payload.sub) return null;
  return {
    claims: {
      id: payload.sub,
      // As the session callback in config.ts: a token without a version matches no user.
      sessionVersion: typeof payload.sessionVersion === "number" ? payload.sessionVersion : -1,
    },
    renewDue: typeof payload.iat !== "number" || nowMs / 1000 - payload.iat > sessionRenewAfterSeconds,
  };
}
