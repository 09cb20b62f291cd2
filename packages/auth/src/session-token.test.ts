import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { readSessionToken, sessionRenewAfterSeconds } from "./session-token";

/** Tokens written as next-auth writes them (its own `encode`, the cookie name as salt), read back by the route's reader. */
const SECRET = "test-secret-for-session-token-reader-0123456789";
const COOKIE = "authjs.session-token";

const jar = (cookies: Record<string, string>) => ({
  get: (name: string) => (name in cookies ? { name, value: cookies[name]! } : undefined),
  getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })),
});
const token = (claims: Record<string, unknown>, salt = COOKIE, secret = SECRET, maxAge = 3600) =>
  encode({ token: claims, secret, salt, maxAge });

let saved: string | undefined;
beforeEach(() => {
  saved = process.env.AUTH_SECRET;
  process.env.AUTH_SECRET = SECRET;
});
afterEach(() => {
  if (saved === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = saved;
});

describe("readSessionToken", () => {
  it("reads the user id and session version of a token next-auth wrote", async () => {
    const read = await readSessionToken(jar({ [COOKIE]: await token({ sub: "u1", sessionVersion: 3 }) }));
    expect(read).toEqual({ claims: { id: "u1", sessionVersion: 3 }, renewDue: false });
  });

  it("reads the __Secure- cookie (https) and a cookie split into chunks", async () => {
    const secure = `__Secure-${COOKIE}`;
    const value = await token({ sub: "u2", sessionVersion: 0 }, secure);
    expect((await readSessionToken(jar({ [secure]: value })))?.claims.id).toBe("u2");
    const mid = Math.floor(value.length / 2);
    const chunked = jar({ [`${secure}.1`]: value.slice(mid), [`${secure}.0`]: value.slice(0, mid) });
    expect((await readSessionToken(chunked))?.claims.id).toBe("u2");
  });

  it("honours nothing tampered with, written with another secret or cookie name, or expired", async () => {
    const good = await token({ sub: "u1", sessionVersion: 1 });
    const tampered = good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await readSessionToken(jar({ [COOKIE]: tampered }))).toBeNull();
    expect(
      await readSessionToken(
        jar({ [COOKIE]: await token({ sub: "u1" }, COOKIE, "another-secret" + SECRET) }),
      ),
    ).toBeNull();
    // A token for the plain cookie name copied into the secure one (the name is the key's salt).
    expect(await readSessionToken(jar({ [`__Secure-${COOKIE}`]: good }))).toBeNull();
    expect(
      await readSessionToken(jar({ [COOKIE]: await token({ sub: "u1" }, COOKIE, SECRET, -60) })),
    ).toBeNull();
    expect(await readSessionToken(jar({}))).toBeNull();
    delete process.env.AUTH_SECRET;
    expect(await readSessionToken(jar({ [COOKIE]: good }))).toBeNull();
  });

  it("gives a token without a session version one that matches no user", async () => {
    const read = await readSessionToken(jar({ [COOKIE]: await token({ sub: "u1" }) }));
    expect(read?.claims).toEqual({ id: "u1", sessionVersion: -1 });
  });

  it("asks for renewal once the token is older than the renewal interval", async () => {
    const value = await token({ sub: "u1", sessionVersion: 0 });
    const later = Date.now() + (sessionRenewAfterSeconds + 5) * 1000;
    expect((await readSessionToken(jar({ [COOKIE]: value }), later))?.renewDue).toBe(true);
  });

  it("stops honouring a token it read before once the token has expired", async () => {
    const value = await token({ sub: "u1", sessionVersion: 0 }, COOKIE, SECRET, 60);
    expect((await readSessionToken(jar({ [COOKIE]: value })))?.claims.id).toBe("u1");
    expect(await readSessionToken(jar({ [COOKIE]: value }), Date.now() + 61_000)).toBeNull();
  });
});
