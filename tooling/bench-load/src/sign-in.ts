export type SessionCookie = { name: string; value: string };

/**
 * Signs in through next-auth's credentials flow as a browser would: GET /api/auth/csrf (token + cookie), then
 * POST /api/auth/callback/credentials with the token; returns the cookies that carry the session.
 */
export async function signIn(base: string, email: string, password: string): Promise<SessionCookie[]> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(";")[0]!;
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  const cookies = () => [...jar].map(([name, value]) => ({ name, value }));

  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(cookies()) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` }),
  });
  keep(res);
  if (![...jar.keys()].some((name) => name.includes("session-token")))
    throw new Error(`sign-in as ${email} failed: HTTP ${res.status}, ${res.headers.get("location") ?? ""}`);
  return cookies();
}

/** The Cookie header a request sends with these cookies. */
export const cookieHeader = (cookies: SessionCookie[]) =>
  cookies.map(({ name, value }) => `${name}=${value}`).join("; ");
